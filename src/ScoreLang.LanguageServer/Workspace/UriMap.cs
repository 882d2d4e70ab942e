namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// The URI to show for a path: the client's own URI when the document is open (clients compare URIs as strings),
/// otherwise a file URI built from the path.
/// </summary>
internal sealed class UriMap(WorkspaceSnapshot snapshot)
{
    public string UriOf(string path) => snapshot.Find(path)?.Uri ?? DocumentPaths.ToUri(path);
}
