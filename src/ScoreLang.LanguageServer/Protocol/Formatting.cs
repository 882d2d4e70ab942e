namespace ScoreLang.LanguageServer.Protocol;

// "Document Formatting Request" and "Document Range Formatting Request".

internal sealed record FormattingOptions(
    int TabSize,
    bool InsertSpaces,
    bool? TrimTrailingWhitespace = null,
    bool? InsertFinalNewline = null,
    bool? TrimFinalNewlines = null);

internal sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions Options);

internal sealed record DocumentRangeFormattingParams(TextDocumentIdentifier TextDocument, Range Range, FormattingOptions Options);
