namespace ScoreLang.Compiler.Emit;

/// <summary>
/// Compiled assemblies on disk, in a folder the host chose, named by content hash. Writes go to a temporary file that
/// is then renamed, so a reader never sees half an assembly. The cache only saves time: if the folder cannot be used,
/// compiling goes on without it.
/// </summary>
internal static class DiskCache
{
    public static byte[]? TryRead(string directory, string hash)
    {
        try
        {
            var path = PathOf(directory, hash);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static void Write(string directory, string hash, byte[] image)
    {
        var temporary = Path.Combine(directory, $".{hash}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, PathOf(directory, hash), overwrite: true);
        }
        catch (IOException)
        {
            TryDelete(temporary);
        }
        catch (UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    internal static string PathOf(string directory, string hash) => Path.Combine(directory, $"scorelang-{hash}.dll");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
