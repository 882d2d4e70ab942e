namespace ScoreLang.LanguageServer.Protocol;

// "Document Symbols Request" and "Folding Range Request".

internal sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

internal enum SymbolKind
{
    File = 1,
    Module = 2,
    Namespace = 3,
    Package = 4,
    Class = 5,
    Method = 6,
    Property = 7,
    Field = 8,
    Constructor = 9,
    Enum = 10,
    Interface = 11,
    Function = 12,
    Variable = 13,
    Constant = 14,
    String = 15,
    Number = 16,
    Boolean = 17,
    Array = 18,
    Object = 19,
    Key = 20,
    Null = 21,
    EnumMember = 22,
    Struct = 23,
    Event = 24,
    Operator = 25,
    TypeParameter = 26,
}

/// <summary>An outline entry: <see cref="Range"/> covers the whole declaration, <see cref="SelectionRange"/> its name.</summary>
internal sealed record DocumentSymbol(
    string Name,
    SymbolKind Kind,
    Range Range,
    Range SelectionRange,
    string? Detail = null,
    IReadOnlyList<DocumentSymbol>? Children = null);

internal sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

internal static class FoldingRangeKind
{
    public const string Comment = "comment";
    public const string Imports = "imports";
    public const string Region = "region";
}

internal sealed record FoldingRange(int StartLine, int EndLine, int? StartCharacter = null, int? EndCharacter = null, string? Kind = null);
