using System.Text;

namespace ScoreLang.Data.Writing;

/// <summary>
/// Writes a file so that nobody ever sees half of it: the content goes to a temporary file in the same folder (so the
/// final rename stays on one file system), flushed to disk, then renamed over the target in one step. A failure
/// deletes the temporary file and leaves any older file at the target untouched.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="contents"/> as UTF-8 without a byte order mark.</summary>
    public static void WriteAllText(string path, string contents) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            writer.Write(contents);
        });

    public static void Write(string path, Action<Stream> write)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                BufferSize = 1 << 16,
            }))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
