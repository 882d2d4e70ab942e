using System.Collections.Immutable;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;

namespace ScoreLang.Predictive;

/// <summary>
/// Turns records (and their events) into the model's feature vectors, as of an evaluation date: nothing dated after it
/// counts, so learning and scoring see the same point in time. <c>ChooseInputs</c> decides the inputs once, when
/// learning; <c>Encode</c> applies them, when learning and when scoring. The date is one for every record
/// (<c>--as-of</c>) or each record's own moment (a stage outcome's start-stage moment, UTC ticks per record row).
/// </summary>
internal static class FeatureEncoder
{
    /// <summary>The most values of a text property that get their own feature; rarer ones share "none of them".</summary>
    public const int MaxTextValues = 10;

    private const double TicksPerDay = TimeSpan.TicksPerDay;

    /// <summary>
    /// Every property of the record type except the left-out ones and associations, then every event type recorded on
    /// it. Medians and frequent text values come from <paramref name="rows"/> only (the training records).
    /// </summary>
    public static ImmutableArray<FeatureInput> ChooseInputs(ScoringData data, string recordType, IReadOnlySet<string> leftOut, IReadOnlyList<int> rows, DateTime asOf) =>
        ChooseInputs(data, recordType, leftOut, rows, Everyone(data, recordType, asOf));

    /// <inheritdoc cref="ChooseInputs(ScoringData, string, IReadOnlySet{string}, IReadOnlyList{int}, DateTime)"/>
    public static ImmutableArray<FeatureInput> ChooseInputs(ScoringData data, string recordType, IReadOnlySet<string> leftOut, IReadOnlyList<int> rows, long[] moments)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(moments);
        var batch = data.RecordsOf(recordType);
        var inputs = ImmutableArray.CreateBuilder<FeatureInput>();
        foreach (var column in batch.Columns.Where(c => !leftOut.Contains(c.Property.Name)))
        {
            var name = column.Property.Name;
            switch (column)
            {
                case NumberColumn or TicksColumn:
                    var known = rows.Where(r => column.Known[r]).Select(r => NumberOf(column, r, moments[r])).Order().ToArray();
                    var kind = column is NumberColumn ? InputKind.Number : InputKind.Date;
                    inputs.Add(new FeatureInput(name, kind, [], known.Length == 0 ? 0 : known[known.Length / 2]));
                    break;
                case BoolColumn:
                    inputs.Add(new FeatureInput(name, InputKind.Bool, [], 0));
                    break;
                case EnumColumn enums:
                    inputs.Add(new FeatureInput(name, InputKind.Category, enums.Members, 0));
                    break;
                case StringColumn strings:
                    // Ordinal order among equally frequent values keeps the chosen set, and so the model file, reproducible.
                    var frequent = rows.Select(r => strings.Values[r]).OfType<string>().Select(v => v.ToUpperInvariant())
                        .GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                        .Take(MaxTextValues).Select(g => g.Key).ToImmutableArray();
                    inputs.Add(new FeatureInput(name, InputKind.Category, frequent, 0));
                    break;
            }
        }

        foreach (var events in data.Events.Values.Where(e => e.RecordTypeName == recordType && !leftOut.Contains(e.Name)).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            inputs.Add(new FeatureInput(events.Name, InputKind.Events, [], 0));
        }

