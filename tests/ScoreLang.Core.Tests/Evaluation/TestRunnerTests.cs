using ScoreLang.Diagnostics;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>The in-file test runner: expectations checked against the reference evaluator, with clear messages.</summary>
public sealed class TestRunnerTests
{
    private const string Text = "score engagement for contact {\n  test \"books a meeting\" {\n    expect score == 30\n    expect sales == 10\n  }\n}\n";
    private static readonly SourceText File = SourceText.From(Text, "samples/demo.score");
    private static readonly DateTime AsOf = Utc(2024, 3, 1);

    private static SourceLocation At(string fragment) => new(File, new TextSpan(Text.IndexOf(fragment, StringComparison.Ordinal), fragment.Length));

    private static BoundExpectation Expect(ExpectationTarget target, object? expected, ComparisonOperator op = ComparisonOperator.Equal, string? group = null) =>
        new(target, group, op, expected, At("expect score"));

    private static ScoreSymbol ScoreWithTest(RecordData record, params BoundExpectation[] expectations)
    {
        var test = new BoundTest("books a meeting", "engagement", AsOf, record, [.. expectations], At("test"));
        return WorkedExampleTests.WorkedExampleScore() with
        {
            Thresholds = [Thresholds(("high", 70, 100), ("medium", 40, 69), ("low", 0, 39))],
            Filters = [Exclude("employees")],
            Tests = [test],
        };
    }

    private static TestResult RunSingle(ScoreSymbol score) =>
        Assert.Single(new TestRunner(Program([List("employees")], score)).RunAll());

    [Fact]
    public void Runner_AllExpectationsHold_TheTestPasses_S9_S13()
    {
        var contact = Contact().WithEvent("meeting_booked", AsOf).WithEvents("marketing_email_opened", 2, AsOf).WithEvents("marketing_email_clicked", 3, AsOf);
        var score = ScoreWithTest(
            contact,
            Expect(ExpectationTarget.Group, 10.0, group: "sales"),
            Expect(ExpectationTarget.Group, 19.0, group: "marketing"),
            Expect(ExpectationTarget.Score, 29.0),
            Expect(ExpectationTarget.Score, 29.0 + 1e-10),
            Expect(ExpectationTarget.Score, 30.0, ComparisonOperator.Less),
            Expect(ExpectationTarget.Score, 29.0, ComparisonOperator.GreaterOrEqual),
            Expect(ExpectationTarget.Tier, "low"),
            Expect(ExpectationTarget.Tier, "high", ComparisonOperator.NotEqual),
            Expect(ExpectationTarget.Scored, null));

        var result = RunSingle(score);

        Assert.True(result.Passed, string.Join("\n", result.FailureMessages));
        Assert.Equal(9, result.Expectations.Length);
        Assert.Equal(29.0, result.Result!.Score);
        Assert.True(result.Duration >= TimeSpan.Zero);
        Assert.Equal(("books a meeting", "engagement"), (result.Name, result.ScoreName));
    }

    [Fact]
    public void Runner_AWrongExpectation_FailsWithExpectedActualTestScoreAndLocation()
    {
        var score = ScoreWithTest(Contact().WithEvent("meeting_booked", AsOf), Expect(ExpectationTarget.Score, 30.0));

        var result = RunSingle(score);

        Assert.False(result.Passed);
        var message = Assert.Single(result.FailureMessages);
        Assert.Equal("samples/demo.score(3,5): test \"books a meeting\" of score engagement: expect score == 30 failed: expected 30, but was 10", message);
        Assert.Equal(10.0, result.Expectations[0].Actual);
    }

    [Fact]
    public void Runner_NumbersWithinOneBillionth_AreEqual_AndFurtherApartAreNot()
    {
        Assert.True(TestRunner.CompareNumbers(29.0000000001, ComparisonOperator.Equal, 29));
        Assert.False(TestRunner.CompareNumbers(29.00000001, ComparisonOperator.Equal, 29));
        Assert.False(TestRunner.CompareNumbers(29.0000000001, ComparisonOperator.Greater, 29));
        Assert.True(TestRunner.CompareNumbers(29.0000000001, ComparisonOperator.LessOrEqual, 29));
        Assert.False(TestRunner.CompareNumbers(null, ComparisonOperator.NotEqual, 29));
    }

    [Fact]
    public void Runner_ExpectUnscored_PassesForAnExcludedRecord_AndNumbersOnItFailClearly_S20()
    {
        var employee = Contact().InList("employees").WithEvent("meeting_completed", AsOf);
        var score = ScoreWithTest(employee, Expect(ExpectationTarget.Unscored, null), Expect(ExpectationTarget.Score, 0.0));

        var result = RunSingle(score);

        Assert.True(result.Expectations[0].Passed);
        Assert.False(result.Expectations[1].Passed); // empty is not 0
        Assert.EndsWith("expect score == 0 failed: expected 0, but the record is not scored (its score is empty)", result.Expectations[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runner_ExpectScoredOnAnExcludedRecord_FailsNamingTheFilters_S20()
    {
        var score = ScoreWithTest(Contact().InList("employees"), Expect(ExpectationTarget.Scored, null));

        var message = Assert.Single(RunSingle(score).FailureMessages);

        Assert.Contains("expect scored failed: the record is not scored", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runner_TierExpectation_ComparesLabelsExactly_S23()
    {
        var score = ScoreWithTest(Contact().WithEvent("meeting_booked", AsOf), Expect(ExpectationTarget.Tier, "LOW"));

        var message = Assert.Single(RunSingle(score).FailureMessages);

        Assert.EndsWith("expect tier == LOW failed: expected LOW, but was low", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runner_UnknownGroupOrMissingPart_FailsWithNoValue()
    {
        var score = ScoreWithTest(Contact(), Expect(ExpectationTarget.Group, 0.0, group: "nope"), Expect(ExpectationTarget.Fit, 0.0));

        var result = RunSingle(score);

        Assert.Equal(2, result.FailureMessages.Count());
        Assert.EndsWith("expect nope == 0 failed: expected 0, but nope has no value", result.Expectations[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("expect fit == 0 failed: expected 0, but fit has no value", result.Expectations[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runner_RunsEveryTestOfEveryScoreInOrder_S8()
    {
        var first = ScoreWithTest(Contact(), Expect(ExpectationTarget.Score, 0.0));
        var second = first with { Name = "second", Tests = [first.Tests[0] with { Name = "other", ScoreName = "second" }] };

        var results = new TestRunner(Program([List("employees")], first, second)).RunAll();

        Assert.Equal<string>(["books a meeting", "other"], results.Select(r => r.Name));
        Assert.All(results, r => Assert.True(r.Passed));
    }
}
