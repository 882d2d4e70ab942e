using ScoreLang.Text;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// The <c>.score</c> and <c>.schema</c> files of the workspace folder that the client has not opened, analysed from
/// disk on demand (find references and rename need them). Bounded: build output and dependency folders are skipped,
/// and so are files beyond the first <see cref="MaxFiles"/>.
/// </summary>
internal sealed class WorkspaceFiles(FileSystemSourceResolver disk, DocumentAnalyzer analyzer)
{
    private const int MaxFiles = 2000;
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", ".git", ".vs", ".vscode" };

    public IEnumerable<DocumentAnalysis> AnalyseClosedFiles(WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (disk.RootDirectory is not { } root || !Directory.Exists(root))
        {
            yield break;
        }

        foreach (var path in Enumerate(root).Where(p => snapshot.Find(p) is null).Take(MaxFiles))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (disk.TryRead(path) is not { } text)
            {
                continue;
            }

            var document = new OpenDocument(DocumentPaths.ToUri(path), path, string.Empty, 0, SourceText.From(text.Text, path), -1);
            yield return analyzer.Analyze(snapshot, document);
        }
    }

    private static IEnumerable<string> Enumerate(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            string[] entries;
            string[] folders;
            try
            {
                entries = Directory.GetFiles(directory);
                folders = Directory.GetDirectories(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var file in entries.Where(f => f.EndsWith(".score", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".schema", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                yield return Path.GetFullPath(file);
            }

            foreach (var folder in folders.Where(f => !SkippedFolders.Contains(Path.GetFileName(f))).OrderDescending(StringComparer.Ordinal))
            {
                pending.Push(folder);
            }
        }
    }
}
