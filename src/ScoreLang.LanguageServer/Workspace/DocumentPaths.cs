namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// Maps document URIs to the paths the core library sees (<see cref="Text.SourceText.Path"/>) and back. File URIs
/// become full local paths so that imports resolve against the file system; other URIs (<c>untitled:</c>) stay as
/// they are. The workspace remembers the exact URI a client used for an open document and answers with that one.
/// </summary>
internal static class DocumentPaths
{
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            try
            {
                return Path.GetFullPath(parsed.LocalPath);
            }
            catch (ArgumentException)
            {
                return uri;
            }
        }

        return uri;
    }

    public static string ToUri(string path) =>
        Path.IsPathFullyQualified(path) ? new Uri(path).AbsoluteUri : path;
}
