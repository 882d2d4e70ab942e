using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

/// <summary>The sample files bind without any diagnostic, and their in-file tests pass through the reference evaluator.</summary>
public sealed class SampleBindingTests
{
    private static readonly string[] SampleFiles = ["lead-scoring.score", "combined.score", "company.score", "legacy.score", "crm.schema"];

    public static TheoryData<string> Samples() => [.. SampleFiles];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_CompilesWithoutDiagnostics(string fileName)
    {
        var compilation = CompileSample(fileName);

        compilation.AssertClean();
        Assert.Contains(compilation.SyntaxTrees, t => t.Source.Path == "crm.schema");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_InFileTestsPass(string fileName)
    {
        var results = new TestRunner(CompileSample(fileName).Program).RunAll();

        Assert.All(results, r => Assert.True(r.Passed, string.Join(Environment.NewLine, r.FailureMessages)));
    }

    [Fact]
    public void AllSamplesTogether_HaveUniqueOutputsAndOneSchema()
    {
        var resolver = SampleResolver();
        var trees = SampleFiles.Select(file => SyntaxTree.Parse(resolver.TryRead(file)!)).ToList();

        var compilation = Compilation.Create(trees, resolver);

        compilation.AssertClean();
        Assert.Equal(5, compilation.SyntaxTrees.Length); // crm.schema is given once and imported four times, parsed once
        Assert.Equal(6, compilation.Program.Scores.Length);
    }

    private static Compilation CompileSample(string fileName)
    {
        var resolver = SampleResolver();
        return Compilation.Create(SyntaxTree.Parse(resolver.TryRead(fileName)!), resolver);
    }

    private static InMemorySourceResolver SampleResolver()
    {
        var resolver = new InMemorySourceResolver();
        foreach (var file in Directory.GetFiles(Path.Combine(TestCompiler.RepositoryRoot, "samples")))
        {
            resolver.Add(Path.GetFileName(file), File.ReadAllText(file));
        }

        return resolver;
    }
}
