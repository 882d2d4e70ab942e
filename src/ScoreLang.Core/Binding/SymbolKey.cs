using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Binding;

/// <summary>What kind of named thing a <see cref="SymbolKey"/> designates.</summary>
internal enum SymbolKind
{
    Record,
    Property,
    Event,
    Attribute,
    List,
    Score,
    Group,
}

/// <summary>
/// A name-based handle on a symbol, used while binding (before the final symbol objects exist) and to match references
/// across compilations. <see cref="Container"/> is the owning record (property), event (attribute) or score (group).
/// </summary>
internal readonly record struct SymbolKey(SymbolKind Kind, string Container, string Name)
{
    public static SymbolKey Record(string name) => new(SymbolKind.Record, string.Empty, name);

    public static SymbolKey Event(string name) => new(SymbolKind.Event, string.Empty, name);

    public static SymbolKey List(string name) => new(SymbolKind.List, string.Empty, name);

    public static SymbolKey Score(string name) => new(SymbolKind.Score, string.Empty, name);

    public static SymbolKey Property(string record, string name) => new(SymbolKind.Property, record, name);

    public static SymbolKey Attribute(string eventType, string name) => new(SymbolKind.Attribute, eventType, name);

    public static SymbolKey Group(string score, string name) => new(SymbolKind.Group, score, name);
}

/// <summary>One place where a symbol is declared or used.</summary>
internal sealed record SymbolOccurrence(SyntaxTree Tree, TextSpan Span, SymbolKey Key, bool IsDeclaration);
