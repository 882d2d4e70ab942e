using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Data.Writing;

/// <summary>What a column of an output holds.</summary>
internal enum OutputPart
{
    Id,
    RecordType,
    Score,
    Engagement,
    Fit,
    Tier,
    Group,
}

/// <summary>One column of an output: its name, what it holds and, for score columns, the score (and group index).</summary>
internal sealed record OutputColumn(string Name, OutputPart Part, ScoreColumns? Score = null, int Group = -1)
{
    public bool IsText => Part is OutputPart.Id or OutputPart.RecordType or OutputPart.Tier;
}

/// <summary>
/// The layout of an output file (docs/data-format.md, "Outputs"): one row per record of every record type that has a
/// score, in segments by record type; <c>id</c>, <c>record_type</c> when there is more than one such type, then per
/// score (in the program's order) its value, engagement and fit (combined scores), tier (when it has thresholds) and
/// group subtotals <c>score.group</c>. A cell of a score of another record type, or of an unscored record (S20), is
/// empty.
/// </summary>
internal sealed class OutputTable
{
    public OutputTable(ScoringData data, ScoringOutput output)
    {
        var types = output.Scores.Select(s => s.RecordTypeName).Distinct(StringComparer.Ordinal).ToArray();
        Segments = [.. types.Select(data.RecordsOf)];
        var columns = new List<OutputColumn> { new("id", OutputPart.Id) };
        if (types.Length > 1)
        {
            columns.Add(new OutputColumn("record_type", OutputPart.RecordType));
        }

        foreach (var score in output.Scores)
        {
            var names = score.OutputNames;
            columns.Add(new OutputColumn(names.Score, OutputPart.Score, score));
            if (score.Engagement is not null && names.Engagement is not null)
            {
                columns.Add(new OutputColumn(names.Engagement, OutputPart.Engagement, score));
            }

            if (score.Fit is not null && names.Fit is not null)
            {
                columns.Add(new OutputColumn(names.Fit, OutputPart.Fit, score));
            }

            if (!score.Score.Thresholds.IsEmpty)
            {
                columns.Add(new OutputColumn(names.Tier, OutputPart.Tier, score));
            }

            for (var g = 0; g < score.Score.Groups.Length; g++)
            {
                columns.Add(new OutputColumn($"{score.Name}.{score.Score.Groups[g].Name}", OutputPart.Group, score, g));
            }
        }

        Columns = columns;
        RowCount = Segments.Sum(s => (long)s.Count);
    }

    public IReadOnlyList<RecordBatch> Segments { get; }

    public IReadOnlyList<OutputColumn> Columns { get; }

    public long RowCount { get; }

    /// <summary>A text cell (id, record type, tier), or null when empty.</summary>
    public static string? Text(OutputColumn column, RecordBatch segment, int row) => column.Part switch
    {
        OutputPart.Id => segment.Ids[row],
        OutputPart.RecordType => segment.Name,
        _ => Belongs(column, segment) ? column.Score!.TierOf(row) : null,
    };

    /// <summary>A number cell, or null when empty (another record type's score, or an unscored record).</summary>
    public static double? Number(OutputColumn column, RecordBatch segment, int row)
    {
        if (!Belongs(column, segment))
        {
            return null;
        }

        var score = column.Score!;
        return column.Part switch
        {
            OutputPart.Score => score.ValueOf(row),
            OutputPart.Engagement => score.EngagementOf(row),
            OutputPart.Fit => score.FitOf(row),
            _ => score.GroupOf(row, column.Group),
        };
    }

    private static bool Belongs(OutputColumn column, RecordBatch segment) =>
        string.Equals(column.Score!.RecordTypeName, segment.Name, StringComparison.Ordinal);
}
