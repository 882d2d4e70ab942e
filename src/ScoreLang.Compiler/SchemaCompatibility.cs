using ScoreLang.Semantics;

namespace ScoreLang.Compiler;

/// <summary>
/// Compiled scorers read columns by ordinal, so the data must have been built against the schema they were compiled
/// from: same record and event types, same properties at the same ordinals with the same types.
/// </summary>
internal static class SchemaCompatibility
{
    public static void Check(SchemaModel compiled, SchemaModel data)
    {
        if (ReferenceEquals(compiled, data))
        {
            return;
        }

        foreach (var (name, record) in compiled.Records)
        {
            if (!data.Records.TryGetValue(name, out var other))
            {
                throw Mismatch($"record type '{name}' is missing");
            }

            CheckProperties(name, record.Properties, other.Properties);
        }

        foreach (var (name, eventType) in compiled.Events)
        {
            if (!data.Events.TryGetValue(name, out var other) || other.RecordTypeName != eventType.RecordTypeName)
            {
                throw Mismatch($"event type '{name}' is missing or on another record type");
            }

            CheckProperties(name, eventType.Attributes, other.Attributes);
        }
    }

    private static void CheckProperties(string owner, IReadOnlyList<PropertySymbol> expected, IReadOnlyList<PropertySymbol> actual)
    {
        foreach (var property in expected)
        {
            var match = actual.FirstOrDefault(p => p.Name == property.Name);
            if (match is null || match.Ordinal != property.Ordinal || !match.Type.Equals(property.Type))
            {
                throw Mismatch($"'{owner}.{property.Name}' differs");
            }
        }
    }

    private static ArgumentException Mismatch(string what) =>
        new($"The data was built for another schema than the compiled model's: {what}. Build the data with the model's Program.Schema.");
}
