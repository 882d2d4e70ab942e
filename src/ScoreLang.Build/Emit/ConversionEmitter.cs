using ScoreLang.Compiler.Generation;
using ScoreLang.Semantics;

namespace ScoreLang.Build.Emit;

/// <summary>
/// Writes <c>ScoreLangRecords</c>: the conversion of the generated input types into the evaluator's
/// <c>RecordData</c> (and from there, with the runtime's <c>RecordDataConverter</c>, into columnar data). Values become
/// what the evaluator expects: numbers as double, dates as UTC midnight, date-times in UTC, enum members by name;
/// nulls are left out (unknown). A record's associated records and the records pointing at it are taken one level
/// deep, which is all a score reads (S2, S3).
/// </summary>
internal static class ConversionEmitter
{
    public const string ClassName = "ScoreLangRecords";

    public static void Write(SourceWriter writer, InputModel model, string visibility)
    {
        writer.Summary("Turns the generated input types into the data ScoreLang scores.");
        writer.Open($"{visibility} static partial class {ClassName}");
        for (var i = 0; i < model.Enums.Length; i++)
        {
            var members = string.Join(", ", model.Enums[i].Members.Select(CSharpText.StringLiteral));
            writer.Line($"private static readonly string[] Enum{CSharpText.Int(i)} = new string[] {{ {members} }};");
        }

        foreach (var record in model.Records.Where(r => r.ListTypeName is not null))
        {
            var lists = string.Join(", ", record.StaticLists.Select(CSharpText.StringLiteral));
            writer.Line($"private static readonly string[] {record.TypeName}Lists = new string[] {{ {lists} }};");
        }

        foreach (var record in model.Records)
        {
            writer.Line();
            writer.Summary($"The evaluator's form of a {record.Symbol.Name}, with its associated records.");
            writer.Line($"public static global::ScoreLang.Evaluation.RecordData ToRecordData({record.TypeName} record) => ToRecordData(record, new Numbering());");
            writer.Line();
            writer.Line($"internal static global::ScoreLang.Evaluation.RecordData ToRecordData({record.TypeName} record, Numbering ids) => Convert(record, ids, true);");
            writer.Line();
            WriteConvert(writer, record, model);
        }

        WriteHelpers(writer);
        writer.Close();
    }

    private static void WriteConvert(SourceWriter writer, InputRecord record, InputModel model)
    {
        var name = CSharpText.StringLiteral(record.Symbol.Name);
        writer.Open($"private static global::ScoreLang.Evaluation.RecordData Convert({record.TypeName} record, Numbering ids, bool withRelated)");
        writer.Line("if (record is null) throw new global::System.ArgumentNullException(nameof(record));");
        writer.Line("var properties = global::System.Collections.Immutable.ImmutableDictionary.CreateBuilder<string, object?>(global::System.StringComparer.Ordinal);");
        var n = 0;
        var associations = new List<(InputMember Member, string Variable)>();
        foreach (var property in record.Properties)
        {
            var variable = "v" + CSharpText.Int(n++);
            if (property.Symbol.Type.Kind == DataKind.Association)
            {
                associations.Add((property, variable));
                continue;
            }

            writer.Line($"if (record.{property.Name} is {{ }} {variable}) properties.Add({CSharpText.StringLiteral(property.Symbol.Name)}, {Value(property, variable, model)});");
        }

        writer.Line($"var events = global::System.Collections.Immutable.ImmutableArray.CreateBuilder<global::ScoreLang.Evaluation.EventData>(record.{record.EventsMember}.Count);");
        writer.Open($"foreach (var item in record.{record.EventsMember})");
        writer.Open("switch (item)");
        // The sections of a switch share one scope, so every pattern variable gets a name of its own.
        for (var e = 0; e < record.Events.Length; e++)
        {
            var input = record.Events[e];
            var prefix = $"a{CSharpText.Int(e)}_";
            var attributes = input.Attributes.Select((a, i) =>
                $", ({CSharpText.StringLiteral(a.Symbol.Name)}, e{CSharpText.Int(e)}.{a.Name} is {{ }} {prefix}{CSharpText.Int(i)} ? {Value(a, prefix + CSharpText.Int(i), model)} : null)");
            writer.Line($"case {input.TypeName} e{CSharpText.Int(e)}: events.Add(Event({CSharpText.StringLiteral(input.Symbol.Name)}, e{CSharpText.Int(e)}.Timestamp{string.Concat(attributes)})); break;");
        }

        writer.Line($"default: throw new global::System.ArgumentException(\"Unknown {record.Symbol.Name} event: \" + (item?.GetType().Name ?? \"null\"), nameof(record));");
        writer.Close();
        writer.Close();
        writer.Line("var lists = global::System.Collections.Immutable.ImmutableHashSet.CreateBuilder<string>(global::System.StringComparer.Ordinal);");
        if (record.ListTypeName is not null)
        {
            writer.Line($"foreach (var list in record.{record.ListsMember}) lists.Add(Member({record.TypeName}Lists, (int)list, \"list\"));");
        }

        writer.Line("var associated = global::System.Collections.Immutable.ImmutableDictionary.CreateBuilder<string, global::ScoreLang.Evaluation.RecordData>(global::System.StringComparer.Ordinal);");
        writer.Line("var related = global::System.Collections.Immutable.ImmutableArray.CreateBuilder<global::ScoreLang.Evaluation.RecordData>();");
        writer.Open("if (withRelated)");
        foreach (var (member, variable) in associations)
        {
            writer.Line($"if (record.{member.Name} is {{ }} {variable}) associated.Add({CSharpText.StringLiteral(member.Symbol.Name)}, Convert({variable}, ids, false));");
        }

        foreach (var reverse in record.Reverse)
        {
            writer.Line($"foreach (var other in record.{reverse.MemberName}) related.Add(Convert(other, ids, false));");
        }

        writer.Close();
        writer.Line($"return new global::ScoreLang.Evaluation.RecordData(ids.Of(record, {name}, record.{record.IdMember}), {name}, properties.ToImmutable(), events.ToImmutable(), lists.ToImmutable(), associated.ToImmutable(), related.ToImmutable());");
        writer.Close();
    }

