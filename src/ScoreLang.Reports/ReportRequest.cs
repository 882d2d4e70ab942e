using ScoreLang.Data;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Reports;

/// <summary>
/// Everything one report is made of: the model, the data it scored and the scored output (S22), the evaluation date,
/// and the optional parts: an earlier output for crossings (S25), another model version scored over the same records
/// for the impact of a change (S26), one record to chart and explain (S27, S28) and an outcome property for conversion
/// per band.
/// </summary>
public sealed record ReportRequest(BoundProgram Program, ScoringData Data, ScoringOutput Output, DateTime AsOf)
{
    /// <summary>Shown at the top of the report (default: "ScoreLang report").</summary>
    public string Title { get; init; } = "ScoreLang report";

    /// <summary>Where the data came from, shown as given (a folder or a manifest).</summary>
    public string? DataSource { get; init; }

    /// <summary>An earlier output (run --out), read for the current model's scores: crossings since then (S25).</summary>
    public PreviousOutput? Previous { get; init; }

    public ModelComparison? Comparison { get; init; }

    /// <summary>The id of one record whose history (S27) and explanation (S28) the report shows.</summary>
    public string? RecordId { get; init; }

    public OutcomeSpec? Outcome { get; init; }

    public ReportOptions Options { get; init; } = ReportOptions.Default;
}

/// <summary>
/// Another version of the model (usually the one before a change) scored over the same records: its scores of the
/// same name are compared band by band with the current ones (S26).
/// </summary>
public sealed record ModelComparison(string Label, BoundProgram Program, ScoringData Data, ScoringOutput Output);

/// <summary>
/// Which records converted: those whose <see cref="Property"/> is true (a boolean), or equals <see cref="Value"/>
/// (compared as text, ordinal), or, with no value, has any non-empty value.
/// </summary>
public sealed record OutcomeSpec(string Property, string? Value)
{
    /// <summary>Reads <c>PROPERTY</c> or <c>PROPERTY=VALUE</c>.</summary>
    public static OutcomeSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? new OutcomeSpec(text.Trim(), null) : new OutcomeSpec(text[..equals].Trim(), text[(equals + 1)..].Trim());
    }

    public override string ToString() => Value is null ? Property : $"{Property} = {Value}";
}

/// <summary>
/// Bounds of the parts that the compiled output cannot give: per-rule points and the age of the points (S17-S19) come
/// from the reference evaluator over an evenly spread sample of at most <see cref="RuleSampleSize"/> scored records
/// per score (decay: <see cref="DecaySampleSize"/>, as it evaluates each record once per age bucket).
/// </summary>
public sealed record ReportOptions
{
    public static ReportOptions Default { get; } = new();

    public int RuleSampleSize { get; init; } = 1000;

    public int DecaySampleSize { get; init; } = 300;

    /// <summary>How many months back the record's history chart goes (one point a month, S27).</summary>
    public int HistoryMonths { get; init; } = 12;

    /// <summary>How many of the largest crossings (S25) are listed by id.</summary>
    public int CrossingsListed { get; init; } = 20;
}
