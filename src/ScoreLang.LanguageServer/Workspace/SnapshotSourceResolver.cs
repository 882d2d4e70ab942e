using System.Collections.Concurrent;
using System.Collections.Immutable;
using ScoreLang.Semantics;
using ScoreLang.Text;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// Resolves imports against the open documents of a snapshot first (their unsaved text wins), then the disk. Records
/// every path it was asked for, so that the workspace knows which documents depend on which: editing an open schema
/// re-checks the score files that import it, directly or through another import.
/// </summary>
internal sealed class SnapshotSourceResolver(WorkspaceSnapshot snapshot, ISourceResolver disk) : ISourceResolver
{
    private readonly ConcurrentDictionary<string, long> _reads = new(StringComparer.Ordinal);

    /// <summary>Every path read so far, with the stamp it had in the snapshot.</summary>
    public ImmutableDictionary<string, long> Reads => _reads.ToImmutableDictionary(StringComparer.Ordinal);

    public string ResolvePath(string importPath, string importingPath) => disk.ResolvePath(importPath, importingPath);

    public SourceText? TryRead(string resolvedPath)
    {
        _reads[resolvedPath] = snapshot.StampOf(resolvedPath);
        return snapshot.Find(resolvedPath)?.Text ?? disk.TryRead(resolvedPath);
    }
}
