using System.Collections.Immutable;

namespace ScoreLang.LearningComparison;

/// <summary>
/// One row of the comparison: a sample under samples/ (schema and manifest), the record type, the outcome and the
/// properties left out, exactly as <c>scorelang learn</c> would be called on it. The column decisions themselves are
/// written in each schema's comments, next to the properties they concern.
/// </summary>
internal sealed record ComparisonDataSet(
    string Name,
    string SampleFolder,
    string Schema,
    string Manifest,
    string RecordType,
    string Outcome,
    ImmutableArray<string> Exclude)
{
    public static ComparisonDataSet XEducation { get; } =
        new("X Education leads", "x-education", "leads.schema", "manifest.json", "lead", "converted", []);

    public static ComparisonDataSet BankMarketing { get; } =
        new("UCI bank marketing", "bank-marketing", "clients.schema", "manifest.json", "client", "subscribed", []);

    /// <summary>PageValues is a near-leak (computed from the pages before a purchase): the comparison proper leaves it out.</summary>
    public static ComparisonDataSet OnlineShoppers { get; } =
        new("UCI online shoppers", "online-shoppers", "sessions.schema", "manifest.json", "session", "revenue", ["page_values"]);

    /// <summary>The same sessions with the near-leak kept, to show how much it gives away (not one of the goals).</summary>
    public static ComparisonDataSet OnlineShoppersWithPageValues { get; } =
        OnlineShoppers with { Name = "UCI online shoppers, with PageValues (near-leak)", Exclude = [], IsGoal = false };

    public static ImmutableArray<ComparisonDataSet> All { get; } = [XEducation, BankMarketing, OnlineShoppers, OnlineShoppersWithPageValues];

    /// <summary>Whether the goal (learned AUC at least the regression's minus 0.01) applies to this row.</summary>
    public bool IsGoal { get; init; } = true;

    /// <summary>The <c>scorelang learn</c> arguments this row stands for, for the generated page.</summary>
    public string LearnArguments =>
        $"learn samples/{SampleFolder}/{Schema} --data samples/{SampleFolder}/{Manifest} --record-type {RecordType} --outcome {Outcome}"
        + (Exclude.IsEmpty ? "" : " --exclude " + string.Join(' ', Exclude));
}
