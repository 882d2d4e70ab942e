using System.Collections.Immutable;
using ScoreLang.Evaluation;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>Fluent builders of the evaluator's records (S1): properties, events, lists, associations, contacts.</summary>
internal static class Records
{
    public static RecordData Contact(string id) => RecordData.Create(id, "contact");

    public static RecordData Company(string id) => RecordData.Create(id, "company");

    public static RecordData With(this RecordData record, string property, object? value) =>
        record with { Properties = record.Properties.SetItem(property, value) };

    public static RecordData WithEvent(this RecordData record, string type, DateTime timestamp, params (string Name, object? Value)[] attributes) =>
        record with { Events = record.Events.Add(new EventData(type, timestamp, ImmutableDictionary.CreateRange(StringComparer.Ordinal, attributes.Select(a => KeyValuePair.Create(a.Name, a.Value))))) };

    public static RecordData InList(this RecordData record, string list) => record with { Lists = record.Lists.Add(list) };

    public static RecordData WithCompany(this RecordData contact, RecordData company) =>
        contact with { Associated = contact.Associated.SetItem("company", company) };

    public static RecordData WithContact(this RecordData company, RecordData contact) =>
        company with { Contacts = company.Contacts.Add(contact) };
}
