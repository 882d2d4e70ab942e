using ScoreLang.Data.Manifest;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Data.Reading;

/// <summary>What reading one cell gave.</summary>
internal enum CellOutcome
{
    /// <summary>No value: empty, null, or mapped to unknown by the manifest.</summary>
    Unknown,
    Value,
    /// <summary>A value that does not fit the property; the issue says why.</summary>
    Bad,
}

/// <summary>A converted cell: the field of its property's kind is set (<see cref="Code"/> is an enum member's index).</summary>
internal readonly record struct CellValue(double Number, bool Bool, long Ticks, int Code, string? Text);

/// <summary>
/// Converts one cell to the type of a property or attribute: applies the manifest's value mapping to the cell's text,
/// then parses text or converts a typed value (a JSON number, a Parquet timestamp); strings come from the column's
/// <see cref="TextPool"/> when it has one. A cell that does not fit is
/// <see cref="CellOutcome.Bad"/> with the issue kind and a message that quotes the value and says what to do.
/// </summary>
internal static class CellConverter
{
    /// <summary>The cell's text after mapping; false when the cell is unknown (empty, or mapped to unknown).</summary>
    public static bool TryGetText(IRowSource source, int slot, ValueMap? values, out ReadOnlySpan<char> text)
    {
        text = source.KindOf(slot) is CellKind.Empty or CellKind.Unsupported ? [] : source.TextOf(slot);
        if (values is not null && values.TryMap(text, out var mapped))
        {
            text = mapped;
        }

        return !text.IsEmpty;
    }

    public static CellOutcome Convert(IRowSource source, int slot, ValueType type, ValueMap? values, TextPool? pool, out CellValue value, out Problem problem)
    {
        value = default;
        problem = default;
        var kind = source.KindOf(slot);
        if (kind == CellKind.Empty)
        {
            return values is not null && values.TryMap([], out var forEmpty) && forEmpty is not null
                ? FromText(forEmpty, type, pool, out value, out problem)
                : CellOutcome.Unknown;
        }

        if (kind == CellKind.Unsupported)
        {
            problem = new Problem(DataIssueKind.WrongType, $"{source.DescribeCell(slot)} cannot be a {type}.");
            return CellOutcome.Bad;
        }

        if (values is not null && values.TryMap(source.TextOf(slot), out var mapped))
        {
            return mapped is null ? CellOutcome.Unknown : FromText(mapped, type, pool, out value, out problem);
        }

        switch (kind, type.Kind)
        {
            case (CellKind.Number, DataKind.Number):
                var number = source.NumberOf(slot);
                if (!double.IsFinite(number))
                {
                    problem = new Problem(DataIssueKind.WrongType, $"'{Quote(source.TextOf(slot))}' is out of the range of a number.");
                    return CellOutcome.Bad;
                }

                value = new CellValue(number, false, 0, 0, null);
                return CellOutcome.Value;
            case (CellKind.Bool, DataKind.Bool):
                value = new CellValue(0, source.BoolOf(slot), 0, 0, null);
                return CellOutcome.Value;
            case (CellKind.Number, DataKind.Bool) when source.NumberOf(slot) is 0 or 1:
                value = new CellValue(0, source.NumberOf(slot) == 1, 0, 0, null);
                return CellOutcome.Value;
            case (CellKind.DateTime, DataKind.Date):
                var ticks = source.TicksOf(slot);
                value = new CellValue(0, false, ticks - (ticks % TimeSpan.TicksPerDay), 0, null);
                return CellOutcome.Value;
            case (CellKind.DateTime, DataKind.DateTime):
                value = new CellValue(0, false, source.TicksOf(slot), 0, null);
                return CellOutcome.Value;
            case (CellKind.Text, _) or (_, DataKind.String or DataKind.Enum):
                return FromText(source.TextOf(slot), type, pool, out value, out problem);
            default:
                problem = new Problem(
                    type.IsTemporal ? DataIssueKind.InvalidDate : DataIssueKind.WrongType,
                    $"{source.DescribeCell(slot)} ({Quote(source.TextOf(slot))}) cannot be a {type}.");
                return CellOutcome.Bad;
        }
    }

    private static CellOutcome FromText(ReadOnlySpan<char> text, ValueType type, TextPool? pool, out CellValue value, out Problem problem)
    {
        value = default;
        problem = default;
        switch (type.Kind)
        {
            case DataKind.Number when CellParser.TryParseNumber(text, out var number):
                value = new CellValue(number, false, 0, 0, null);
                return CellOutcome.Value;
            case DataKind.Number:
                problem = new Problem(DataIssueKind.WrongType, $"'{Quote(text)}' is not a number (write digits with '.' as the decimal separator).");
                return CellOutcome.Bad;
            case DataKind.Bool when CellParser.TryParseBool(text, out var flag):
                value = new CellValue(0, flag, 0, 0, null);
                return CellOutcome.Value;
            case DataKind.Bool:
                problem = new Problem(DataIssueKind.WrongType, $"'{Quote(text)}' is not a bool (write true/false, yes/no or 1/0, or map it in the manifest's values).");
                return CellOutcome.Bad;
            case DataKind.Date or DataKind.DateTime when CellParser.TryParseTicks(text, type.Kind == DataKind.Date, out var ticks):
                value = new CellValue(0, false, ticks, 0, null);
                return CellOutcome.Value;
            case DataKind.Date or DataKind.DateTime:
                var expected = type.Kind == DataKind.Date ? "YYYY-MM-DD" : "ISO 8601, such as 2024-02-20T10:30:00Z";
                problem = new Problem(DataIssueKind.InvalidDate, $"'{Quote(text)}' is not a {type} (write {expected}).");
                return CellOutcome.Bad;
            case DataKind.Enum:
                var code = CellParser.MatchEnum(type.EnumMembers, text);
                if (code >= 0)
                {
                    value = new CellValue(0, false, 0, code, null);
                    return CellOutcome.Value;
                }

                problem = new Problem(
                    DataIssueKind.UnknownEnumMember,
                    $"'{Quote(text)}' is not a member of {type} (add it to the enum, or map it in the manifest's values).");
                return CellOutcome.Bad;
            case DataKind.String:
                value = new CellValue(0, false, 0, 0, pool is null ? text.ToString() : pool.Get(text));
                return CellOutcome.Value;
            default:
                problem = new Problem(DataIssueKind.WrongType, $"a value of type {type} cannot be read from a file.");
                return CellOutcome.Bad;
        }
    }

    /// <summary>The cell text as a message quotes it: at most 60 characters.</summary>
    public static string Quote(ReadOnlySpan<char> text) => text.Length <= 60 ? text.ToString() : string.Concat(text[..57], "...");
}

/// <summary>Why a cell could not be read.</summary>
internal readonly record struct Problem(DataIssueKind Kind, string Message);
