using Microsoft.ML;
using Microsoft.ML.Data;

namespace ScoreLang.Predictive;

/// <summary>
/// Feature vectors as an ML.NET <see cref="IDataView"/>: a <c>Label</c> and a <c>Features</c> vector whose width is set at
/// run time (it depends on the schema and the data), streamed from the arrays without copying them into rows first.
/// </summary>
internal static class FeatureRows
{
    public const string Label = nameof(FeatureRow.Label);
    public const string Features = nameof(FeatureRow.Features);

    public static IDataView Load(MLContext ml, float[][] vectors, bool[] labels, int width)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[Features].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return ml.Data.LoadFromEnumerable(vectors.Select((v, i) => new FeatureRow { Label = labels[i], Features = v }), schema);
    }

    public static IDataView Load(MLContext ml, float[][] vectors, int width) => Load(ml, vectors, new bool[vectors.Length], width);
}

/// <summary>One row for ML.NET. Public because ML.NET reads its properties through generated code.</summary>
public sealed class FeatureRow
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}
