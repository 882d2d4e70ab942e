using ScoreLang.Formatting;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

/// <summary>Predictive scores (S30): bound apart from the scores with rules, with their model, end stage and outputs.</summary>
public sealed class PredictiveBindingTests
{
    private const string Source = """
        score conversion for contact "Becomes a customer within 90 days" {
          kind predictive
          model "conversion.model.zip" sha256 "0a1b"
          closed when lifecycle_stage == customer
          exclude list employees
          output { probability: conversion_p, priority: conversion_priority }
        }
        """;

    [Fact]
    public void PredictiveScore_BindsModelEndStageFiltersAndOutputsApartFromRuleScores_S30()
    {
        var compilation = TestCompiler.CompileWithSchema(Source);

        compilation.AssertClean();
        Assert.Empty(compilation.Program.Scores);
        var score = Assert.Single(compilation.Program.Predictive);
        Assert.Equal("conversion.model.zip", score.ModelPath);
        Assert.Equal("0a1b", score.ModelHash);
        Assert.NotNull(score.Closed);
        Assert.Single(score.Filters);
        Assert.Equal(new ScoreOutputs("conversion_p", "conversion_priority", null, null), score.Outputs);
        Assert.Equal(["Very high", "High", "Medium", "Low", "Closed won"], score.Output.Thresholds[0].Bands.Select(b => b.Label));
        var gate = Assert.Single(score.Gate.Groups);
        Assert.Single(gate.Rules);
    }

    [Fact]
    public void PredictiveScore_OutputNamesClashWithOtherScoresLikeAnyScore_S22()
    {
        var compilation = TestCompiler.CompileWithSchema(Source + """

            score other for contact {
              kind fit
              output { score: conversion_p }
              group g { when unsubscribed +1 }
            }
            """);

        compilation.Single("SL2018");
    }

    [Fact]
    public void Formatter_KeepsModelAndClosedClauses_S30()
    {
        var tree = SyntaxTree.Parse(Text.SourceText.From(Source.Replace("  model", "model", StringComparison.Ordinal), "p.score"));

        var formatted = ScoreFormatter.Format(tree).Text;

        Assert.Contains("  model \"conversion.model.zip\" sha256 \"0a1b\"\n", formatted, StringComparison.Ordinal);
        Assert.Contains("  closed when lifecycle_stage == customer\n", formatted, StringComparison.Ordinal);
    }
}
