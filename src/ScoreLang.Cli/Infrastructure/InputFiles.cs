namespace ScoreLang.Cli.Infrastructure;

/// <summary>Expands the paths given on the command line: files as given, directories to their score and schema files.</summary>
internal static class InputFiles
{
    public static readonly string[] Extensions = [".score", ".schema"];

    /// <summary>The files to process, sorted and without duplicates; a path that does not exist is a user error.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, bool includeSchemas = true)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    if (IsSource(file, includeSchemas) && !IsIgnored(file))
                    {
                        result.Add(Path.GetFullPath(file));
                    }
                }
            }
            else if (File.Exists(path))
            {
                result.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new UserErrorException($"'{path}' does not exist. Give a .score file or a folder that holds some.");
            }
        }

        return [.. result];
    }

    private static bool IsSource(string file, bool includeSchemas) =>
        file.EndsWith(".score", StringComparison.OrdinalIgnoreCase)
        || (includeSchemas && file.EndsWith(".schema", StringComparison.OrdinalIgnoreCase));

    private static bool IsIgnored(string file)
    {
        var separator = Path.DirectorySeparatorChar;
        return file.Contains($"{separator}bin{separator}", StringComparison.Ordinal)
            || file.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
            || file.Contains($"{separator}node_modules{separator}", StringComparison.Ordinal);
    }
}
