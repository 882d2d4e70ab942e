using System.Text;
using ScoreLang.Semantics;

namespace ScoreLang.LanguageServer.Previews;

/// <summary>
/// A text that changes when the shape of a schema changes (types, properties, attributes, lists), so that sample data
/// is reloaded after the schema is edited but reused across the many compilations of unchanged schemas (each edit of
/// a score file makes a new <see cref="SchemaModel"/> instance).
/// </summary>
internal static class SchemaFingerprint
{
    public static string Of(SchemaModel schema)
    {
        var text = new StringBuilder();
        foreach (var record in schema.Records.Values.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            text.Append("record ").Append(record.Name);
            foreach (var property in record.Properties)
            {
                text.Append(' ').Append(property.Name).Append(':').Append(property.Type);
            }

            text.Append('\n');
        }

        foreach (var eventType in schema.Events.Values.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.Append("event ").Append(eventType.Name).Append(" on ").Append(eventType.RecordTypeName);
            foreach (var attribute in eventType.Attributes)
            {
                text.Append(' ').Append(attribute.Name).Append(':').Append(attribute.Type);
            }

            text.Append('\n');
        }

        foreach (var list in schema.Lists.Values.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            text.Append("list ").Append(list.Name).Append(" of ").Append(list.RecordTypeName).Append(list.IsStatic ? " static" : " computed").Append('\n');
        }

        return text.ToString();
    }
}
