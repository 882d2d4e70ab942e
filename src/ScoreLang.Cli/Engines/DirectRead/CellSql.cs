using System.Collections.Immutable;
using ScoreLang.Semantics;
using ScoreLang.Sql;

namespace ScoreLang.Cli.Engines.DirectRead;

/// <summary>
/// The cell conversions of ScoreLang's reader (docs/data-format.md, "Values"; CellParser and CellConverter in
/// ScoreLang.Data) written as DuckDB SQL over a cell's text, so that DuckDB reading the files itself stores exactly the
/// values the reader would. Every conversion gives NULL for text the reader would reject, and also for text whose
/// reading the SQL cannot be sure matches (non-ASCII text compared ignoring case, more than 6 digits of a second):
/// a known cell that converts to NULL is a problem row, and problem rows send the run back to ScoreLang's reader.
/// </summary>
internal static class CellSql
{
    /// <summary>Exactly the characters of .NET's <c>char.IsWhiteSpace</c> (string.Trim), as an RE2 class.</summary>
    private const string WhiteSpace = @"[\x{09}-\x{0D} \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]";

    /// <summary>What NumberStyles.Float skips around a number (leading and trailing white space).</summary>
    private const string NumberWhiteSpace = @"[\x{09}-\x{0D} ]";

    private const string NumberShape = NumberWhiteSpace + @"*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?" + NumberWhiteSpace + "*";

    /// <summary>The date and date-time shapes the reader accepts (its DateTimeOffset formats), hours, minutes and offsets in range.</summary>
    private const string DateTimeShape =
        @"[0-9]{4}-[0-9]{2}-[0-9]{2}([T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?(Z|[+-](0[0-9]|1[0-3]):[0-5][0-9]|[+-]14:00)?)?";

    /// <summary>Session macros the conversions below call (temporary: they live as long as the connection).</summary>
    public static IEnumerable<string> Macros()
    {
        yield return $"CREATE OR REPLACE TEMP MACRO sl_trim(x) AS regexp_replace(x, '^{WhiteSpace}+|{WhiteSpace}+$', '', 'g')";
        yield return "CREATE OR REPLACE TEMP MACRO sl_ascii(x) AS regexp_full_match(x, '[\\x{00}-\\x{7F}]*')";
        yield return $"CREATE OR REPLACE TEMP MACRO sl_number_text(x) AS regexp_replace(x, '^{NumberWhiteSpace}+|{NumberWhiteSpace}+$', '', 'g')";
        yield return $"CREATE OR REPLACE TEMP MACRO sl_number(x) AS CASE WHEN regexp_full_match(x, '{NumberShape}') AND isfinite(TRY_CAST(sl_number_text(x) AS DOUBLE)) THEN TRY_CAST(sl_number_text(x) AS DOUBLE) END";
        yield return "CREATE OR REPLACE TEMP MACRO sl_bool(x) AS CASE WHEN NOT sl_ascii(sl_trim(x)) THEN NULL WHEN lower(sl_trim(x)) IN ('true', 'yes', '1') THEN TRUE WHEN lower(sl_trim(x)) IN ('false', 'no', '0') THEN FALSE END";

        // The local time as written (seconds and fraction optional), and the written offset in minutes (none or Z: UTC).
        yield return "CREATE OR REPLACE TEMP MACRO sl_time_part(x) AS coalesce(nullif(regexp_extract(x, '^.{11}([0-9:.]+)', 1), ''), '00:00')";
        yield return "CREATE OR REPLACE TEMP MACRO sl_local(x) AS TRY_CAST(left(x, 10) || ' ' || CASE WHEN length(sl_time_part(x)) = 5 THEN sl_time_part(x) || ':00' ELSE sl_time_part(x) END AS TIMESTAMP)";
        yield return "CREATE OR REPLACE TEMP MACRO sl_zone(x) AS regexp_extract(x, '([+-][0-9]{2}:[0-9]{2})$', 1)";
        yield return "CREATE OR REPLACE TEMP MACRO sl_offset(x) AS CASE WHEN sl_zone(x) = '' THEN 0 ELSE (CASE WHEN left(sl_zone(x), 1) = '-' THEN -1 ELSE 1 END) * (CAST(substr(sl_zone(x), 2, 2) AS INTEGER) * 60 + CAST(substr(sl_zone(x), 5, 2) AS INTEGER)) END";
        yield return "CREATE OR REPLACE TEMP MACRO sl_utc(x) AS sl_local(x) - to_minutes(sl_offset(x))";

        // The reader fails a time whose UTC instant leaves .NET's calendar (years 1 to 9999), also for a date property.
        yield return $"CREATE OR REPLACE TEMP MACRO sl_valid_time(x) AS regexp_full_match(x, '{DateTimeShape}') AND sl_local(x) >= TIMESTAMP '0001-01-01' AND sl_utc(x) >= TIMESTAMP '0001-01-01' AND sl_utc(x) < TIMESTAMP '10000-01-01'";
        yield return "CREATE OR REPLACE TEMP MACRO sl_datetime(x) AS CASE WHEN sl_valid_time(sl_trim(x)) THEN sl_utc(sl_trim(x)) END";
        yield return "CREATE OR REPLACE TEMP MACRO sl_date(x) AS CASE WHEN sl_valid_time(sl_trim(x)) THEN CAST(sl_local(sl_trim(x)) AS DATE) END";
    }

