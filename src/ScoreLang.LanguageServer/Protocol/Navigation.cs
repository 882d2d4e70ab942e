namespace ScoreLang.LanguageServer.Protocol;

// "Goto Definition Request", "Find References Request" and "Rename Request".

internal sealed record DefinitionParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

internal sealed record ReferenceContext(bool IncludeDeclaration);

internal sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context)
    : TextDocumentPositionParams(TextDocument, Position);

internal sealed record RenameOptions(bool? PrepareProvider = null);

internal sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
    : TextDocumentPositionParams(TextDocument, Position);

internal sealed record PrepareRenameParams(TextDocumentIdentifier TextDocument, Position Position)
    : TextDocumentPositionParams(TextDocument, Position);

/// <summary>The <c>{ range, placeholder }</c> form of the specification's PrepareRenameResult union.</summary>
internal sealed record PrepareRenameResult(Range Range, string Placeholder);
