namespace ScoreLang.Data;

/// <summary>
/// Where the data to score is: a data folder laid out by convention (<c>&lt;record type&gt;.csv</c>,
/// <c>events.csv</c>, <c>lists.csv</c>, any of the supported formats) or a JSON data manifest that names the files and
/// maps their columns (docs/data-format.md).
/// </summary>
public sealed record DataSource
{
    private DataSource(string path, bool isManifest)
    {
        Path = path;
        IsManifest = isManifest;
    }

    /// <summary>The folder or the manifest file, as given.</summary>
    public string Path { get; }

    public bool IsManifest { get; }

    public static DataSource Folder(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new DataSource(path, isManifest: false);
    }

    public static DataSource Manifest(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new DataSource(path, isManifest: true);
    }

    /// <summary>A manifest when the path is an existing file (or ends in .json), else a folder.</summary>
    public static DataSource FromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var isManifest = File.Exists(path) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        return new DataSource(path, isManifest);
    }

    public override string ToString() => IsManifest ? $"manifest {Path}" : $"folder {Path}";
}
