namespace ScoreLang.LanguageServer.Protocol;

// "Semantic Tokens": the server classifies every token; the client colours them by type and modifiers.

/// <summary>The standard token type names the server uses (a subset of the specification's list).</summary>
internal static class SemanticTokenTypes
{
    public const string Namespace = "namespace";
    public const string Type = "type";
    public const string Enum = "enum";
    public const string EnumMember = "enumMember";
    public const string Property = "property";
    public const string Event = "event";
    public const string Function = "function";
    public const string Variable = "variable";
    public const string Keyword = "keyword";
    public const string Comment = "comment";
    public const string String = "string";
    public const string Number = "number";
    public const string Operator = "operator";
}

internal static class SemanticTokenModifiers
{
    public const string Declaration = "declaration";
    public const string Readonly = "readonly";
    public const string DefaultLibrary = "defaultLibrary";
}

internal sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);

internal sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool? Range = null, bool? Full = null);

internal sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

/// <summary>
/// Five integers per token, relative to the previous token: delta line, delta start character, length,
/// token type index, modifier bit set.
/// </summary>
internal sealed record SemanticTokens(IReadOnlyList<int> Data, string? ResultId = null);
