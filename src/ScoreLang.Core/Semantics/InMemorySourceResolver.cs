using ScoreLang.Text;

namespace ScoreLang.Semantics;

/// <summary>
/// Resolves imports against texts held in memory (tests, the language server's open documents, the default of a
/// compilation made from several trees). Paths use '/' and are combined relative to the importing file's folder;
/// '.' and '..' segments are normalized, so "schemas/../crm.schema" and "crm.schema" are the same file.
/// </summary>
public sealed class InMemorySourceResolver : ISourceResolver
{
    private readonly Dictionary<string, SourceText> _sources = new(StringComparer.Ordinal);

    public InMemorySourceResolver()
    {
    }

    public InMemorySourceResolver(IEnumerable<SourceText> sources)
    {
        foreach (var source in sources)
        {
            Add(source);
        }
    }

    /// <summary>Adds (or replaces) the text of a file; <paramref name="path"/> is normalized.</summary>
    public InMemorySourceResolver Add(string path, string text) => Add(SourceText.From(text, Normalize(path)));

    public InMemorySourceResolver Add(SourceText source)
    {
        _sources[Normalize(source.Path)] = source;
        return this;
    }

    public string ResolvePath(string importPath, string importingPath)
    {
        var import = importPath.Replace('\\', '/');
        if (import.StartsWith('/'))
        {
            return Normalize(import);
        }

        var importing = importingPath.Replace('\\', '/');
        var slash = importing.LastIndexOf('/');
        return Normalize(slash < 0 ? import : importing[..(slash + 1)] + import);
    }

    public SourceText? TryRead(string resolvedPath) => _sources.GetValueOrDefault(Normalize(resolvedPath));

    private static string Normalize(string path)
    {
        var rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join('/', parts);
    }
}
