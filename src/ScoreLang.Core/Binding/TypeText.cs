using ScoreLang.Semantics;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Binding;

/// <summary>How diagnostics speak about types and expressions: "a number", "an enum { a, b }", "'job_title'".</summary>
internal static class TypeText
{
    public static string Describe(ValueType type) => type.Kind switch
    {
        DataKind.String => "text",
        DataKind.Number => "a number",
        DataKind.Bool => "a bool",
        DataKind.Date => "a date",
        DataKind.DateTime => "a datetime",
        DataKind.Enum => $"an enum {{ {string.Join(", ", type.EnumMembers)} }}",
        DataKind.Association => $"an association to '{type.TargetRecordType}'",
        _ => "of unknown type",
    };

    /// <summary>"a value of type X" phrasing for what is expected: "a number", "a member of enum { a, b }".</summary>
    public static string Expected(ValueType type) => type.Kind switch
    {
        DataKind.String => "a string in double quotes",
        DataKind.Number => "a number",
        DataKind.Bool => "true or false",
        DataKind.Date or DataKind.DateTime => "a date such as 2024-01-31",
        DataKind.Enum => $"one of {string.Join(", ", type.EnumMembers)}",
        _ => Describe(type),
    };

    public static string Quote(string text) => $"'{text}'";
}
