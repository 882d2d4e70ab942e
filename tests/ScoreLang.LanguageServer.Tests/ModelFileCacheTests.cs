using System.Security.Cryptography;
using ScoreLang.LanguageServer.Hovers;
using Xunit;

namespace ScoreLang.LanguageServer.Tests;

/// <summary>
/// The predictive hover's model file cache (S30): a file is hashed again only when its length or last write time
/// changed. The tests rewrite a file and set its write time back, which only a cache keyed that way fails to notice.
/// </summary>
public sealed class ModelFileCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scorelang-model-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void UnchangedLengthAndWriteTime_GiveTheKeptHash_S30()
    {
        var path = Write("model.zip", "first content");
        var written = File.GetLastWriteTimeUtc(path);
        var cache = new ModelFileCache();
        var first = cache.Read(path);

        File.WriteAllText(path, "other content");
        File.SetLastWriteTimeUtc(path, written);
        var second = cache.Read(path);

        Assert.Equal(Sha256("first content"), first.Hash);
        Assert.Same(first, second);
        Assert.Equal(Sha256("other content"), new ModelFileCache().Read(path).Hash);
    }

    [Fact]
    public void NewWriteTime_IsHashedAgain_S30()
    {
        var path = Write("model.zip", "first content");
        var written = File.GetLastWriteTimeUtc(path);
        var cache = new ModelFileCache();
        cache.Read(path);

        File.WriteAllText(path, "other content");
        File.SetLastWriteTimeUtc(path, written.AddSeconds(1));

        Assert.Equal(Sha256("other content"), cache.Read(path).Hash);
    }

    [Fact]
    public void NewLength_IsHashedAgain_EvenWithTheSameWriteTime_S30()
    {
        var path = Write("model.zip", "first content");
        var written = File.GetLastWriteTimeUtc(path);
        var cache = new ModelFileCache();
        cache.Read(path);

        File.WriteAllText(path, "first content, longer");
        File.SetLastWriteTimeUtc(path, written);

        Assert.Equal(Sha256("first content, longer"), cache.Read(path).Hash);
    }

    [Fact]
    public void MissingFile_IsAReadError_AndIsReadOnceItExists_S30()
    {
        var path = Path.Combine(_folder, "later.zip");
        var cache = new ModelFileCache();

        var missing = cache.Read(path);
        Write("later.zip", "now here");
        var present = cache.Read(path);

        Assert.NotNull(missing.ReadError);
        Assert.Null(missing.Hash);
        Assert.Null(present.ReadError);
        Assert.Equal(Sha256("now here"), present.Hash);
        // Not a zip: hashed, and said to be unusable (SL5006) rather than crashing the hover.
        Assert.NotNull(present.FormatError);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)));
}
