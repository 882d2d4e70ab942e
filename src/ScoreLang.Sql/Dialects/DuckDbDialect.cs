using ScoreLang.Sql.Generation;

namespace ScoreLang.Sql.Dialects;

/// <summary>
/// DuckDB (1.x). Quoted identifiers keep their case but DuckDB compares them case-insensitively; string literals have
/// no backslash escapes, so doubling the quote is the whole escaping. Timestamps are TIMESTAMP (no time zone, UTC).
/// </summary>
internal sealed class DuckDbDialect : SqlDialect
{
    public override string Name => "duckdb";

    public override string DisplayName => "DuckDB";

    private protected override string QuoteValidIdentifier(string name) => QuoteByDoubling(name, '"');

    internal override string StringLiteral(string value) => QuoteByDoubling(value, '\'');

    internal override string DoubleLiteral(double value) => value < 0 || (value == 0 && double.IsNegative(value))
        ? $"(-{FormatDouble(-value)})::DOUBLE"
        : $"{FormatDouble(value)}::DOUBLE";

    internal override string TimestampLiteral(DateTime value) => $"TIMESTAMP '{FormatTimestamp(value)}'";

    internal override string AsOfExpression => "CAST($1 AS TIMESTAMP)";

    internal override string AsOfDescription => "$1 is the as-of date (a TIMESTAMP in UTC)";

    internal override string TextType => "VARCHAR";

    internal override string DoubleType => "DOUBLE";

    internal override string TimestampType => "TIMESTAMP";

    internal override string EpochMicroseconds(string timestamp) => $"epoch_us({timestamp})";

    internal override string MonthIndex(string timestamp) => $"(year({timestamp}) * 12 + month({timestamp}))";

    // DuckDB clamps the day to the end of a shorter month, as .NET does (checked by CalendarSqlTests).
    internal override string AddMonths(string timestamp, string months) => $"({timestamp} + to_months({Integer(months)}))";

    internal override string AddDays(string timestamp, string days) => $"({timestamp} + to_days({Integer(days)}))";

    // date_trunc keeps a TIMESTAMP a TIMESTAMP; the cast says so whatever the version.
    internal override string MonthStart(string timestamp) => $"CAST(date_trunc('month', {timestamp}) AS TIMESTAMP)";

    // DuckDB's // on integers truncates towards zero.
    internal override string TruncatingDivide(string dividend, string divisor) => $"({SqlText.Wrap(dividend)} // {SqlText.Wrap(divisor)})";

    private static string Integer(string value) => SqlText.IsIntegerConstant(value) ? value : $"CAST({value} AS INTEGER)";

    internal override string Contains(string text, string part) => $"contains({text}, {part})";

    internal override string StartsWith(string text, string prefix) => $"starts_with({text}, {prefix})";

    internal override string EndsWith(string text, string suffix) => $"ends_with({text}, {suffix})";

    internal override string ScriptStatement(string name, string query, bool hasParameter) => hasParameter
        ? $"PREPARE {QuoteIdentifier(name)} AS\n{query};\n-- run it with: EXECUTE {QuoteIdentifier(name)}(TIMESTAMP '2025-01-01 00:00:00');"
        : $"{query};";
}