    /// <summary>A cell's text as the reader sees it: trimmed, empty as NULL.</summary>
    public static string Cell(string rawColumn) => $"nullif(sl_trim({rawColumn}), '')";

    /// <summary>The manifest's <c>values</c> applied to a (trimmed) cell text; the empty text is mapped too.</summary>
    public static string Mapped(string text, IReadOnlyDictionary<string, string?>? values)
    {
        if (values is null || values.Count == 0)
        {
            return text;
        }

        var cases = values.OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => $"WHEN {Literal(v.Key)} THEN {(v.Value is null ? "NULL" : Literal(v.Value))}");
        return $"nullif(CASE coalesce({text}, '') {string.Join(" ", cases)} ELSE {text} END, '')";
    }

    /// <summary>The value a property or attribute of <paramref name="type"/> gets from a mapped text (NULL: unknown or bad).</summary>
    public static string Convert(string text, ScoreLang.Semantics.ValueType type) => type.Kind switch
    {
        DataKind.Number => $"sl_number({text})",
        DataKind.Bool => $"sl_bool({text})",
        DataKind.Date => $"sl_date({text})",
        DataKind.DateTime => $"sl_datetime({text})",
        DataKind.Enum => MatchName(text, type.EnumMembers, trim: true),
        _ => text,
    };

    /// <summary>
    /// The name among <paramref name="names"/> that the text matches: exactly first, else ignoring case (only for
    /// ASCII text and names, where DuckDB's lower() and .NET's ordinal case-insensitive comparison agree).
    /// </summary>
    public static string MatchName(string text, ImmutableArray<string> names, bool trim)
    {
        var value = trim ? $"sl_trim({text})" : text;
        var exact = names.Select(n => $"WHEN {value} = {Literal(n)} THEN {Literal(n)}");
        var ignoringCase = names.All(n => n.All(char.IsAscii))
            ? names.Select(n => $"WHEN sl_ascii({value}) AND lower({value}) = {Literal(n.ToLowerInvariant())} THEN {Literal(n)}")
            : Enumerable.Empty<string>();
        return $"CASE {string.Join(" ", exact.Concat(ignoringCase))} END";
    }

    public static string Literal(string text) => SqlDialect.DuckDb.StringLiteral(text);

    public static string Identifier(string name) => SqlDialect.DuckDb.QuoteIdentifier(name);
}
