using System.Globalization;
using System.Text;

namespace ScoreLang.LanguageServer.Previews;

/// <summary>
/// Cheap change detection for the config and the sample data: sizes and write times. A data folder's stamp covers its
/// files (not subfolders, which the folder layout does not read); a manifest's covers the files beside it.
/// </summary>
internal static class FileStamps
{
    public static string Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? Stamp(file) : "missing";
    }

    public static string OfData(string path)
    {
        try
        {
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path);
            if (folder is null || !Directory.Exists(folder))
            {
                return "missing";
            }

            var text = new StringBuilder(Of(path));
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
            {
                text.Append('|').Append(file.Name).Append(':').Append(Stamp(file));
            }

            return text.ToString();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }
    }

    private static string Stamp(FileInfo file) =>
        string.Create(CultureInfo.InvariantCulture, $"{file.Length}@{file.LastWriteTimeUtc.Ticks}");
}
