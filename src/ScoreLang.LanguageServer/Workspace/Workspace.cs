using System.Collections.Concurrent;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.Text;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// The documents the client has open and their analyses. Mutations (open, change, close) are serialized and replace
/// the immutable <see cref="WorkspaceSnapshot"/>; readers take the current snapshot and analyse against it. Analyses
/// are cached per document and reused for as long as none of their inputs changed.
/// </summary>
internal sealed class Workspace(DocumentAnalyzer analyzer)
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, DocumentAnalysis> _analyses = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lock> _analysisGates = new(StringComparer.Ordinal);
    private WorkspaceSnapshot _snapshot = WorkspaceSnapshot.Empty;
    private long _nextStamp;

    public WorkspaceSnapshot Snapshot => Volatile.Read(ref _snapshot);

    public OpenDocument Open(TextDocumentItem item)
    {
        lock (_gate)
        {
            var path = DocumentPaths.ToPath(item.Uri);
            var document = new OpenDocument(item.Uri, path, item.LanguageId ?? string.Empty, item.Version, SourceText.From(item.Text ?? string.Empty, path), ++_nextStamp);
            Publish(_snapshot with { Documents = _snapshot.Documents.SetItem(path, document) });
            return document;
        }
    }

    /// <summary>Applies a change notification; null when the document is not open (the notification is ignored).</summary>
    public OpenDocument? Change(VersionedTextDocumentIdentifier identifier, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        lock (_gate)
        {
            if (_snapshot.Find(DocumentPaths.ToPath(identifier.Uri)) is not { } current)
            {
                return null;
            }

            var text = ContentChanges.Apply(current.Text, changes);
            var document = current with { Version = identifier.Version, Text = text, Stamp = ++_nextStamp };
            Publish(_snapshot with { Documents = _snapshot.Documents.SetItem(current.Path, document) });
            return document;
        }
    }

    public OpenDocument? Close(string uri)
    {
        lock (_gate)
        {
            var path = DocumentPaths.ToPath(uri);
            if (_snapshot.Find(path) is not { } document)
            {
                return null;
            }

            Publish(_snapshot with { Documents = _snapshot.Documents.Remove(path) });
            _analyses.TryRemove(path, out _);
            return document;
        }
    }

    /// <summary>Files on disk may have changed: analyses that read from disk are redone on next use.</summary>
    public void InvalidateDisk()
    {
        lock (_gate)
        {
            Publish(_snapshot with { DiskGeneration = _snapshot.DiskGeneration + 1 });
        }
    }

    public OpenDocument? Find(string uri) => Snapshot.Find(DocumentPaths.ToPath(uri));

    /// <summary>The analysis of an open document at <paramref name="snapshot"/>, or null when it is not open there.</summary>
    public DocumentAnalysis? GetAnalysis(WorkspaceSnapshot snapshot, string path)
    {
        if (snapshot.Find(path) is not { } document)
        {
            return null;
        }

        if (_analyses.TryGetValue(path, out var cached) && cached.IsCurrent(snapshot))
        {
            return cached;
        }

        // One analysis per document at a time: a hover and the diagnostics publisher asking together share it.
        lock (_analysisGates.GetOrAdd(path, _ => new Lock()))
        {
            if (_analyses.TryGetValue(path, out cached) && cached.IsCurrent(snapshot))
            {
                return cached;
            }

            var analysis = analyzer.Analyze(snapshot, document);
            if (Snapshot.Find(path) is not null && (cached is null || analysis.Document.Stamp >= cached.Document.Stamp))
            {
                _analyses[path] = analysis;
            }

            return analysis;
        }
    }

    /// <summary>The open documents (other than <paramref name="path"/>) whose last analysis read <paramref name="path"/>.</summary>
    public IReadOnlyList<string> DependentsOf(string path) =>
        [.. _analyses.Values.Where(a => a.DependsOn(path)).Select(a => a.Document.Path).Distinct(StringComparer.Ordinal)];

    private void Publish(WorkspaceSnapshot snapshot) => Volatile.Write(ref _snapshot, snapshot);
}
