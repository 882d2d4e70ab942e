using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScoreLang.LanguageServer.Protocol;

// The basic JSON structures of LSP 3.17 ("Basic JSON Structures"). Names follow the specification; a DocumentUri is a
// string. Optional properties are nullable and omitted on the wire (the formatter ignores nulls).

/// <summary>A zero-based line and character offset; characters count UTF-16 code units (the negotiated encoding).</summary>
internal sealed record Position(int Line, int Character);

/// <summary>A range in a text document: <see cref="End"/> is exclusive.</summary>
internal sealed record Range(Position Start, Position End);

internal sealed record Location(string Uri, Range Range);

internal sealed record TextDocumentIdentifier(string Uri);

internal sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

internal sealed record OptionalVersionedTextDocumentIdentifier(string Uri, int? Version);

internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>The base of every request that points at a place in a document.</summary>
internal record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

internal sealed record TextEdit(Range Range, string NewText);

internal sealed record TextDocumentEdit(OptionalVersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextEdit> Edits);

/// <summary>Edits to several documents: <see cref="Changes"/> maps a document URI to its edits.</summary>
internal sealed record WorkspaceEdit(
    IReadOnlyDictionary<string, IReadOnlyList<TextEdit>>? Changes = null,
    IReadOnlyList<TextDocumentEdit>? DocumentChanges = null);

/// <summary>A command the client shows (code lenses) or asks the server to run (workspace/executeCommand).</summary>
internal sealed record Command(
    string Title,
    [property: JsonPropertyName("command")] string CommandIdentifier,
    IReadOnlyList<JsonElement>? Arguments = null);

/// <summary>Text for a human: plain text or markdown (see <see cref="MarkupKind"/>).</summary>
internal sealed record MarkupContent(string Kind, string Value);

internal static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}

internal sealed record WorkspaceFolder(string Uri, string Name);
