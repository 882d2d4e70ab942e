using CsCheck;

namespace ScoreLang.Tests.Formatting.Generators;

/// <summary>
/// Combinators over generators of token sequences: the program generators build valid ScoreLang text token by
/// token, following grammar.md, and <see cref="TriviaWeaver"/> later joins the tokens with random whitespace and
/// comments.
/// </summary>
internal static class Tokens
{
    /// <summary>Names that are no keyword anywhere, so that they parse the same in every position.</summary>
    public static Gen<List<string>> Name { get; } =
        Word("alpha", "beta", "gamma", "stage", "title", "company", "n1", "_tmp", "sales", "visits", "country", "Demo_2");

    public static Gen<List<string>> Quoted { get; } = Word(
        "\"Demo request\"", "\"\"", "\"a \\\"quoted\\\" word\"", "\"tab\\there\"", "\"\\u0041BC\"", "\"back\\\\slash\"", "\"line\\nbreak\"", "\"caf\\u00e9\"");

    /// <summary>NUMBER: digits with an optional fraction, including non-minimal spellings the formatter rewrites.</summary>
    public static Gen<List<string>> Number { get; } = Word("0", "5", "15", "2.5", "2.50", "007", "100", "0.0", "12.125");

    public static Gen<List<string>> WholeNumber { get; } = Word("1", "3", "30", "007", "12");

    public static Gen<List<string>> Date { get; } = Word("2024-02-20", "2024-02-29T10:30", "2023-12-31T23:59:15Z");

    public static Gen<List<string>> Duration { get; } = Seq(WholeNumber, Word("day", "days", "week", "weeks", "month", "months", "year", "years"));

    public static Gen<List<string>> Tok(params string[] tokens) => Gen.Const(tokens.ToList());

    /// <summary>One of the given single-token alternatives.</summary>
    public static Gen<List<string>> Word(params string[] alternatives) => Gen.OneOfConst(alternatives).Select(w => new List<string> { w });

    public static Gen<List<string>> Seq(params Gen<List<string>>[] parts) =>
        parts.Aggregate(Gen.Const(new List<string>()), (acc, part) => acc.SelectMany(a => part.Select(b => Concat(a, b))));

    public static Gen<List<string>> OneOf(params Gen<List<string>>[] alternatives) => Gen.OneOf(alternatives);

    /// <summary>Present about half of the time.</summary>
    public static Gen<List<string>> Opt(Gen<List<string>> part) =>
        Gen.Bool.SelectMany(present => present ? part : Gen.Const(new List<string>()));

    /// <summary><paramref name="min"/> to <paramref name="max"/> repetitions.</summary>
    public static Gen<List<string>> Many(Gen<List<string>> part, int min, int max) =>
        part.List[min, max].Select(parts => parts.SelectMany(p => p).ToList());

    /// <summary>
    /// <paramref name="min"/> to <paramref name="max"/> items separated by commas, with a trailing comma sometimes when
    /// <paramref name="trailingComma"/> allows it.
    /// </summary>
    public static Gen<List<string>> Separated(Gen<List<string>> item, int min, int max, bool trailingComma = true) =>
        Gen.Select(item.List[min, max], Gen.Bool, (items, trailing) =>
        {
            var result = new List<string>();
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    result.Add(",");
                }

                result.AddRange(items[i]);
            }

            if (trailing && trailingComma && items.Count > 0)
            {
                result.Add(",");
            }

            return result;
        });

    private static List<string> Concat(List<string> a, List<string> b)
    {
        var result = new List<string>(a.Count + b.Count);
        result.AddRange(a);
        result.AddRange(b);
        return result;
    }
}
