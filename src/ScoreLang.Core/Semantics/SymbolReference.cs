using ScoreLang.Diagnostics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Semantics;

/// <summary>A place where a symbol is declared (<see cref="IsDeclaration"/>) or used: go to definition, references, rename.</summary>
public sealed record SymbolReference(Symbol Symbol, SyntaxTree SyntaxTree, TextSpan Span, bool IsDeclaration)
{
    public SourceLocation Location => new(SyntaxTree.Source, Span);
}

public enum CompletionKind
{
    Keyword,
    RecordType,
    Property,
    EventType,
    Attribute,
    List,
    EnumMember,
    Group,
    Score,
    Label,
    Unit,
    Value,
}

/// <summary>One completion: the text to insert, what it is, and a short detail (a type, a description).</summary>
public sealed record CompletionItem(string Label, CompletionKind Kind, string? Detail = null);
