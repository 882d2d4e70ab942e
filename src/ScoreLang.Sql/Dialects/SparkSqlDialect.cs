using System.Globalization;
using System.Text;
using ScoreLang.Sql.Generation;

namespace ScoreLang.Sql.Dialects;

/// <summary>
/// Spark SQL (3.4 or later, default parser settings, session time zone UTC). Not executed on this project's
/// machines: covered by baseline files and by sharing every construct with the dialects that run (docs/scale-out.md).
/// String literals use backslash escapes, and '$' is written as \u0024 so that spark-sql's <c>${...}</c> variable
/// substitution, which runs over the whole text before parsing, can never reach into a literal.
/// </summary>
internal sealed class SparkSqlDialect : SqlDialect
{
    public override string Name => "spark";

    public override string DisplayName => "Spark SQL";

    internal override string? IdentifierProblem(string name) =>
        base.IdentifierProblem(name) ?? (name.Contains("${", StringComparison.Ordinal)
            ? "spark-sql would substitute the variable reference '${' inside it"
            : null);

    private protected override string QuoteValidIdentifier(string name) => QuoteByDoubling(name, '`');

    internal override string StringLiteral(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\'' => builder.Append(@"\'"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                '$' or < ' ' or '\u007f' or '\u2028' or '\u2029' =>
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }

    internal override string DoubleLiteral(double value) => value < 0 || (value == 0 && double.IsNegative(value))
        ? $"(-{FormatDouble(-value)}D)"
        : $"{FormatDouble(value)}D";

    internal override string TimestampLiteral(DateTime value) => $"TIMESTAMP '{FormatTimestamp(value)}'";

    internal override string AsOfExpression => "CAST('${as_of}' AS TIMESTAMP)";

    internal override string AsOfDescription => "${as_of} is the as-of date, substituted by spark-sql (--hivevar as_of=2024-06-01)";

    internal override string TextType => "STRING";

    internal override string DoubleType => "DOUBLE";

    internal override string TimestampType => "TIMESTAMP";

    internal override string EpochMicroseconds(string timestamp) => $"unix_micros({timestamp})";

    internal override string MonthIndex(string timestamp) => $"(year({timestamp}) * 12 + month({timestamp}))";

    // Spark adds calendar months with java.time, which clamps the day to the end of a shorter month.
    internal override string AddMonths(string timestamp, string months) =>
        $"({timestamp} + make_interval(0, {Integer(months)}))";

    internal override string AddDays(string timestamp, string days) =>
        $"({timestamp} + make_interval(0, 0, 0, {Integer(days)}))";

    internal override string MonthStart(string timestamp) => $"date_trunc('MONTH', {timestamp})";

    internal override string TruncatingDivide(string dividend, string divisor) => $"({SqlText.Wrap(dividend)} DIV {SqlText.Wrap(divisor)})";

    private static string Integer(string value) => SqlText.IsIntegerConstant(value) ? value : $"CAST({value} AS INT)";

    internal override string Contains(string text, string part) => $"(instr({text}, {part}) > 0)";

    internal override string StartsWith(string text, string prefix) => $"startswith({text}, {prefix})";

    internal override string EndsWith(string text, string suffix) => $"endswith({text}, {suffix})";

    /// <summary>Spark SQL has no ordered aggregates: its sums add in the engine's order (agreeing to about 1e-15, not to the bit).</summary>
    internal override string OrderedSum(string value, string order) => $"SUM({value})";

    internal override bool HasOrderedAggregates => false;

    // Timestamps are read and written in the session time zone: UTC makes them the UTC times of the data.
    internal override IEnumerable<string> ScriptPreamble => ["SET spark.sql.session.timeZone=UTC;"];

    internal override string ScriptStatement(string name, string query, bool hasParameter) =>
        $"CREATE OR REPLACE TEMPORARY VIEW {QuoteIdentifier(name)} AS\n{query};\nSELECT * FROM {QuoteIdentifier(name)};";
}
