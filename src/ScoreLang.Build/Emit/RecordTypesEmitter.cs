using ScoreLang.Compiler.Generation;

namespace ScoreLang.Build.Emit;

/// <summary>
/// Writes the input types of <see cref="InputModel"/>: a class per record type (typed, nullable properties: null is an
/// unknown value; its events; its static list memberships; for association targets, the records pointing at it), an
/// abstract event record per record type with one sealed record per event type, and the C# enums.
/// </summary>
internal static class RecordTypesEmitter
{
    public static void Write(SourceWriter writer, InputModel model, string visibility)
    {
        foreach (var record in model.Records)
        {
            WriteRecord(writer, record, model, visibility);
            writer.Line();
            WriteEvents(writer, record, visibility);
            if (record.ListTypeName is not null)
            {
                writer.Line();
                writer.Summary($"The static lists a {record.Symbol.Name} can be a member of (S4).");
                writer.Open($"{visibility} enum {record.ListTypeName}");
                for (var i = 0; i < record.StaticLists.Length; i++)
                {
                    writer.Summary($"list {record.StaticLists[i]}");
                    writer.Line($"{record.ListMemberNames[i]} = {CSharpText.Int(i)},");
                }

                writer.Close();
            }

            writer.Line();
        }

        foreach (var input in model.Enums)
        {
            writer.Summary($"The members of {input.Description}, in declaration order.");
            writer.Open($"{visibility} enum {input.TypeName}");
            for (var i = 0; i < input.Members.Length; i++)
            {
                writer.Summary(input.Members[i]);
                writer.Line($"{input.MemberNames[i]} = {CSharpText.Int(i)},");
            }

            writer.Close();
            writer.Line();
        }
    }

    private static void WriteRecord(SourceWriter writer, InputRecord record, InputModel model, string visibility)
    {
        var symbol = record.Symbol;
        writer.Summary($"A {symbol.Name} record{Describe(symbol.Description)}. A null property is an unknown value.");
        writer.Open($"{visibility} sealed partial class {record.TypeName}");
        writer.Summary("The record's id, unique within its record type (an empty id is numbered when the record is scored).");
        writer.Line($"public string {record.IdMember} {{ get; init; }} = \"\";");
        foreach (var property in record.Properties)
        {
            writer.Line();
            writer.Summary($"{property.Symbol.Name} ({property.Symbol.Type}){Describe(property.Symbol.Description)}.");
            writer.Line($"public {property.TypeName} {property.Name} {{ get; init; }}");
        }

        writer.Line();
        writer.Summary($"The events of this {symbol.Name}, in any order.");
        writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{record.EventTypeName}> {record.EventsMember} {{ get; init; }} = global::System.Array.Empty<{record.EventTypeName}>();");
        if (record.ListTypeName is not null)
        {
            writer.Line();
            writer.Summary("The static lists this record is a member of (S4).");
            writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{record.ListTypeName}> {record.ListsMember} {{ get; init; }} = global::System.Array.Empty<{record.ListTypeName}>();");
        }

        foreach (var reverse in record.Reverse)
        {
            var other = model.Record(reverse.RecordTypeName);
            writer.Line();
            writer.Summary($"The {reverse.RecordTypeName} records associated with this {symbol.Name}: their events count towards its engagement (S2).");
            writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{other.TypeName}> {reverse.MemberName} {{ get; init; }} = global::System.Array.Empty<{other.TypeName}>();");
        }

        writer.Close();
    }

    private static void WriteEvents(SourceWriter writer, InputRecord record, string visibility)
    {
        writer.Summary($"An event of a {record.Symbol.Name}: when it happened (UTC; an unspecified kind is taken as UTC).");
        writer.Line($"{visibility} abstract partial record {record.EventTypeName}(global::System.DateTime Timestamp);");
        foreach (var input in record.Events)
        {
            writer.Line();
            writer.Summary($"event {input.Symbol.Name}{Describe(input.Symbol.Description)}.");
            var parameters = string.Concat(input.Attributes.Select(a => $", {a.TypeName} {a.Name} = null"));
            writer.Line($"{visibility} sealed partial record {input.TypeName}(global::System.DateTime Timestamp{parameters}) : {record.EventTypeName}(Timestamp);");
        }
    }

    private static string Describe(string? description) => string.IsNullOrWhiteSpace(description) ? string.Empty : ": " + description;
}
