using System.Collections.Concurrent;
using ScoreLang.Predictive;

namespace ScoreLang.LanguageServer.Hovers;

/// <summary>
/// What the predictive hover (S30) needs from a model file: its SHA-256 and its manifest, or why it cannot be read. A
/// model file is tens of kilobytes to megabytes, and hashing and unzipping it on every hover request is wasted while it
/// is unchanged, so the result is kept per full path with the file's length and last write time, and computed again
/// when either differs (as when <c>learn</c> writes a new model). A file that cannot be read is not kept: the next
/// hover tries again.
/// </summary>
internal sealed class ModelFileCache
{
    private readonly ConcurrentDictionary<string, ModelFileState> _states = new(StringComparer.Ordinal);

    public ModelFileState Read(string path)
    {
        var full = Path.GetFullPath(path);
        var stamp = StampOf(full);
        if (stamp is not null && _states.TryGetValue(full, out var known) && known.Stamp == stamp)
        {
            return known;
        }

        // The stamp is taken before the bytes are read: a file rewritten in between is stored with the older stamp,
        // so the next hover sees a different stamp and reads it again (never the other way round).
        var state = Load(full, stamp);
        if (state.ReadError is null && stamp is not null)
        {
            _states[full] = state;
        }

        return state;
    }

    private static ModelFileState Load(string path, FileStamp? stamp)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new ModelFileState(stamp, e.Message, null, null, null);
        }

        var hash = ModelFile.Hash(bytes);
        try
        {
            return new ModelFileState(stamp, null, hash, ModelFile.Read(bytes).Manifest, null);
        }
        catch (InvalidDataException e)
        {
            return new ModelFileState(stamp, null, hash, null, e.Message);
        }
    }

    private static FileStamp? StampOf(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

/// <summary>A file's length and last write time (UTC ticks): what says it may have changed.</summary>
internal sealed record FileStamp(long Length, long LastWriteTicks);

/// <summary>
/// A model file as the hover saw it: <see cref="ReadError"/> when it cannot be read (SL5004), else its
/// <see cref="Hash"/>, and its <see cref="Manifest"/> or why it is not a usable model file (<see cref="FormatError"/>, SL5006).
/// </summary>
internal sealed record ModelFileState(FileStamp? Stamp, string? ReadError, string? Hash, ModelManifest? Manifest, string? FormatError);
