using System.Globalization;
using System.Text;
using ScoreLang.Evaluation;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ScoreLang.Sql.Execution;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>
/// Runs a score inside a SQL engine and compares every record with the reference evaluator, the oracle: scored or not,
/// score, engagement, fit, every group and the tier (numbers within <see cref="TestRunner.Tolerance"/>).
/// </summary>
internal static class Differential
{
    /// <summary>
    /// The first disagreement, described with the query, or null when the engine agrees on every record: numbers within
    /// <paramref name="tolerance"/> (0: the same double, to the last bit).
    /// </summary>
    public static string? Disagreement(
        SqlScoreEngine engine, BoundProgram program, ScoreSymbol score, IReadOnlyList<RecordData> records, DateTime asOf, double tolerance = TestRunner.Tolerance)
    {
        engine.Load(RecordDataConverter.Convert(program.Schema, records).Data);
        var results = engine.Run(program, score, asOf);
        foreach (var record in records.Where(r => r.RecordType == score.RecordTypeName))
        {
            var expected = ReferenceEvaluator.Evaluate(program, score, record, asOf);
            var row = results.Find(record.Id);
            var problem = row is null ? "no row was returned" : Compare(expected, row, results, tolerance);
            if (problem is not null)
            {
                return new StringBuilder()
                    .Append(CultureInfo.InvariantCulture, $"{engine.Dialect.DisplayName} disagrees with the reference evaluator on {score.RecordTypeName} '{record.Id}' ")
                    .Append(CultureInfo.InvariantCulture, $"as of {asOf:yyyy-MM-dd HH:mm:ss}: {problem}\n")
                    .Append(CultureInfo.InvariantCulture, $"record: {Describe(record)}\n")
                    .Append(results.Query.Sql)
                    .ToString();
            }
        }

        return null;
    }

    public static void AssertAgrees(SqlScoreEngine engine, BoundProgram program, ScoreSymbol score, IReadOnlyList<RecordData> records, DateTime asOf)
    {
        if (Disagreement(engine, program, score, records, asOf) is { } problem)
        {
            Xunit.Assert.Fail(problem);
        }
    }

    private static string? Compare(ScoreResult expected, SqlScoreRow row, SqlScoreResults results, double tolerance)
    {
        if (expected.IsScored != row.IsScored)
        {
            return $"scored: expected {expected.IsScored}, got {row.IsScored}";
        }

        var checks = new List<(string Name, double? Expected, double? Actual)>
        {
            ("score", expected.Score, row.Score),
            ("engagement", expected.Engagement, row.Engagement),
            ("fit", expected.Fit, row.Fit),
        };
        if (expected.IsScored)
        {
            checks.AddRange(expected.Groups.Select(g => ($"group {g.Name}", (double?)g.Value, results.GroupValue(row, g.Name))));
        }
        else
        {
            checks.AddRange(row.Groups.Select((g, i) => ($"group {results.Query.Groups[i].GroupName}", (double?)null, g)));
        }

        foreach (var (name, want, got) in checks)
        {
            if (want.HasValue != got.HasValue || (want.HasValue && !Close(want.Value, got!.Value, tolerance)))
            {
                return $"{name}: expected {Format(want)}, got {Format(got)}";
            }
        }

        return string.Equals(expected.Tier, row.Tier, StringComparison.Ordinal)
            ? null
            : $"tier: expected {expected.Tier ?? "(none)"}, got {row.Tier ?? "(none)"}";
    }

    /// <summary>Within the tolerance; with none, the same bits (so 0 and -0 differ, as they do in an output file).</summary>
    private static bool Close(double expected, double actual, double tolerance) => tolerance == 0
        ? BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual)
        : Math.Abs(expected - actual) <= tolerance;

    private static string Format(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "NULL";

    public static string Describe(RecordData record)
    {
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $"{record.RecordType} {record.Id} {{");
        builder.Append(string.Join(", ", record.Properties.Select(p => $"{p.Key}: {Value(p.Value)}")));
        builder.Append('}');
        foreach (var e in record.Events)
        {
            builder.Append(CultureInfo.InvariantCulture, $" [{e.Type} at {e.Timestamp:yyyy-MM-dd HH:mm} {string.Join(", ", e.Attributes.Select(a => $"{a.Key}: {Value(a.Value)}"))}]");
        }

        if (!record.Lists.IsEmpty)
        {
            builder.Append(" lists: ").Append(string.Join(", ", record.Lists));
        }

        foreach (var (name, associated) in record.Associated)
        {
            builder.Append(CultureInfo.InvariantCulture, $" {name} = ({Describe(associated)})");
        }

        foreach (var contact in record.Contacts)
        {
            builder.Append(CultureInfo.InvariantCulture, $" contact ({Describe(contact)})");
        }

        return builder.ToString();
    }

    private static string Value(object? value) => value switch
    {
        null => "unknown",
        string text => $"\"{text}\"",
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
