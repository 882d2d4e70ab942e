namespace ScoreLang.LanguageServer.Protocol;

// "Completion Request".

internal enum CompletionTriggerKind
{
    Invoked = 1,
    TriggerCharacter = 2,
    TriggerForIncompleteCompletions = 3,
}

internal sealed record CompletionContext(CompletionTriggerKind TriggerKind, string? TriggerCharacter = null);

internal sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context = null)
    : TextDocumentPositionParams(TextDocument, Position);

internal sealed record CompletionOptions(IReadOnlyList<string>? TriggerCharacters = null, bool? ResolveProvider = null);

internal enum CompletionItemKind
{
    Text = 1,
    Method = 2,
    Function = 3,
    Constructor = 4,
    Field = 5,
    Variable = 6,
    Class = 7,
    Interface = 8,
    Module = 9,
    Property = 10,
    Unit = 11,
    Value = 12,
    Enum = 13,
    Keyword = 14,
    Snippet = 15,
    Color = 16,
    File = 17,
    Reference = 18,
    Folder = 19,
    EnumMember = 20,
    Constant = 21,
    Struct = 22,
    Event = 23,
    Operator = 24,
    TypeParameter = 25,
}

internal enum InsertTextFormat
{
    PlainText = 1,
    Snippet = 2,
}

internal sealed record CompletionItem(
    string Label,
    CompletionItemKind? Kind = null,
    string? Detail = null,
    MarkupContent? Documentation = null,
    string? SortText = null,
    string? FilterText = null,
    string? InsertText = null,
    InsertTextFormat? InsertTextFormat = null,
    TextEdit? TextEdit = null);

internal sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);
