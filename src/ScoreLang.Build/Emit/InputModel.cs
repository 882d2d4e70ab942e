using System.Collections.Immutable;
using ScoreLang.Semantics;

namespace ScoreLang.Build.Emit;

/// <summary>A property or event attribute and the C# member that holds it.</summary>
internal sealed record InputMember(PropertySymbol Symbol, string Name, string TypeName);

/// <summary>An event type and its generated record (<c>FormSubmittedEvent</c>).</summary>
internal sealed record InputEvent(EventTypeSymbol Symbol, string TypeName, ImmutableArray<InputMember> Attributes);

/// <summary>
/// Records of another type that point at this one through an association (a company's contacts, S2): their events count
/// towards this record's engagement.
/// </summary>
internal sealed record InputReverse(string RecordTypeName, string MemberName);

/// <summary>An enum property or attribute's generated C# enum.</summary>
internal sealed record InputEnum(string TypeName, ImmutableArray<string> Members, ImmutableArray<string> MemberNames, string Description);

/// <summary>A record type and the names of everything generated for it.</summary>
internal sealed record InputRecord(
    RecordTypeSymbol Symbol,
    string TypeName,
    string EventTypeName,
    string? ListTypeName,
    ImmutableArray<string> StaticLists,
    ImmutableArray<string> ListMemberNames,
    ImmutableArray<InputMember> Properties,
    ImmutableArray<InputEvent> Events,
    ImmutableArray<InputReverse> Reverse,
    string IdMember,
    string EventsMember,
    string ListsMember);

/// <summary>
/// The C# input types for a schema's records and events, with every name decided once (collisions numbered) so the
/// record, conversion and scorer emitters agree. Names: <c>Contact</c>, <c>ContactEvent</c>, <c>PageViewedEvent</c>,
/// <c>ContactList</c>, <c>ContactLifecycleStage</c>.
/// </summary>
internal sealed class InputModel
{
    private readonly Dictionary<string, InputRecord> _records = new(StringComparer.Ordinal);

    private InputModel(NameScope types, ImmutableArray<InputRecord> records, ImmutableArray<InputEnum> enums)
    {
        Types = types;
        Records = records;
        Enums = enums;
        foreach (var record in records)
        {
            _records.Add(record.Symbol.Name, record);
        }
    }

    /// <summary>The names taken in the generated namespace (scorers claim theirs after the input types).</summary>
    public NameScope Types { get; }

    public ImmutableArray<InputRecord> Records { get; }

    public ImmutableArray<InputEnum> Enums { get; }

    public InputRecord Record(string name) => _records[name];

