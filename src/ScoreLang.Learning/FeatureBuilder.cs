using System.Globalization;
using ScoreLang.Formatting;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Learning;

/// <summary>
/// Turns a record type's properties into candidate conditions, one set of disjoint bins per property: bools (true,
/// false), enum members, the most frequent texts, quantile ranges of numbers, whether a date is known, and "is unknown"
/// — each written exactly as the score file will test it, so the learned file scores what the learner measured.
/// </summary>
internal static class FeatureBuilder
{
    private const int NumberBins = 5;
    private const int MaxTexts = 8;

    public static IReadOnlyList<IReadOnlyList<CandidateRule>> Build(RecordBatch records, IReadOnlySet<string> leftOut, int minimumSupport)
    {
        var features = new List<IReadOnlyList<CandidateRule>>();
        foreach (var property in records.RecordType.Properties)
        {
            if (leftOut.Contains(property.Name))
            {
                continue;
            }

            var column = records.Columns[property.Ordinal];
            var bins = column switch
            {
                BoolColumn b => Bools(property, b),
                EnumColumn e => Enums(property, e),
                NumberColumn n => Numbers(property, n),
                StringColumn s => Texts(property, s),
                TicksColumn t => Dates(property, t),
                _ => [],
            };
            // The bins of a property are exhaustive (every record meets exactly one), so each property's points can be
            // shifted to start at 0 without changing how records rank. A property whose records nearly all sit in one
            // bin carries no signal and is left out.
            var kept = bins.Where(b => b.Support > 0).ToList();
            if (kept.Count(b => b.Support >= minimumSupport) >= 2)
            {
                features.Add(kept);
            }
        }

        return features;
    }

    private static List<CandidateRule> Bools(PropertySymbol property, BoolColumn column)
    {
        var n = column.Values.Length;
        return
        [
            new(property.Name, property.Name, Rows(n, r => column.Known[r] && column.Values[r])),
            new(property.Name, $"{property.Name} == false", Rows(n, r => column.Known[r] && !column.Values[r])),
            Unknown(property, column, n),
        ];
    }

    private static List<CandidateRule> Enums(PropertySymbol property, EnumColumn column)
    {
        var n = column.Codes.Length;
        var bins = column.Members.Select((member, code) => new CandidateRule(property.Name, $"{property.Name} == {member}", Rows(n, r => column.Codes[r] == code)) { Members = [member] }).ToList();
        bins.Add(Unknown(property, column, n));
        return bins;
    }

    private static List<CandidateRule> Texts(PropertySymbol property, StringColumn column)
    {
        var n = column.Values.Length;
        // Text equality ignores case in ScoreLang, so values are grouped the same way.
        var top = column.Values.Where(v => v is not null).GroupBy(v => v!.ToUpperInvariant(), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(MaxTexts)
            .Select(g => g.First()!).ToList();
        var bins = top.Select(text => new CandidateRule(property.Name, $"{property.Name} == {LiteralText.String(text)}", Rows(n, r => string.Equals(column.Values[r], text, StringComparison.OrdinalIgnoreCase))) { Members = [LiteralText.String(text)] }).ToList();
        if (top.Count > 0)
        {
            var others = $"{property.Name} is known and {property.Name} not in [{string.Join(", ", top.Select(LiteralText.String))}]";
            bins.Add(new CandidateRule(property.Name, others, Rows(n, r => column.Known[r] && !top.Contains(column.Values[r]!, StringComparer.OrdinalIgnoreCase))));
        }

        bins.Add(Unknown(property, column, n));
        return bins;
    }

    /// <summary>
    /// A date says whether something happened (a demo, a first purchase). With a stage outcome it is read as of the
    /// record's start-stage moment, so a date after it is unknown there (PointInTimeData).
    /// </summary>
    private static List<CandidateRule> Dates(PropertySymbol property, TicksColumn column)
    {
        var n = column.Values.Length;
        return [new(property.Name, $"{property.Name} is known", Rows(n, r => column.Known[r])), Unknown(property, column, n)];
    }

    private static List<CandidateRule> Numbers(PropertySymbol property, NumberColumn column)
    {
        var n = column.Values.Length;
        var known = Enumerable.Range(0, n).Where(r => column.Known[r]).Select(r => column.Values[r]).Order().ToArray();
        var bins = new List<CandidateRule>();
        if (known.Length > 0)
        {
            var cuts = Enumerable.Range(1, NumberBins - 1).Select(i => Nice(known[i * known.Length / NumberBins])).Distinct().Where(c => c > known[0]).ToList();
            var bounds = new List<double?> { null };
            bounds.AddRange(cuts.Select(c => (double?)c));
            bounds.Add(null);
            for (var i = 0; i + 1 < bounds.Count; i++)
            {
                var (low, high) = (bounds[i], bounds[i + 1]);
                bins.Add(new CandidateRule(property.Name, RangeCondition(property.Name, low, high), Rows(n, r => column.Known[r] && (low is null || column.Values[r] >= low) && (high is null || column.Values[r] < high)))
                {
                    Range = (low, high),
                });
            }
        }

        bins.Add(Unknown(property, column, n));
        return bins;
    }

    /// <summary>A numeric range [low, high) as a condition; null is open.</summary>
    public static string RangeCondition(string name, double? low, double? high) => (low, high) switch
    {
        (null, null) => $"{name} is known",
        (null, { } h) => $"{name} < {Format(h)}",
        ({ } l, null) => $"{name} >= {Format(l)}",
        ({ } l, { } h) => $"{name} >= {Format(l)} and {name} < {Format(h)}",
    };

    private static CandidateRule Unknown(PropertySymbol property, PropertyColumn column, int n) =>
        new(property.Name, $"{property.Name} is unknown", Rows(n, r => !column.Known[r]));

    private static bool[] Rows(int n, Func<int, bool> holds)
    {
        var rows = new bool[n];
        for (var r = 0; r < n; r++)
        {
            rows[r] = holds(r);
        }

        return rows;
    }

    /// <summary>Cut points a person can read: two significant digits.</summary>
    private static double Nice(double value)
    {
        if (value == 0)
        {
            return 0;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(value))) - 1);
        return Math.Round(value / magnitude) * magnitude;
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
