using System.Text;
using ScoreLang.Sql.Generation;

namespace ScoreLang.Sql.Dialects;

/// <summary>
/// PostgreSQL (14 or later: EXTRACT returns an exact numeric there). Identifiers longer than 63 bytes would be cut
/// silently by the server, so they are refused instead. String literals holding a backslash are written as E'' strings
/// so that their meaning does not depend on <c>standard_conforming_strings</c>.
/// </summary>
internal sealed class PostgreSqlDialect : SqlDialect
{
    /// <summary>NAMEDATALEN - 1: PostgreSQL truncates longer identifiers.</summary>
    public const int MaxIdentifierBytes = 63;

    public override string Name => "postgres";

    public override string DisplayName => "PostgreSQL";

    internal override string? IdentifierProblem(string name) =>
        base.IdentifierProblem(name) ?? (Encoding.UTF8.GetByteCount(name) > MaxIdentifierBytes
            ? $"PostgreSQL cuts identifiers longer than {MaxIdentifierBytes} bytes, so two names could become one"
            : null);

    private protected override string QuoteValidIdentifier(string name) => QuoteByDoubling(name, '"');

    internal override string StringLiteral(string value) => value.Contains('\\', StringComparison.Ordinal)
        ? "E" + QuoteByDoubling(value.Replace("\\", "\\\\", StringComparison.Ordinal), '\'')
        : QuoteByDoubling(value, '\'');

    internal override string DoubleLiteral(double value) => value < 0 || (value == 0 && double.IsNegative(value))
        ? $"(-{FormatDouble(-value)})::float8"
        : $"{FormatDouble(value)}::float8";

    internal override string TimestampLiteral(DateTime value) => $"TIMESTAMP '{FormatTimestamp(value)}'";

    internal override string AsOfExpression => "CAST($1 AS TIMESTAMP)";

    internal override string AsOfDescription => "$1 is the as-of date (a timestamp without time zone, in UTC)";

    internal override string TextType => "TEXT";

    internal override string DoubleType => "DOUBLE PRECISION";

    internal override string TimestampType => "TIMESTAMP";

    // EXTRACT(EPOCH ...) is an exact numeric with microseconds since PostgreSQL 14.
    internal override string EpochMicroseconds(string timestamp) => $"CAST(EXTRACT(EPOCH FROM {timestamp}) * 1000000 AS BIGINT)";

    internal override string MonthIndex(string timestamp) =>
        $"CAST(EXTRACT(YEAR FROM {timestamp}) * 12 + EXTRACT(MONTH FROM {timestamp}) AS INTEGER)";

    // timestamp + interval clamps the day to the end of a shorter month, as .NET does (checked by CalendarSqlTests).
    internal override string AddMonths(string timestamp, string months) =>
        $"({timestamp} + make_interval(months => {Integer(months)}))";

    internal override string AddDays(string timestamp, string days) =>
        $"({timestamp} + make_interval(days => {Integer(days)}))";

    internal override string NotMaterialized => "NOT MATERIALIZED ";

    internal override string MonthStart(string timestamp) => $"date_trunc('month', {timestamp})";

    // bigint / bigint truncates towards zero.
    internal override string TruncatingDivide(string dividend, string divisor) => $"({SqlText.Wrap(dividend)} / {SqlText.Wrap(divisor)})";

    internal override string FloorDivide(string dividend, long divisor) =>
        $"CAST(FLOOR(CAST({dividend} AS NUMERIC) / {divisor.ToString(System.Globalization.CultureInfo.InvariantCulture)}) AS BIGINT)";

    private static string Integer(string value) => SqlText.IsIntegerConstant(value) ? value : $"CAST({value} AS INTEGER)";

    internal override string Contains(string text, string part) => $"(STRPOS({text}, {part}) > 0)";

    internal override string StartsWith(string text, string prefix) => $"STARTS_WITH({text}, {prefix})";

    internal override string EndsWith(string text, string suffix) => $"(RIGHT({text}, LENGTH({suffix})) = {suffix})";

    internal override string ScriptStatement(string name, string query, bool hasParameter) => hasParameter
        ? $"PREPARE {QuoteIdentifier(name)} (TIMESTAMP) AS\n{query};\n-- run it with: EXECUTE {QuoteIdentifier(name)}(TIMESTAMP '2025-01-01 00:00:00');"
        : $"{query};";
}
