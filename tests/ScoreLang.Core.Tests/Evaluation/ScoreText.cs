using System.Collections.Immutable;
using ScoreLang.Core.Tests.Binding;
using ScoreLang.Diagnostics;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using Xunit;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>
/// Score text through the whole front end (parser, binder) into the reference evaluator and the test runner, against
/// the sample CRM schema (samples/crm.schema).
/// </summary>
internal static class ScoreText
{
    /// <summary>Compiles declarations placed after <c>import "crm.schema"</c>; fails on any error.</summary>
    public static BoundProgram Compile(string declarations)
    {
        var compilation = TestCompiler.CompileWithSchema(declarations);
        var errors = compilation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, errors.Describe());
        return compilation.Program;
    }

    /// <summary>Runs every in-file test of the text; each must pass. Returns the results (at least one).</summary>
    public static ImmutableArray<TestResult> RunTests(string declarations, int expectedTests)
    {
        var results = new TestRunner(Compile(declarations)).RunAll();

        Assert.Equal(expectedTests, results.Length);
        Assert.All(results, r => Assert.True(r.Passed, string.Join(Environment.NewLine, r.FailureMessages)));
        return results;
    }

    /// <summary>Evaluates the only score of the text for a record built in code.</summary>
    public static ScoreResult Evaluate(string declarations, RecordData record, DateTime asOf)
    {
        var program = Compile(declarations);
        return ReferenceEvaluator.Evaluate(program, Assert.Single(program.Scores), record, asOf);
    }
}
