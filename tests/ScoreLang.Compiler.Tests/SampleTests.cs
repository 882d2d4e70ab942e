using ScoreLang.Compiler.Tests.Support;
using ScoreLang.Data;
using ScoreLang.Evaluation;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using Xunit;

namespace ScoreLang.Compiler.Tests;

/// <summary>Every sample, every in-file test and the sample data set, on the compiled path and by the evaluator (issue 4).</summary>
public class SampleTests
{
    public static TheoryData<string> ScoreFiles { get; } = [.. Samples.ScoreFiles.Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(ScoreFiles))]
    public void EveryInFileTest_PassesOnTheCompiledPath_AndAgreesWithTheEvaluator(string file)
    {
        var compilation = Samples.Compile(Path.Combine(Samples.Folder, file));
        Assert.False(compilation.HasErrors, string.Join('\n', compilation.Diagnostics));
        var program = compilation.Program;
        var model = ScoreCompiler.Compile(program);
        var evaluator = new ReferenceEvaluator(program);

        var tests = 0;
        foreach (var score in program.Scores.Where(s => s.Location?.Path.EndsWith(file, StringComparison.Ordinal) == true))
        {
            foreach (var test in score.Tests)
            {
                var compiled = model.Evaluate(score.Name, test.Record, test.AsOf);
                var reference = evaluator.Evaluate(score, test.Record, test.AsOf);
                AssertSame(reference, compiled, $"{file}: test \"{test.Name}\"");
                foreach (var expectation in test.Expectations)
                {
                    Assert.True(Holds(expectation, compiled), $"{file}: test \"{test.Name}\": {expectation.Target} {expectation.GroupName} {expectation.Operator} {expectation.Expected} fails on the compiled path");
                }

                tests++;
            }
        }

        Assert.True(tests > 0 || program.Scores.All(s => s.Tests.IsEmpty));
    }

    [Theory]
    [MemberData(nameof(ScoreFiles))]
    public void SampleData_EveryRecordScoresAsTheEvaluatorSays(string file)
    {
        var program = Samples.Compile(Path.Combine(Samples.Folder, file)).Program;
        var loaded = DataSetLoader.Load(program.Schema, DataSource.Folder(Path.Combine(Samples.Folder, "data")));
        var asOf = new DateTime(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);
        var model = ScoreCompiler.Compile(program);
        var output = model.CreateOutput(loaded.Data, withRawTotals: true);
        model.Run(loaded.Data, asOf, output);
        var evaluator = new ReferenceEvaluator(program);

        var compared = 0;
        foreach (var score in program.Scores)
        {
            var batch = loaded.Data.RecordsOf(score.RecordTypeName);
            for (var row = 0; row < batch.Count; row++)
            {
                var record = RecordDataExtractor.Extract(loaded.Data, score.RecordTypeName, row);
                AssertSame(evaluator.Evaluate(score, record, asOf), CompiledModel.ToResult(output[score.Name], row, record.Id, asOf), $"{file}: {score.Name} {record.Id}");
                compared++;
            }
        }

        Assert.True(compared > 0);
    }

    private static bool Holds(BoundExpectation expectation, ScoreResult result) => expectation.Target switch
    {
        ExpectationTarget.Scored => result.IsScored,
        ExpectationTarget.Unscored => !result.IsScored,
        ExpectationTarget.Tier => expectation.Operator == Syntax.ComparisonOperator.Equal
            ? string.Equals(result.Tier, expectation.Expected as string, StringComparison.Ordinal)
            : !string.Equals(result.Tier, expectation.Expected as string, StringComparison.Ordinal),
        _ => TestRunner.CompareNumbers(
            expectation.Target switch
            {
                ExpectationTarget.Score => result.Score,
                ExpectationTarget.Engagement => result.Engagement,
                ExpectationTarget.Fit => result.Fit,
                _ => result.FindGroup(expectation.GroupName ?? string.Empty)?.Value,
            },
            expectation.Operator,
            Convert.ToDouble(expectation.Expected, System.Globalization.CultureInfo.InvariantCulture)),
    };

    private static void AssertSame(ScoreResult expected, ScoreResult actual, string what)
    {
        Assert.True(expected.IsScored == actual.IsScored, $"{what}: scored {expected.IsScored} vs {actual.IsScored}");
        Assert.True(Near(expected.Score, actual.Score), $"{what}: score {expected.Score} vs {actual.Score}");
        Assert.True(Near(expected.Engagement, actual.Engagement) && Near(expected.Fit, actual.Fit), $"{what}: parts differ");
        Assert.True(expected.Tier == actual.Tier, $"{what}: tier {expected.Tier} vs {actual.Tier}");
        for (var g = 0; g < expected.Groups.Length; g++)
        {
            Assert.True(Near(expected.Groups[g].Value, actual.Groups[g].Value), $"{what}: group {expected.Groups[g].Name} {expected.Groups[g].Value} vs {actual.Groups[g].Value}");
            Assert.True(Near(expected.Groups[g].RawTotal, actual.Groups[g].RawTotal), $"{what}: group {expected.Groups[g].Name} raw total differs");
        }
    }

    private static bool Near(double? expected, double? actual) =>
        expected is null ? actual is null : actual is not null && Math.Abs(expected.Value - actual.Value) <= TestRunner.Tolerance;
}
