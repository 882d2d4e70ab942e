using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Builds the record a test scores, exactly as the evaluator reads it (<see cref="RecordData"/>): <c>given</c> fields
/// (and <c>given company { ... }</c> on the associated record, S3), <c>member of</c> static lists (S4), events with
/// their attributes, repeat count and time, and the events of associated contacts (<c>by alice</c>, S2).
/// </summary>
internal sealed class TestRecordBinder(BindingContext context, SchemaModel schema, SyntaxTree tree, DateTime asOf)
{
    /// <summary>Binds the members that describe <paramref name="record"/>; <paramref name="contacts"/> is null inside a contact block.</summary>
    public void BindMembers(IEnumerable<TestMemberSyntax> members, RecordDataBuilder record, IReadOnlyDictionary<string, RecordDataBuilder>? contacts)
    {
        var isTop = contacts is not null;
        foreach (var member in members)
        {
            switch (member)
            {
                case GivenSyntax given:
                    BindGiven(given, record);
                    break;
                case MemberOfSyntax memberOf:
                    memberOf.Lists.Where(l => !l.IsMissing).ToList().ForEach(l => BindMembership(l, record));
                    break;
                case TestEventSyntax testEvent:
                    BindEvent(testEvent, record, contacts);
                    break;
                case TestContactSyntax or AsOfSyntax or ExpectSyntax when !isTop:
                    var what = member switch { TestContactSyntax => "An associated record", AsOfSyntax => "'as of'", _ => "'expect'" };
                    context.Report(DiagnosticCatalog.TestMemberNotAllowed, tree, member.Span, $"{what} belongs to the test itself, not inside an associated record. Move it out of the braces.");
                    break;
            }
        }
    }

    private void BindGiven(GivenSyntax given, RecordDataBuilder record)
    {
        if (!schema.Records.TryGetValue(record.RecordType, out var recordType))
        {
            return;
        }

        if (given.Association is not { IsMissing: false } associationName)
        {
            BindFields(given.Fields, recordType, record.Properties);
            return;
        }

        var associations = recordType.Properties.Where(p => p.Type.Kind == DataKind.Association).ToList();
        if (recordType.FindProperty(associationName.Text) is not { } association)
        {
            context.ReportUnknown(tree, associationName, $"an association of record '{recordType.Name}'", associations.Select(a => a.Name),
                associations.Count == 0 ? $"Record '{recordType.Name}' has no association; declare one, e.g. 'company: company'." : null);
            return;
        }

        context.Reference(tree, associationName.Span, SymbolKey.Property(recordType.Name, association.Name));
        if (association.Type.Kind != DataKind.Association || !schema.Records.TryGetValue(association.Type.TargetRecordType!, out var target))
        {
            var example = associations.Count > 0 ? $"'{associations[0].Name}'" : "'company: company'";
            context.Report(DiagnosticCatalog.TestGivenNotAssociation, tree, associationName.Span, association.Name, association.Type.ToString(), example);
            return;
        }

        if (!record.Associated.TryGetValue(association.Name, out var associated))
        {
            associated = new RecordDataBuilder(association.Name, target.Name);
            record.Associated[association.Name] = associated;
        }

        BindFields(given.Fields, target, associated.Properties);
    }

    private void BindFields(ImmutableArray<FieldValueSyntax> fields, RecordTypeSymbol recordType, Dictionary<string, object?> values, bool isEvent = false)
    {
        var constants = new ConstantBinder(context, tree, inTest: true);
        foreach (var field in fields.Where(f => !f.Name.IsMissing))
        {
            if (recordType.FindProperty(field.Name.Text) is not { } property)
            {
                var what = isEvent ? $"an attribute of event '{recordType.Name}'" : $"a property of record '{recordType.Name}'";
                var hint = isEvent && field.Name.Text == OperandBinder.TimestampName
                    ? "Set an event's time with 'at 2024-01-31' or 'at 3 days ago'."
                    : $"Declare it in '{(isEvent ? "event" : "record")} {recordType.Name}', or check the spelling.";
                context.ReportUnknown(tree, field.Name, what, recordType.Properties.Select(p => p.Name), hint);
                continue;
            }

            context.Reference(tree, field.Name.Span, isEvent ? SymbolKey.Attribute(recordType.Name, property.Name) : SymbolKey.Property(recordType.Name, property.Name));
            if (property.Type.Kind == DataKind.Association)
            {
                context.Report(DiagnosticCatalog.TestMemberNotAllowed, tree, field.Span,
                    $"'{property.Name}' is an association; set the properties of the associated record with 'given {property.Name} {{ ... }}'.");
                continue;
            }

            if (values.ContainsKey(property.Name))
            {
                context.Report(DiagnosticCatalog.TestDuplicateField, tree, field.Name.Span, property.Name);
                continue;
            }

            if (constants.Bind(field.Value, property.Type, $"'{property.Name}'") is { } constant)
            {
                values[property.Name] = constant.Value;
            }
        }
    }

