using ScoreLang.Text;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// One document the client has open: the URI it uses, the path the core sees, its version and text.
/// <see cref="Stamp"/> is unique across the server's life (a client version is not: a document closed and opened
/// again starts over), so analyses remember the stamps of what they read.
/// </summary>
internal sealed record OpenDocument(string Uri, string Path, string LanguageId, int Version, SourceText Text, long Stamp)
{
    public bool IsSchema => Path.EndsWith(".schema", StringComparison.OrdinalIgnoreCase);
}
