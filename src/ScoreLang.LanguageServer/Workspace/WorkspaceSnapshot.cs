using System.Collections.Immutable;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// The open documents at one moment, by path. Immutable: a request works on the snapshot it started with while edits
/// go on. <see cref="DiskGeneration"/> changes whenever files on disk may have changed (a watched file changed, a
/// document was saved), which invalidates analyses that read files from disk.
/// </summary>
internal sealed record WorkspaceSnapshot(ImmutableDictionary<string, OpenDocument> Documents, long DiskGeneration)
{
    public static WorkspaceSnapshot Empty { get; } = new(ImmutableDictionary<string, OpenDocument>.Empty.WithComparers(StringComparer.Ordinal), 0);

    public OpenDocument? Find(string path) => Documents.GetValueOrDefault(path);

    /// <summary>What an analysis records for a path it read: the open document's stamp, or the disk generation.</summary>
    public long StampOf(string path) => Documents.TryGetValue(path, out var document) ? document.Stamp : -1 - DiskGeneration;
}