    private void BindMembership(IdentifierSyntax name, RecordDataBuilder record)
    {
        if (!schema.Lists.TryGetValue(name.Text, out var list))
        {
            var candidates = schema.Lists.Values.Where(l => l.IsStatic && l.RecordTypeName == record.RecordType).Select(l => l.Name);
            context.ReportUnknown(tree, name, $"a static list of {record.RecordType} records", candidates,
                $"Declare it with 'list {name.Text} of {record.RecordType}', or check the spelling.");
            return;
        }

        context.Reference(tree, name.Span, SymbolKey.List(list.Name));
        if (list.RecordTypeName != record.RecordType)
        {
            context.Report(DiagnosticCatalog.ListRecordTypeMismatch, tree, name.Span, list.Name, list.RecordTypeName, record.RecordType);
        }
        else if (!list.IsStatic)
        {
            context.Report(DiagnosticCatalog.TestListNotStatic, tree, name.Span, list.Name);
        }
        else
        {
            record.Lists.Add(list.Name);
        }
    }

    private void BindEvent(TestEventSyntax syntax, RecordDataBuilder record, IReadOnlyDictionary<string, RecordDataBuilder>? contacts)
    {
        var owner = BindOwner(syntax, record, contacts);
        if (owner is null)
        {
            return; // an unknown 'by' was reported; where the event belongs cannot be checked
        }

        var eventType = BindEventType(syntax.EventType, owner, isTop: contacts is not null, hasBy: syntax.Contact is not null);
        var repeat = BindRepeat(syntax.Repeat);
        var time = BindTime(syntax.At);
        if (eventType is null || repeat is null || time is null)
        {
            return;
        }

        var attributes = new Dictionary<string, object?>(StringComparer.Ordinal);
        BindFields(syntax.Attributes, AsRecord(eventType), attributes, isEvent: true);
        if (time.Value > asOf)
        {
            context.Report(DiagnosticCatalog.TestEventAfterAsOf, tree, syntax.At!.Span, asOf.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }

        var data = new EventData(eventType.Name, time.Value, attributes.ToImmutableDictionary(StringComparer.Ordinal));
        owner.Events.AddRange(Enumerable.Repeat(data, repeat.Value));
    }

    private RecordDataBuilder? BindOwner(TestEventSyntax syntax, RecordDataBuilder record, IReadOnlyDictionary<string, RecordDataBuilder>? contacts)
    {
        if (syntax.Contact is not { IsMissing: false } by)
        {
            return record;
        }

        if (contacts is null)
        {
            context.Report(DiagnosticCatalog.TestMemberNotAllowed, tree, by.Span, "Inside an associated record's braces, its events need no 'by'. Remove it.");
            return record;
        }

        if (!contacts.TryGetValue(by.Text, out var contact))
        {
            context.ReportUnknown(tree, by, "a record declared in this test", contacts.Keys,
                $"Declare it in the test first, e.g. 'contact {by.Text} {{ }}'.");
            return null;
        }

        return contact;
    }

    private EventTypeSymbol? BindEventType(IdentifierSyntax name, RecordDataBuilder owner, bool isTop, bool hasBy)
    {
        if (name.IsMissing)
        {
            return null;
        }

        if (!schema.Events.TryGetValue(name.Text, out var eventType))
        {
            var candidates = schema.Events.Values.Where(e => RuleBinder.CountsFor(schema, e, owner.RecordType)).Select(e => e.Name);
            context.ReportUnknown(tree, name, $"an event type of {owner.RecordType} records", candidates, "Check the spelling, or declare the event type.");
            return null;
        }

        context.Reference(tree, name.Span, SymbolKey.Event(eventType.Name));
        if (eventType.RecordTypeName == owner.RecordType || !schema.Records.ContainsKey(owner.RecordType))
        {
            return eventType;
        }

        var hint = isTop && !hasBy && RuleBinder.CountsFor(schema, eventType, owner.RecordType)
            ? $"Say which {eventType.RecordTypeName} did it: declare '{eventType.RecordTypeName} alice {{ }}' in the test and write 'event {eventType.Name} by alice' (S2)."
            : $"Use an event recorded on {owner.RecordType}.";
        context.Report(DiagnosticCatalog.TestEventNeedsRecord, tree, name.Span, eventType.Name, eventType.RecordTypeName, owner.RecordType, hint);
        return null;
    }

    private int? BindRepeat(NumberLiteralSyntax? repeat)
    {
        if (repeat is null)
        {
            return 1;
        }

        var value = repeat.Value;
        if (value < 1 || value > 100_000 || Math.Floor(value) != value)
        {
            context.Report(DiagnosticCatalog.TestInvalidRepeat, tree, repeat.Span, DecayBinder.Number(value));
            return null;
        }

        return (int)value;
    }

    private DateTime? BindTime(TestTimeSyntax? at)
    {
        if (at is null)
        {
            return asOf;
        }

        if (at.Date is { } date)
        {
            return date.Value;
        }

        return at.Ago is { } ago && DurationBinder.Bind(context, tree, ago, allowZero: true) is { } duration ? duration.AddTo(asOf, -1) : null;
    }

    /// <summary>An event type's attributes seen as a record type, so that fields bind the same way.</summary>
    private static RecordTypeSymbol AsRecord(EventTypeSymbol eventType) => new(eventType.Name, eventType.Description, eventType.Attributes, eventType.Location);
}
