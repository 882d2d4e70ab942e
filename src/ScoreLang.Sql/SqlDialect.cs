using System.Globalization;
using System.Text;
using ScoreLang.Sql.Dialects;
using ScoreLang.Sql.Generation;

namespace ScoreLang.Sql;

/// <summary>
/// One SQL engine's spelling of the few things engines disagree on: quoting, literals, date arithmetic, case folding,
/// clamping. Everything else (the structure of a score query, the decay arithmetic, the handling of unknown values) is
/// written once in <c>ScoreLang.Sql.Generation</c> from these primitives, so a construct that runs correctly on one
/// engine is the same construct on the others. Instances are stateless singletons.
/// </summary>
public abstract class SqlDialect
{
    private protected SqlDialect()
    {
    }

    public static SqlDialect DuckDb { get; } = new DuckDbDialect();

    public static SqlDialect PostgreSql { get; } = new PostgreSqlDialect();

    public static SqlDialect Spark { get; } = new SparkSqlDialect();

    public static IReadOnlyList<SqlDialect> All { get; } = [DuckDb, PostgreSql, Spark];

    /// <summary>The name used on the command line and in file names: <c>duckdb</c>, <c>postgres</c>, <c>spark</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The engine's name for people: "DuckDB", "PostgreSQL", "Spark SQL".</summary>
    public abstract string DisplayName { get; }

    /// <summary>The dialect called <paramref name="name"/> (case-insensitive; <c>postgresql</c> and <c>pg</c> also work), or null.</summary>
    public static SqlDialect? FromName(string name) => name.ToUpperInvariant() switch
    {
        "DUCKDB" => DuckDb,
        "POSTGRES" or "POSTGRESQL" or "PG" => PostgreSql,
        "SPARK" or "SPARKSQL" or "SPARK-SQL" => Spark,
        _ => null,
    };

    public override string ToString() => Name;

    // Names and literals ----------------------------------------------------------------------------------------

    /// <summary>
    /// A quoted identifier; any character of <paramref name="name"/> is kept as data, never as syntax. Names the engine
    /// cannot hold (<see cref="IdentifierProblem"/>) throw: the generator reports them as diagnostics before quoting.
    /// </summary>
    internal string QuoteIdentifier(string name) => IdentifierProblem(name) is { } problem
        ? throw new ArgumentException($"'{name}' cannot be a {DisplayName} identifier: {problem}.", nameof(name))
        : QuoteValidIdentifier(name);

    private protected abstract string QuoteValidIdentifier(string name);

    /// <summary>A string literal whose content is exactly <paramref name="value"/>, whatever characters it holds.</summary>
    internal abstract string StringLiteral(string value);

    /// <summary>A literal of the engine's 64-bit floating point type (never a decimal: sums must round as .NET does).</summary>
    internal abstract string DoubleLiteral(double value);

    /// <summary>A UTC point in time as a literal of the engine's time-zone-less timestamp type.</summary>
    internal abstract string TimestampLiteral(DateTime value);

    /// <summary>
    /// The as-of date as the generated SQL reads it, once, in its <c>params</c> step: a bound parameter for the
    /// engines ScoreLang executes, a variable spark-sql substitutes for Spark.
    /// </summary>
    internal abstract string AsOfExpression { get; }

    /// <summary>How the as-of placeholder is described in the header comment of the generated SQL.</summary>
    internal abstract string AsOfDescription { get; }

    // Types ------------------------------------------------------------------------------------------------------

    internal abstract string TextType { get; }

    internal abstract string DoubleType { get; }

    internal virtual string BooleanType => "BOOLEAN";

    internal virtual string DateType => "DATE";

    internal abstract string TimestampType { get; }

    /// <summary>Why <paramref name="name"/> cannot be an identifier of this engine, or null when it can.</summary>
    internal virtual string? IdentifierProblem(string name) => name.Length == 0
        ? "it is empty"
        : name.Contains('\0', StringComparison.Ordinal) ? "it contains the NUL character" : null;

    internal string CastToTimestamp(string expression) => $"CAST({expression} AS {TimestampType})";

    internal string CastToDouble(string expression) => $"CAST({expression} AS {DoubleType})";

    // Calendar arithmetic (S19): the building blocks of decay, windows and relative dates -------------------------

    /// <summary>Microseconds since 1970-01-01 of a timestamp, as a 64-bit integer.</summary>
    internal abstract string EpochMicroseconds(string timestamp);

    /// <summary>The calendar month count of a timestamp: year * 12 + month, as an integer.</summary>
    internal abstract string MonthIndex(string timestamp);

    /// <summary>
    /// <paramref name="timestamp"/> moved by <paramref name="months"/> calendar months keeping the time of day, with the
    /// day clamped to the end of a shorter month (31 January + 1 month = 29 February), as .NET's AddMonths does.
    /// </summary>
    internal abstract string AddMonths(string timestamp, string months);

