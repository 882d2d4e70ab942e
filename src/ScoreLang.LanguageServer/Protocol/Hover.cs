namespace ScoreLang.LanguageServer.Protocol;

// "Hover Request" and "Signature Help Request".

internal sealed record HoverParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary>The hover result; ScoreLang always answers with markdown.</summary>
internal sealed record Hover(MarkupContent Contents, Range? Range = null);

internal sealed record SignatureHelpOptions(IReadOnlyList<string>? TriggerCharacters = null, IReadOnlyList<string>? RetriggerCharacters = null);

internal sealed record SignatureHelpParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

internal sealed record ParameterInformation(string Label, MarkupContent? Documentation = null);

internal sealed record SignatureInformation(
    string Label,
    MarkupContent? Documentation = null,
    IReadOnlyList<ParameterInformation>? Parameters = null,
    int? ActiveParameter = null);

internal sealed record SignatureHelp(IReadOnlyList<SignatureInformation> Signatures, int? ActiveSignature = null, int? ActiveParameter = null);
