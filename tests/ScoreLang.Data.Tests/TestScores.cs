using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Data.Tests;

/// <summary>
/// Hand-built scores and filled-in results for the output tests: an engagement score on contacts with two groups and
/// thresholds, a combined score on contacts (engagement, fit, tier "A1"), and a fit score on companies without
/// thresholds.
/// </summary>
internal static class TestScores
{
    public static ScoreSymbol Lead { get; } = Score("lead", ScoreKind.Engagement, "contact", ["behaviour", "profile"], ["hot", "warm"]);

    public static ScoreSymbol Combined { get; } = Score("combo", ScoreKind.Combined, "contact", ["clicks"], []) with
    {
        Outputs = new ScoreOutputs("combo", "combo_tier", "combo_engagement", "combo_fit"),
        Thresholds =
        [
            new ThresholdSet(ScorePart.Fit, [new Band("A", 50, null, default), new Band("B", 0, 49, default)], default),
            new ThresholdSet(ScorePart.Engagement, [new Band("1", 50, null, default), new Band("2", 0, 49, default)], default),
        ],
    };

    public static ScoreSymbol CompanyFit { get; } = Score("company_fit", ScoreKind.Fit, "company", ["size"], []);

    public static ScoreSymbol Score(string name, ScoreKind kind, string recordType, string[] groups, string[] tiers) => new(
        name,
        null,
        kind,
        recordType,
        null,
        false,
        new ScoreOutputs(name, name + "_tier", null, null),
        [],
        [.. groups.Select(g => new GroupSymbol(g, null, ScorePart.Engagement, null, null, [], null))],
        tiers.Length == 0 ? [] : [new ThresholdSet(null, [.. tiers.Select((t, i) => new Band(t, 100 - (50 * (i + 1)), null, default))], default)],
        [],
        null);

    /// <summary>Contacts c1 (scored), c2 (unscored, S20), c3 (scored, no tier); companies acme (scored) and "x,y" (unscored).</summary>
    public static (ScoringData Data, ScoringOutput Output) Results()
    {
        var builder = new ScoringDataBuilder(TestSchema.Schema);
        foreach (var id in new[] { "c1", "c2", "c3" })
        {
            builder.Records("contact").Add(id);
        }

        builder.Records("company").Add("acme");
        builder.Records("company").Add("x,\"y\"");
        var data = builder.Build();
        var output = ScoringOutput.Create([Lead, Combined, CompanyFit], data);
        Fill(output["lead"], 0, 72.5, tier: 0, 60, 12.5);
        Fill(output["lead"], 2, -3, tier: -1, -3, 0);
        Fill(output["combo"], 0, 80, tier: 0, 30);
        output["combo"].Engagement![0] = 30;
        output["combo"].Fit![0] = 50;
        Fill(output["company_fit"], 0, 0.1 + 0.2, tier: -1, 0.1 + 0.2);
        return (data, output);
    }

    private static void Fill(ScoreColumns columns, int row, double value, int tier, params double[] groups)
    {
        columns.Scored[row] = true;
        columns.Values[row] = value;
        columns.Tiers[row] = tier;
        for (var g = 0; g < groups.Length; g++)
        {
            columns.Groups[g][row] = groups[g];
        }
    }
}
