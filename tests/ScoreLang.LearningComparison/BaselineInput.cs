using Microsoft.ML;
using Microsoft.ML.Data;
using ScoreLang.Learning;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;

namespace ScoreLang.LearningComparison;

/// <summary>
/// The records as ML.NET rows for the baseline: every number in one vector (NaN when unknown, so that the pipeline can
/// add missing indicators and fill in the mean), every bool, enum and text as a "property=value" token (unknown is its
/// own token, as it is its own bin for the learner; texts upper-cased because ScoreLang compares texts ignoring case).
/// </summary>
internal sealed class BaselineInput
{
    private readonly SchemaDefinition _schema;
    private readonly BaselineRow[] _rows;

    private BaselineInput(SchemaDefinition schema, BaselineRow[] rows)
    {
        _schema = schema;
        _rows = rows;
    }

    /// <summary>The properties the learners are given (not the outcome, not excluded); the baseline uses the numbers and categories among them.</summary>
    public IReadOnlyList<string> Properties { get; private init; } = [];

    /// <summary>
    /// The records' properties except <paramref name="leftOut"/> (the outcome, excluded ones), labelled with
    /// <paramref name="outcome"/>. Dates are not inputs (the learner only tells known from unknown, and the samples'
    /// only date, Olist's first contact, is the start-stage moment itself).
    /// </summary>
    public static BaselineInput From(RecordBatch records, Outcome outcome, IReadOnlySet<string> leftOut)
    {
        var columns = records.Columns.Where(c => c is not AssociationColumn && !leftOut.Contains(c.Property.Name)).ToList();
        var numbers = columns.OfType<NumberColumn>().ToList();
        var categories = columns.Where(c => c is BoolColumn or EnumColumn or StringColumn).ToList();
        var rows = new BaselineRow[records.Count];
        for (var r = 0; r < rows.Length; r++)
        {
            // A vector column cannot be empty: a data set without numbers (or categories) gets one constant slot.
            rows[r] = new BaselineRow
            {
                Label = outcome.Values[r],
                Numbers = numbers.Count == 0 ? [0f] : [.. numbers.Select(n => n.Known[r] ? (float)n.Values[r] : float.NaN)],
                Categories = categories.Count == 0 ? ["none"] : [.. categories.Select(c => $"{c.Property.Name}={Token(c, r)}")],
            };
        }

        var schema = SchemaDefinition.Create(typeof(BaselineRow));
        schema[nameof(BaselineRow.Numbers)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Math.Max(1, numbers.Count));
        schema[nameof(BaselineRow.Categories)].ColumnType = new VectorDataViewType(TextDataViewType.Instance, Math.Max(1, categories.Count));
        return new BaselineInput(schema, rows) { Properties = [.. columns.Select(c => c.Property.Name)] };
    }

    /// <summary>The rows at <paramref name="indexes"/> (record rows) as an ML.NET data view.</summary>
    public IDataView View(MLContext context, IEnumerable<int> indexes) =>
        context.Data.LoadFromEnumerable(indexes.Select(i => _rows[i]).ToList(), _schema);

    private static string Token(PropertyColumn column, int row) => column switch
    {
        _ when !column.Known[row] => "?",
        BoolColumn b => b.Values[row] ? "true" : "false",
        EnumColumn e => e.Members[e.Codes[row]],
        StringColumn s => s.Values[row]!.ToUpperInvariant(),
        _ => "?",
    };
}

/// <summary>One record as ML.NET sees it (public with settable members, as ML.NET's row mapping requires).</summary>
public sealed class BaselineRow
{
    public bool Label { get; set; }

#pragma warning disable CA1819 // ML.NET maps vector columns to array properties.
    public float[] Numbers { get; set; } = [];

    public string[] Categories { get; set; } = [];
#pragma warning restore CA1819
}