    /// <summary>The input types of every record type in <paramref name="schemas"/> (each record type taken from the first schema declaring it).</summary>
    public static InputModel Create(IEnumerable<SchemaModel> schemas, NameScope types)
    {
        var owners = new SortedDictionary<string, SchemaModel>(StringComparer.Ordinal);
        foreach (var schema in schemas)
        {
            foreach (var name in schema.Records.Keys)
            {
                owners.TryAdd(name, schema);
            }
        }

        var recordNames = owners.Keys.ToDictionary(n => n, n => types.Claim(CSharpNames.Pascal(n, "Record")), StringComparer.Ordinal);
        var enums = ImmutableArray.CreateBuilder<InputEnum>();
        var records = ImmutableArray.CreateBuilder<InputRecord>();
        foreach (var (name, schema) in owners)
        {
            var symbol = schema.Records[name];
            var typeName = recordNames[name];
            var members = new NameScope(typeName, "Equals", "GetHashCode", "ToString", "GetType");
            var idMember = members.Claim("Id");
            var eventsMember = members.Claim("Events");
            var listsMember = members.Claim("Lists");
            var eventBaseName = types.Claim(typeName + "Event");
            var staticLists = schema.Lists.Values.Where(l => l.RecordTypeName == name && l.IsStatic)
                .Select(l => l.Name).OrderBy(n => n, StringComparer.Ordinal).ToImmutableArray();
            var listTypeName = staticLists.IsEmpty ? null : types.Claim(typeName + "List");
            var properties = symbol.Properties.OrderBy(p => p.Ordinal)
                .Select(p => Member(p, typeName, members, types, recordNames, enums))
                .ToImmutableArray();

            var events = schema.Events.Values.Where(e => e.RecordTypeName == name).OrderBy(e => e.Name, StringComparer.Ordinal)
                .Select(e =>
                {
                    var eventTypeName = types.Claim(CSharpNames.Pascal(e.Name, "Event") + "Event");
                    var attributeScope = new NameScope(eventTypeName, "Timestamp", "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers");
                    var attributes = e.Attributes.OrderBy(a => a.Ordinal)
                        .Select(a => Member(a, eventTypeName, attributeScope, types, recordNames, enums))
                        .ToImmutableArray();
                    return new InputEvent(e, eventTypeName, attributes);
                })
                .ToImmutableArray();

            var listScope = new NameScope();
            var listMembers = staticLists.Select(l => listScope.Claim(CSharpNames.Pascal(l, "List"))).ToImmutableArray();

            // Every record type with an association to this one contributes its records' events (S2).
            var reverse = owners.Keys
                .Where(other => owners[other].Records[other].Properties.Any(p => p.Type.Kind == DataKind.Association && p.Type.TargetRecordType == name))
                .Select(other => new InputReverse(other, members.Claim(Plural(recordNames[other]))))
                .ToImmutableArray();

            records.Add(new InputRecord(
                symbol,
                typeName,
                eventBaseName,
                listTypeName,
                staticLists,
                listMembers,
                properties,
                events,
                reverse,
                idMember,
                eventsMember,
                listsMember));
        }

        return new InputModel(types, records.ToImmutable(), enums.ToImmutable());
    }

    private static InputMember Member(
        PropertySymbol property,
        string ownerTypeName,
        NameScope members,
        NameScope types,
        Dictionary<string, string> recordNames,
        ImmutableArray<InputEnum>.Builder enums)
    {
        var name = members.Claim(CSharpNames.Pascal(property.Name, "P"));
        var type = property.Type;
        string typeName;
        switch (type.Kind)
        {
            case DataKind.Enum:
                var enumName = types.Claim(ownerTypeName.EndsWith("Event", StringComparison.Ordinal) ? ownerTypeName[..^"Event".Length] + name : ownerTypeName + name);
                var memberScope = new NameScope();
                enums.Add(new InputEnum(
                    enumName,
                    type.EnumMembers,
                    [.. type.EnumMembers.Select(m => memberScope.Claim(CSharpNames.Pascal(m, "M")))],
                    $"{property.OwnerName}.{property.Name}"));
                typeName = enumName + "?";
                break;
            case DataKind.Association:
                typeName = (type.TargetRecordType is { } target && recordNames.TryGetValue(target, out var targetName) ? targetName : "object") + "?";
                break;
            default:
                typeName = type.Kind switch
                {
                    DataKind.Number => "double?",
                    DataKind.Bool => "bool?",
                    DataKind.Date => "global::System.DateOnly?",
                    DataKind.DateTime => "global::System.DateTime?",
                    _ => "string?",
                };
                break;
        }

        return new InputMember(property, name, typeName);
    }

    /// <summary>A plain English plural for a member name (<c>Contacts</c>, <c>Companies</c>).</summary>
    private static string Plural(string name)
    {
        if (name.Length > 1 && name.EndsWith('y') && !"aeiou".Contains(name[^2], StringComparison.Ordinal))
        {
            return name[..^1] + "ies";
        }

        return name.EndsWith('s') || name.EndsWith('x') || name.EndsWith("ch", StringComparison.Ordinal) || name.EndsWith("sh", StringComparison.Ordinal)
            ? name + "es"
            : name + "s";
    }
}
