using System.Collections.Immutable;
using ScoreLang.Evaluation;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Fluent helpers to build the records the evaluator reads (S1): properties, events, lists, associations.</summary>
internal static class RecordBuilder
{
    public static RecordData Contact(string id = "c1") => RecordData.Create(id, "contact");

    public static RecordData Company(string id = "acme") => RecordData.Create(id, "company");

    public static RecordData With(this RecordData record, string property, object? value) =>
        record with { Properties = record.Properties.SetItem(property, value) };

    public static RecordData WithEvent(this RecordData record, string type, DateTime timestamp, params (string Name, object? Value)[] attributes) =>
        record with { Events = record.Events.Add(NewEvent(type, timestamp, attributes)) };

    /// <summary><paramref name="count"/> identical occurrences (<c>event marketing_email_opened x2</c>).</summary>
    public static RecordData WithEvents(this RecordData record, string type, int count, DateTime timestamp, params (string Name, object? Value)[] attributes) =>
        record with { Events = record.Events.AddRange(Enumerable.Repeat(NewEvent(type, timestamp, attributes), count)) };

    public static RecordData InList(this RecordData record, string list) => record with { Lists = record.Lists.Add(list) };

    /// <summary>The contact's associated company (S3), reached through the <c>company</c> association.</summary>
    public static RecordData WithCompany(this RecordData record, RecordData company) =>
        record with { Associated = record.Associated.SetItem("company", company) };

    /// <summary>A contact associated with this company, whose events count towards company engagement (S2).</summary>
    public static RecordData WithContact(this RecordData company, RecordData contact) =>
        company with { Contacts = company.Contacts.Add(contact) };

    public static EventData NewEvent(string type, DateTime timestamp, params (string Name, object? Value)[] attributes) => new(
        type,
        timestamp,
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, attributes.Select(a => KeyValuePair.Create(a.Name, a.Value))));
}
