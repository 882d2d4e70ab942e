using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using ScoreLang.Binding;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Evaluation;

/// <summary>
/// Runs the tests written inside score files (through the reference evaluator unless told otherwise) and checks their expectations (numbers
/// equal within <see cref="Tolerance"/>, tiers exactly as declared). The CLI's <c>test</c> command and the editor show
/// the results; this class never prints anything itself.
/// </summary>
public sealed class TestRunner
{
    /// <summary>How far apart two numbers may be and still be equal in an expectation.</summary>
    public const double Tolerance = 1e-9;

    private readonly BoundProgram _program;
    private readonly Func<ScoreSymbol, RecordData, DateTime, ScoreResult> _evaluate;

    /// <summary>Runs the tests through the reference evaluator.</summary>
    public TestRunner(BoundProgram program)
    {
        _program = program;
        var evaluator = new ReferenceEvaluator(program);
        _evaluate = evaluator.Evaluate;
    }

    /// <summary>
    /// Runs the tests through another implementation of the semantics, e.g. the compiled scorer (the CLI's
    /// <c>test</c>), so in-file tests also check the code that scores the real data.
    /// </summary>
    public TestRunner(BoundProgram program, Func<ScoreSymbol, RecordData, DateTime, ScoreResult> evaluate)
    {
        ArgumentNullException.ThrowIfNull(evaluate);
        _program = program;
        _evaluate = evaluate;
    }

    /// <summary>Every test of every score, in declaration order.</summary>
    public ImmutableArray<TestResult> RunAll() =>
        _program.Scores.SelectMany(score => score.Tests.Select(test => Run(score, test))).ToImmutableArray();

    /// <summary>Every test of one score.</summary>
    public ImmutableArray<TestResult> Run(ScoreSymbol score) => score.Tests.Select(test => Run(score, test)).ToImmutableArray();

    public TestResult Run(ScoreSymbol score, BoundTest test)
    {
        var started = Stopwatch.GetTimestamp();
        ScoreResult result;
        try
        {
            result = _evaluate(score, test.Record, test.AsOf);
        }
#pragma warning disable CA1031 // A failing evaluation is reported as this test's failure; the other tests still run.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var error = $"{Where(test.Location)}: test \"{test.Name}\" of score {score.Name} could not be evaluated: {exception.Message}";
            return new TestResult(test, null, [], error, Stopwatch.GetElapsedTime(started));
        }

        var checks = test.Expectations.Select(expectation => Check(score, test, expectation, result)).ToImmutableArray();
        return new TestResult(test, result, checks, null, Stopwatch.GetElapsedTime(started));
    }

    private static ExpectationResult Check(ScoreSymbol score, BoundTest test, BoundExpectation expectation, ScoreResult result)
    {
        var actual = Actual(expectation, result);
        var passed = expectation.Target switch
        {
            ExpectationTarget.Scored => result.IsScored,
            ExpectationTarget.Unscored => !result.IsScored,
            ExpectationTarget.Tier => CompareLabels(actual as string, expectation.Operator, expectation.Expected as string),
            _ => CompareNumbers(actual as double?, expectation.Operator, ToNumber(expectation.Expected)),
        };
        var prefix = $"{Where(expectation.Location)}: test \"{test.Name}\" of score {score.Name}";
        var message = passed
            ? $"{prefix}: {Describe(expectation)} holds"
            : $"{prefix}: {Describe(expectation)} failed: {DescribeActual(expectation, result, actual)}";
        return new ExpectationResult(expectation, passed, actual, message);
    }

    private static object? Actual(BoundExpectation expectation, ScoreResult result) => expectation.Target switch
    {
        ExpectationTarget.Score => result.Score,
        ExpectationTarget.Tier => result.Tier,
        ExpectationTarget.Engagement => result.Engagement,
        ExpectationTarget.Fit => result.Fit,
        ExpectationTarget.Group => result.FindGroup(expectation.GroupName ?? string.Empty)?.Value,
        _ => result.IsScored,
    };

    /// <summary>Equality within the tolerance; the ordering operators treat numbers within it as equal too.</summary>
    internal static bool CompareNumbers(double? actual, ComparisonOperator op, double? expected)
    {
        if (actual is null || expected is null)
        {
            return false; // Empty (unscored) is not a number: no numeric expectation holds on it (S20).
        }

        var equal = Math.Abs(actual.Value - expected.Value) <= Tolerance;
        return op switch
        {
            ComparisonOperator.Equal => equal,
            ComparisonOperator.NotEqual => !equal,
            ComparisonOperator.Less => !equal && actual.Value < expected.Value,
            ComparisonOperator.LessOrEqual => equal || actual.Value < expected.Value,
            ComparisonOperator.Greater => !equal && actual.Value > expected.Value,
            ComparisonOperator.GreaterOrEqual => equal || actual.Value > expected.Value,
            _ => false,
        };
    }

    private static bool CompareLabels(string? actual, ComparisonOperator op, string? expected) => op switch
    {
        ComparisonOperator.Equal => string.Equals(actual, expected, StringComparison.Ordinal),
        ComparisonOperator.NotEqual => !string.Equals(actual, expected, StringComparison.Ordinal),
        _ => false, // Tiers are labels: only == and != mean anything (the binder reports the others).
    };

    private static double? ToNumber(object? value) => ValueComparer.Normalize(value) as double?;

    private static string Describe(BoundExpectation expectation) => expectation.Target switch
    {
        ExpectationTarget.Scored => "expect scored",
        ExpectationTarget.Unscored => "expect unscored",
        _ => $"expect {TargetName(expectation)} {ComparisonBinder.OperatorText(expectation.Operator)} {Format(expectation.Expected)}",
    };

    private static string DescribeActual(BoundExpectation expectation, ScoreResult result, object? actual)
    {
        if (expectation.Target == ExpectationTarget.Scored)
        {
            return "the record is not scored (an include or exclude filter applies, S20)";
        }

        if (expectation.Target == ExpectationTarget.Unscored)
        {
            return $"the record is scored ({result.Score?.ToString(CultureInfo.InvariantCulture)})";
        }

        if (!result.IsScored)
        {
            return $"expected {Format(expectation.Expected)}, but the record is not scored (its {TargetName(expectation)} is empty)";
        }

        return actual is null
            ? $"expected {Format(expectation.Expected)}, but {TargetName(expectation)} has no value"
            : $"expected {Format(expectation.Expected)}, but was {Format(actual)}";
    }

    private static string TargetName(BoundExpectation expectation) =>
        expectation.Target == ExpectationTarget.Group
            ? expectation.GroupName ?? "?"
            : expectation.Target.ToString().ToLowerInvariant();

    private static string Format(object? value) => value switch
    {
        null => "(empty)",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Where(SourceLocation location)
    {
        var start = location.LineSpan.Start;
        return string.Create(CultureInfo.InvariantCulture, $"{location.Path}({start.Line + 1},{start.Character + 1})");
    }
}