    /// <summary><paramref name="timestamp"/> moved by <paramref name="days"/> days of exactly 24 hours.</summary>
    internal abstract string AddDays(string timestamp, string days);

    /// <summary>Midnight of the first day of <paramref name="timestamp"/>'s month, as a timestamp.</summary>
    internal abstract string MonthStart(string timestamp);

    /// <summary>Integer division truncating towards zero, of two integer expressions.</summary>
    internal abstract string TruncatingDivide(string dividend, string divisor);

    /// <summary>
    /// Integer division rounding down (towards negative infinity) by a positive constant, exact for any 64-bit dividend.
    /// Defaults to a truncating division corrected for negative dividends.
    /// </summary>
    internal virtual string FloorDivide(string dividend, long divisor)
    {
        var d = divisor.ToString(CultureInfo.InvariantCulture);
        var x = SqlText.Wrap(dividend);
        return $"CASE WHEN {x} >= 0 THEN {TruncatingDivide(x, d)} ELSE -{TruncatingDivide($"{d} - 1 - {x}", d)} END";
    }

    // Text, numbers ----------------------------------------------------------------------------------------------

    /// <summary>The engine's Unicode upper-casing; text comparisons compare both sides upper-cased (case-insensitive).</summary>
    internal virtual string Upper(string text) => $"UPPER({text})";

    internal abstract string Contains(string text, string part);

    internal abstract string StartsWith(string text, string prefix);

    internal abstract string EndsWith(string text, string suffix);

    internal virtual string Concat(string left, string right) => $"{left} || {right}";

    internal virtual string Greatest(string left, string right) => $"GREATEST({left}, {right})";

    internal virtual string Least(string left, string right) => $"LEAST({left}, {right})";

    internal virtual string Power(string value, string exponent) => $"POWER({value}, {exponent})";

    /// <summary>
    /// A sum that adds its values in the order of <paramref name="order"/>. The .NET scorer adds a record's event points
    /// in time order; a plain SUM adds them in whatever order the join produced, which can differ in the last bit
    /// (1e-16) and so change the digits of an output file. Ordered, the engines' outputs equal the .NET engine's.
    /// </summary>
    internal virtual string OrderedSum(string value, string order) => $"SUM({value} ORDER BY {order})";

    /// <summary>
    /// What a WITH step read by several later steps is written with, after AS, to be computed inside each reader rather
    /// than stored first (PostgreSQL stores such a step by default; storing the visible events costs more than
    /// scanning the table twice). Empty where the engine has no such choice or chooses well by itself.
    /// </summary>
    internal virtual string NotMaterialized => string.Empty;

    /// <summary>Whether <see cref="OrderedSum"/> really orders (Spark SQL's does not: it is a plain SUM there).</summary>
    internal virtual bool HasOrderedAggregates => true;

    /// <summary>
    /// <paramref name="aggregate"/> over the rows where <paramref name="condition"/> holds only (the standard FILTER
    /// clause, which DuckDB, PostgreSQL and Spark SQL 3 share): the other rows never reach it, not even to be sorted.
    /// </summary>
    internal virtual string Filtered(string aggregate, string condition) => $"{aggregate} FILTER (WHERE {condition})";

    // Scripts ----------------------------------------------------------------------------------------------------

    /// <summary>Statements a script starts with (Spark: the session time zone the timestamps are read in).</summary>
    internal virtual IEnumerable<string> ScriptPreamble => [];

    /// <summary>
    /// One score's query as script statements under <paramref name="name"/>: a prepared statement (run with the as-of
    /// date) or a view, depending on the engine. <paramref name="query"/> has no terminating semicolon.
    /// </summary>
    internal abstract string ScriptStatement(string name, string query, bool hasParameter);

    // Shared helpers ---------------------------------------------------------------------------------------------

    /// <summary>
    /// A double in the shortest form that reads back as the same double ("R"), always with a digit before any
    /// exponent so every engine parses it as a number.
    /// </summary>
    private protected static string FormatDouble(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "SQL has no literal for NaN or infinity.");
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>The text of a timestamp literal: microsecond precision, the finest every engine keeps.</summary>
    private protected static string FormatTimestamp(DateTime value) =>
        value.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture);

    /// <summary>Doubles every occurrence of <paramref name="quote"/> inside <paramref name="text"/> and wraps it.</summary>
    private protected static string QuoteByDoubling(string text, char quote)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append(quote);
        foreach (var c in text)
        {
            if (c == '\0')
            {
                throw new ArgumentException("SQL identifiers and literals cannot contain the NUL character.", nameof(text));
            }

            builder.Append(c);
            if (c == quote)
            {
                builder.Append(quote);
            }
        }

        return builder.Append(quote).ToString();
    }
}
