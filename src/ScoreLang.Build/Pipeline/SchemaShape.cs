using System.Text;
using ScoreLang.Semantics;

namespace ScoreLang.Build.Pipeline;

/// <summary>
/// A text that is equal for two declarations of a record type exactly when the generated input types and the columns of
/// the data they become are the same: its properties (name, type, ordinal), its event types with their attributes, and
/// its static lists.
/// </summary>
internal static class SchemaShape
{
    public static string Of(SchemaModel schema, RecordTypeSymbol record)
    {
        var text = new StringBuilder(record.Name).Append('{');
        foreach (var property in record.Properties.OrderBy(p => p.Ordinal))
        {
            text.Append(property.Name).Append(':').Append(property.Type).Append(';');
        }

        foreach (var eventType in schema.Events.Values.Where(e => e.RecordTypeName == record.Name).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            text.Append(" event ").Append(eventType.Name).Append('(');
            foreach (var attribute in eventType.Attributes.OrderBy(a => a.Ordinal))
            {
                text.Append(attribute.Name).Append(':').Append(attribute.Type).Append(';');
            }

            text.Append(')');
        }

        foreach (var list in schema.Lists.Values.Where(l => l.RecordTypeName == record.Name && l.IsStatic).OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            text.Append(" list ").Append(list.Name);
        }

        return text.Append('}').ToString();
    }
}
