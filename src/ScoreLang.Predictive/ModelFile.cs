using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;

namespace ScoreLang.Predictive;

/// <summary>
/// The model file of a predictive score (S30): a zip with <c>scorelang-model.json</c> (the <see cref="ModelManifest"/>)
/// and <c>mlnet.zip</c> (the ML.NET model as ML.NET saves it). Every entry gets a fixed time stamp, inside the ML.NET
/// model too, so that the same data, options and seed give the same bytes and so the same SHA-256, which the score file
/// states and the runtime checks.
/// </summary>
internal static class ModelFile
{
    public const string ManifestEntry = "scorelang-model.json";
    public const string ModelEntry = "mlnet.zip";

    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>The bytes of a model file for <paramref name="manifest"/> and an ML.NET model as ML.NET saved it.</summary>
    public static byte[] Create(ModelManifest manifest, byte[] mlnetModel) =>
        Zip([(ManifestEntry, JsonSerializer.SerializeToUtf8Bytes(manifest, Json)), (ModelEntry, Normalise(mlnetModel))]);

    /// <summary>The manifest and the ML.NET model bytes of a model file; an <see cref="InvalidDataException"/> says what is wrong.</summary>
    public static (ModelManifest Manifest, byte[] Model) Read(byte[] file)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException("it is not a zip file", e);
        }

        using (archive)
        {
            var manifestEntry = archive.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"it has no {ManifestEntry}");
            var modelEntry = archive.GetEntry(ModelEntry) ?? throw new InvalidDataException($"it has no {ModelEntry}");
            ModelManifest? manifest;
            try
            {
                manifest = JsonSerializer.Deserialize<ModelManifest>(ReadAll(manifestEntry), Json);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"its {ManifestEntry} is not valid ({e.Message})", e);
            }

            if (manifest is null || manifest.Inputs.IsDefault)
            {
                throw new InvalidDataException($"its {ManifestEntry} is incomplete");
            }

            if (manifest.Format != ModelManifest.CurrentFormat)
            {
                throw new InvalidDataException($"it has format {manifest.Format}, and this version of ScoreLang reads format {ModelManifest.CurrentFormat}");
            }

            return (manifest, ReadAll(modelEntry));
        }
    }

    /// <summary>Where a predictive score's model file is: <paramref name="modelPath"/> as written, relative to the folder of the score file.</summary>
    public static string PathBeside(string scoreFilePath, string modelPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(scoreFilePath)) ?? ".";
        return Path.GetFullPath(Path.Combine(folder, modelPath));
    }

    /// <summary>Lower-case hex SHA-256 of the file's bytes, as the score file states it.</summary>
    public static string Hash(byte[] file) => Convert.ToHexStringLower(SHA256.HashData(file));

    /// <summary>The same zip with fixed time stamps, in the same entry order (ML.NET stamps entries with the current time).</summary>
    private static byte[] Normalise(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return Zip([.. archive.Entries.Select(e => (e.FullName, ReadAll(e)))]);
    }

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = archive.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
