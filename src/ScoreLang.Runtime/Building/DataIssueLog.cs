using System.Collections.Immutable;

namespace ScoreLang.Runtime.Building;

/// <summary>
/// Counts every data problem by kind and keeps the first <see cref="MaxSamples"/> of them in full, so a run over
/// millions of bad rows reports them without holding them all.
/// </summary>
public sealed class DataIssueLog
{
    public const int MaxSamples = 100;

    private readonly long[] _counts = new long[Enum.GetValues<DataIssueKind>().Length];
    private readonly List<DataIssue> _samples = [];
    private readonly Lock _lock = new();

    public long TotalCount
    {
        get
        {
            lock (_lock)
            {
                return _counts.Sum();
            }
        }
    }

    public ImmutableArray<DataIssue> Samples
    {
        get
        {
            lock (_lock)
            {
                return [.. _samples];
            }
        }
    }

    public long CountOf(DataIssueKind kind)
    {
        lock (_lock)
        {
            return _counts[(int)kind];
        }
    }

    /// <summary>Whether the next issue's message is kept (callers skip formatting messages that would be dropped).</summary>
    internal bool KeepsSamples
    {
        get
        {
            lock (_lock)
            {
                return _samples.Count < MaxSamples;
            }
        }
    }

    /// <summary>Counts an issue and keeps it while fewer than <see cref="MaxSamples"/> are kept.</summary>
    public void Add(DataIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        lock (_lock)
        {
            _counts[(int)issue.Kind]++;
            if (_samples.Count < MaxSamples)
            {
                _samples.Add(issue);
            }
        }
    }

    /// <summary>Counts an issue; a null message only counts it.</summary>
    internal void Add(DataIssueKind kind, string? message, string? source = null)
    {
        lock (_lock)
        {
            _counts[(int)kind]++;
            if (message is not null && _samples.Count < MaxSamples)
            {
                _samples.Add(new DataIssue(kind, message, source));
            }
        }
    }
}
