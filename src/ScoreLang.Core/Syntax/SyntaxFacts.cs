using System.Collections.Frozen;

namespace ScoreLang.Syntax;

/// <summary>
/// The words of the language. Keywords are contextual (the lexer emits identifiers; the parser matches words by
/// their text), so completion, the TextMate grammar and the formatter read the same list from here.
/// </summary>
public static class SyntaxFacts
{
    public static FrozenSet<string> DeclarationKeywords { get; } = FrozenSet.Create(StringComparer.Ordinal, "import", "record", "event", "list", "score");

    public static FrozenSet<string> ScoreMemberKeywords { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "kind", "limit", "floor", "output", "include", "exclude", "group", "fit", "engagement", "thresholds", "test", "model", "closed");

    public static FrozenSet<string> RuleKeywords { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "event", "when", "where", "count", "within", "last", "once", "decay", "every", "over", "half", "life", "no");

    public static FrozenSet<string> ExpressionKeywords { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "and", "or", "not", "in", "list", "between", "is", "known", "unknown", "contains", "starts", "ends", "with",
        "more", "than", "ago", "days", "since", "true", "false");

    public static FrozenSet<string> TestKeywords { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "as", "of", "given", "member", "at", "by", "expect", "unscored", "scored");

    public static FrozenSet<string> ScoreKinds { get; } = FrozenSet.Create(StringComparer.Ordinal, "engagement", "fit", "combined", "predictive");

    public static FrozenSet<string> BuiltInTypes { get; } = FrozenSet.Create(StringComparer.Ordinal, "string", "number", "bool", "date", "datetime");

    /// <summary>Duration units, singular and plural.</summary>
    public static FrozenSet<string> DurationUnits { get; } = FrozenSet.Create(
        StringComparer.Ordinal, "day", "days", "week", "weeks", "month", "months", "year", "years");

    /// <summary>Output slots of <c>output { ... }</c>; probability and priority are those of predictive scores (S30).</summary>
    public static FrozenSet<string> OutputSlots { get; } = FrozenSet.Create(StringComparer.Ordinal, "score", "tier", "engagement", "fit", "probability", "priority");

    public static bool IsKeyword(string word) =>
        DeclarationKeywords.Contains(word) || ScoreMemberKeywords.Contains(word) || RuleKeywords.Contains(word)
        || ExpressionKeywords.Contains(word) || TestKeywords.Contains(word) || ScoreKinds.Contains(word);
}
