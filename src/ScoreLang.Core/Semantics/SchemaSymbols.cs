using System.Collections.Immutable;
using ScoreLang.Diagnostics;

namespace ScoreLang.Semantics;

/// <summary>
/// Base of every named thing. <see cref="Location"/> is where it is declared (null for built-ins such as an event's
/// implicit <c>timestamp</c>). Symbols refer to each other by name, not by reference, so the model stays an
/// immutable, acyclic value; <see cref="SchemaModel"/> resolves names.
/// </summary>
public abstract record Symbol(string Name, SourceLocation? Location);

/// <summary>
/// A property of a record type, or an attribute of an event type. <see cref="Ordinal"/> is its position among its
/// owner's properties (the column index the compiler and the runtime use).
/// </summary>
public sealed record PropertySymbol(
    string Name,
    string OwnerName,
    ValueType Type,
    string? Description,
    int Ordinal,
    SourceLocation? Location) : Symbol(Name, Location);

/// <summary>contact, company, deal ... (S1). Associations are properties of kind <see cref="DataKind.Association"/>.</summary>
public sealed record RecordTypeSymbol(
    string Name,
    string? Description,
    ImmutableArray<PropertySymbol> Properties,
    SourceLocation? Location) : Symbol(Name, Location)
{
    public PropertySymbol? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);
}

/// <summary>An event type on a record type, with typed attributes and an implicit timestamp (S1, S10).</summary>
public sealed record EventTypeSymbol(
    string Name,
    string RecordTypeName,
    string? Description,
    ImmutableArray<PropertySymbol> Attributes,
    SourceLocation? Location) : Symbol(Name, Location)
{
    public PropertySymbol? FindAttribute(string name) => Attributes.FirstOrDefault(p => p.Name == name);
}

/// <summary>A named list of records (S4): static (membership is input data) when <see cref="Condition"/> is null.</summary>
public sealed record ListSymbol(
    string Name,
    string RecordTypeName,
    string? Description,
    BoundExpression? Condition,
    SourceLocation? Location) : Symbol(Name, Location)
{
    public bool IsStatic => Condition is null;
}

/// <summary>Everything declared by the schema declarations of a compilation (all files, imports included).</summary>
public sealed record SchemaModel(
    ImmutableDictionary<string, RecordTypeSymbol> Records,
    ImmutableDictionary<string, EventTypeSymbol> Events,
    ImmutableDictionary<string, ListSymbol> Lists)
{
    public static SchemaModel Empty { get; } = new(
        ImmutableDictionary<string, RecordTypeSymbol>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<string, EventTypeSymbol>.Empty.WithComparers(StringComparer.Ordinal),
        ImmutableDictionary<string, ListSymbol>.Empty.WithComparers(StringComparer.Ordinal));
}