        return inputs.ToImmutable();
    }

    /// <summary>The total number of model features of <paramref name="inputs"/>.</summary>
    public static int Width(IEnumerable<FeatureInput> inputs) => inputs.Sum(i => i.Width);

    /// <summary>One feature vector per row of <paramref name="rows"/>, as of <paramref name="asOf"/>.</summary>
    public static float[][] Encode(ScoringData data, string recordType, ImmutableArray<FeatureInput> inputs, IReadOnlyList<int> rows, DateTime asOf) =>
        Encode(data, recordType, inputs, rows, Everyone(data, recordType, asOf));

    /// <summary>One feature vector per row of <paramref name="rows"/>, each as of its record's moment (<paramref name="moments"/>[row], UTC ticks).</summary>
    public static float[][] Encode(ScoringData data, string recordType, ImmutableArray<FeatureInput> inputs, IReadOnlyList<int> rows, long[] moments)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(moments);
        var batch = data.RecordsOf(recordType);
        var width = Width(inputs);
        var vectors = new float[rows.Count][];
        for (var i = 0; i < rows.Count; i++)
        {
            vectors[i] = new float[width];
        }

        var offset = 0;
        foreach (var input in inputs)
        {
            if (input.Kind == InputKind.Events)
            {
                EncodeEvents(data.EventsOf(input.Name), rows, moments, vectors, offset);
            }
            else
            {
                var column = batch.Column(input.Name);
                for (var i = 0; i < rows.Count; i++)
                {
                    EncodeProperty(input, column, rows[i], moments[rows[i]], vectors[i].AsSpan(offset, input.Width));
                }
            }

            offset += input.Width;
        }

        return vectors;
    }

    private static void EncodeProperty(FeatureInput input, PropertyColumn column, int row, long asOf, Span<float> target)
    {
        var known = column.Known[row];
        switch (input.Kind)
        {
            case InputKind.Number or InputKind.Date:
                target[0] = (float)(known ? NumberOf(column, row, asOf) : input.Fill);
                target[1] = known ? 0 : 1;
                break;
            case InputKind.Bool:
                var value = ((BoolColumn)column).Values[row];
                target[0] = known && value ? 1 : 0;
                target[1] = known && !value ? 1 : 0;
                break;
            case InputKind.Category when known:
                var text = column is EnumColumn enums ? enums.Members[enums.Codes[row]] : ((StringColumn)column).Values[row]!.ToUpperInvariant();
                var index = input.Values.IndexOf(text, StringComparer.Ordinal);
                if (index >= 0)
                {
                    target[index] = 1;
                }

                break;
        }
    }

    /// <summary>Count, days since the last event and a "none" flag, from events up to the evaluation date (S19).</summary>
    private static void EncodeEvents(EventTable events, IReadOnlyList<int> rows, long[] moments, float[][] vectors, int offset)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var limit = moments[rows[i]];
            var range = events.RangeOf(rows[i]);
            var count = 0;
            long last = 0;
            for (var e = range.Start.Value; e < range.End.Value && events.Ticks[e] <= limit; e++)
            {
                count++;
                last = events.Ticks[e];
            }

            vectors[i][offset] = count;
            vectors[i][offset + 1] = count == 0 ? 0 : (float)Math.Floor((limit - last) / TicksPerDay);
            vectors[i][offset + 2] = count == 0 ? 1 : 0;
        }
    }

    private static double NumberOf(PropertyColumn column, int row, long asOf) => column switch
    {
        NumberColumn numbers => numbers.Values[row],
        TicksColumn ticks => Math.Floor((asOf - ticks.Values[row]) / TicksPerDay),
        _ => 0,
    };

    /// <summary>The same evaluation date for every record of the type.</summary>
    private static long[] Everyone(ScoringData data, string recordType, DateTime asOf)
    {
        var moments = new long[data.RecordsOf(recordType).Count];
        Array.Fill(moments, asOf.Ticks);
        return moments;
    }

    /// <summary>Whether a property of the record type still fits an input of a model (the schema may have changed since learning).</summary>
    public static bool Fits(FeatureInput input, RecordTypeSymbol recordType, SchemaModel schema) => input.Kind switch
    {
        InputKind.Events => schema.Events.TryGetValue(input.Name, out var events) && events.RecordTypeName == recordType.Name,
        _ => recordType.FindProperty(input.Name) is { } property && property.Type.Kind switch
        {
            DataKind.Number => input.Kind == InputKind.Number,
            DataKind.Date or DataKind.DateTime => input.Kind == InputKind.Date,
            DataKind.Bool => input.Kind == InputKind.Bool,
            DataKind.Enum => input.Kind == InputKind.Category && input.Values.All(v => property.Type.EnumMembers.Contains(v)),
            DataKind.String => input.Kind == InputKind.Category,
            _ => false,
        },
    };
}