    /// <summary>The evaluator's value of a non-null member held in <paramref name="variable"/>.</summary>
    private static string Value(InputMember member, string variable, InputModel model) => member.Symbol.Type.Kind switch
    {
        DataKind.Date => $"Date({variable})",
        DataKind.DateTime => $"Utc({variable})",
        DataKind.Enum => $"Member(Enum{CSharpText.Int(IndexOfEnum(member, model))}, (int){variable}, {CSharpText.StringLiteral(member.Symbol.OwnerName + "." + member.Symbol.Name)})",
        _ => variable,
    };

    private static int IndexOfEnum(InputMember member, InputModel model)
    {
        var typeName = member.TypeName.TrimEnd('?');
        for (var i = 0; i < model.Enums.Length; i++)
        {
            if (model.Enums[i].TypeName == typeName)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No enum was generated for {member.Symbol.OwnerName}.{member.Symbol.Name}.");
    }

    private static void WriteHelpers(SourceWriter writer)
    {
        writer.Line();
        writer.Summary("A time in UTC: local times are converted, unspecified ones are taken as UTC.");
        writer.Line("internal static global::System.DateTime Utc(global::System.DateTime time) => time.Kind switch");
        writer.Line("{");
        writer.Line("    global::System.DateTimeKind.Utc => time,");
        writer.Line("    global::System.DateTimeKind.Local => time.ToUniversalTime(),");
        writer.Line("    _ => global::System.DateTime.SpecifyKind(time, global::System.DateTimeKind.Utc),");
        writer.Line("};");
        writer.Line();
        writer.Line("private static global::System.DateTime Date(global::System.DateOnly date) => date.ToDateTime(global::System.TimeOnly.MinValue, global::System.DateTimeKind.Utc);");
        writer.Line();
        writer.Line("private static string Member(string[] names, int code, string what) =>");
        writer.Line("    code >= 0 && code < names.Length ? names[code] : throw new global::System.ArgumentOutOfRangeException(what, code, \"Not a member of \" + what + \".\");");
        writer.Line();
        writer.Open("private static global::ScoreLang.Evaluation.EventData Event(string type, global::System.DateTime timestamp, params (string Name, object? Value)[] attributes)");
        writer.Line("var values = global::System.Collections.Immutable.ImmutableDictionary.CreateBuilder<string, object?>(global::System.StringComparer.Ordinal);");
        writer.Line("foreach (var (name, value) in attributes) if (value is not null) values.Add(name, value);");
        writer.Line("return new global::ScoreLang.Evaluation.EventData(type, Utc(timestamp), values.ToImmutable());");
        writer.Close();
        writer.Line();
        writer.Summary("Gives records without an id a unique one (the same object keeps its number).");
        writer.Open("internal sealed class Numbering");
        writer.Line("private readonly global::System.Collections.Generic.Dictionary<object, string> _ids = new(global::System.Collections.Generic.ReferenceEqualityComparer.Instance);");
        writer.Line();
        writer.Open("public string Of(object record, string type, string id)");
        writer.Line("if (!string.IsNullOrEmpty(id)) return id;");
        writer.Line("if (!_ids.TryGetValue(record, out var number))");
        writer.Line("{");
        writer.Line("    number = \"#\" + type + \"-\" + (_ids.Count + 1).ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.Line("    _ids.Add(record, number);");
        writer.Line("}");
        writer.Line();
        writer.Line("return number;");
        writer.Close();
        writer.Close();
    }
}
