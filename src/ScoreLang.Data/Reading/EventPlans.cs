using ScoreLang.Data.Manifest;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;

namespace ScoreLang.Data.Reading;

/// <summary>
/// For each event type an events file may hold: its builders and which slots hold its attributes, found by type name
/// without allocating (exact name first, then ignoring case, as enum members are).
/// </summary>
internal sealed class EventPlans
{
    private readonly Plan[] _plans;
    private readonly Dictionary<string, Plan>.AlternateLookup<ReadOnlySpan<char>> _byName;

    public EventPlans(LoadContext context, IReadOnlyList<EventTypeSymbol> types, IReadOnlyList<string> attributeNames, ReadOnlySpan<int> attributeSlots, FileSpec file)
    {
        var byName = new Dictionary<string, Plan>(StringComparer.Ordinal);
        var slotOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < attributeNames.Count; i++)
        {
            slotOf[attributeNames[i]] = attributeSlots[i];
        }

        foreach (var type in types)
        {
            var attributes = type.Attributes
                .Where(a => slotOf[a.Name] >= 0)
                .Select(a => new AttributeBinding(a, slotOf[a.Name], file.ColumnOf(a.Name), file.ValuesOf(a.Name), a.Type.Kind == DataKind.String ? new TextPool() : null))
                .ToArray();
            byName.Add(type.Name, new Plan(context.Builder.Events(type.Name), context.Builder.Records(type.RecordTypeName), attributes));
        }

        _plans = [.. byName.Values];
        _byName = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        Names = "it has: " + string.Join(", ", byName.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The plan of a file that holds one event type only.</summary>
    public Plan Single => _plans[0];

    /// <summary>For messages: the event types a row may name.</summary>
    public string Names { get; }

    public Plan? Find(ReadOnlySpan<char> typeName)
    {
        if (_byName.TryGetValue(typeName, out var plan))
        {
            return plan;
        }

        foreach (var candidate in _plans)
        {
            if (typeName.Equals(candidate.Events.EventType.Name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }

    internal sealed record Plan(EventTableBuilder Events, RecordBatchBuilder Records, AttributeBinding[] Attributes);

    internal sealed record AttributeBinding(PropertySymbol Property, int Slot, string Column, ValueMap? Values, TextPool? Pool);
}
