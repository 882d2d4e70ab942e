using ScoreLang.Evaluation;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;
using Xunit;

namespace ScoreLang.Compiler.Tests.Support;

/// <summary>Compiles score files from text and checks a compiled run against the reference evaluator, record by record.</summary>
internal static class EvaluatorParity
{
    /// <summary>The bound program of <paramref name="text"/>, which must have no error.</summary>
    public static BoundProgram Bind(string text, string path = "/models/model.score")
    {
        var compilation = Compilation.Create(SyntaxTree.Parse(SourceText.From(text, path)));
        Assert.DoesNotContain(compilation.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        return compilation.Program;
    }

    /// <summary>Every score of <paramref name="program"/> gives every record the evaluator's score and raw group totals, exactly.</summary>
    public static void AssertAgrees(BoundProgram program, CompiledModel model, ScoringData data, DateTime asOf)
    {
        var evaluator = new ReferenceEvaluator(program);
        var output = model.Run(data, asOf);
        foreach (var score in program.Scores)
        {
            var columns = output[score.Name];
            for (var row = 0; row < data.RecordsOf(score.RecordTypeName).Count; row++)
            {
                var record = RecordDataExtractor.Extract(data, score.RecordTypeName, row);
                var expected = evaluator.Evaluate(score, record, asOf);
                var actual = CompiledModel.ToResult(columns, row, record.Id, asOf);
                Assert.Equal(expected.Score, actual.Score);
                Assert.Equal(expected.Groups.Select(g => g.RawTotal), actual.Groups.Select(g => g.RawTotal));
            }
        }
    }
}
