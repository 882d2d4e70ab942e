using CsCheck;
using ScoreLang.Semantics;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

/// <summary>
/// Bad input gets diagnostics, never a crash: the binder, the symbol queries and completion run on every half-typed
/// or damaged variant of the samples (a piece cut out, the text truncated as while typing).
/// </summary>
public sealed class BinderRobustnessTests
{
    private static readonly string[] Sources =
    [
        .. new[] { "lead-scoring.score", "combined.score", "company.score", "legacy.score" }
            .Select(f => File.ReadAllText(Path.Combine(TestCompiler.RepositoryRoot, "samples", f))),
    ];

    [Fact]
    public void DamagedSources_BindAndAnswerQueries_WithoutThrowing() =>
        Gen.Select(Gen.Int[0, Sources.Length - 1], Gen.Double[0, 1], Gen.Int[0, 40], Gen.Double[0, 1]).Sample((index, cutAt, cutLength, queryAt) =>
        {
            var source = Sources[index];
            var start = (int)(cutAt * source.Length);
            var damaged = source.Remove(start, Math.Min(cutLength, source.Length - start));
            Exercise(damaged, (int)(queryAt * damaged.Length));
        }, iter: 300);

    [Fact]
    public void EveryPrefixOfASample_AsWhileTyping_BindsWithoutThrowing()
    {
        var source = Sources[0];
        for (var length = 0; length <= source.Length; length += 7)
        {
            Exercise(source[..length], length);
        }
    }

    private static void Exercise(string text, int position)
    {
        var compilation = TestCompiler.Compile(text);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
        _ = model.CompletionsAt(position);
        if (model.SymbolAt(position) is { } reference)
        {
            _ = model.ReferencesOf(reference.Symbol);
            _ = SymbolDescriber.Describe(reference.Symbol);
        }

        if (model.RuleAt(position) is { } rule)
        {
            _ = SymbolDescriber.Describe(rule);
        }

        Assert.All(compilation.Diagnostics, d => Assert.InRange(d.Location.Span.End, 0, d.Location.Source.Length));
    }
}
