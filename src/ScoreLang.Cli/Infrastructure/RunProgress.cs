using System.Diagnostics;
using System.Globalization;
using ScoreLang.Data;
using Spectre.Console;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>
/// Progress of a long run, on standard error so the standard output stays clean for pipes: a live Spectre.Console
/// display when a person is watching (a terminal, not CI), plain lines at most every few seconds otherwise, and
/// nothing for phases that end quickly — small runs and tests see no progress output at all.
/// </summary>
internal sealed class RunProgress
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(3);

    private readonly ProgressContext? _live;
    private readonly TextWriter _plain;
    private readonly Stopwatch _sincePrint = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private ProgressTask? _task;
    private string _phase = string.Empty;
    private long? _total;

    private RunProgress(ProgressContext? live, TextWriter plain)
    {
        _live = live;
        _plain = plain;
    }

    /// <summary>Runs <paramref name="work"/> with a progress display suited to where standard error goes.</summary>
    public static T Show<T>(TextWriter errors, bool enabled, Func<RunProgress, T> work)
    {
        if (!enabled || !IsInteractive(errors))
        {
            return work(new RunProgress(null, enabled ? errors : TextWriter.Null));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(context => work(new RunProgress(context, errors)));
    }

    /// <summary>Starts a phase ("Loading data", "Scoring"); <paramref name="total"/> null when its size is not known.</summary>
    public void Phase(string name, long? total = null)
    {
        lock (_gate)
        {
            _task?.StopTask();
            (_phase, _total) = (name, total);
            _sincePrint.Restart();
            if (_live is not null)
            {
                _task = _live.AddTask(name, maxValue: total ?? 1);
                _task.IsIndeterminate = total is null;
            }
        }
    }

    /// <summary>Reports <paramref name="done"/> units of the current phase (thread-safe; chunks report from many threads).</summary>
    public void Report(long done, string? detail = null)
    {
        lock (_gate)
        {
            if (_task is not null)
            {
                _task.Value = done;
                _task.Description = detail is null ? _phase : $"{_phase}: {Markup.Escape(detail)}";
                return;
            }

            if (_sincePrint.Elapsed < PlainInterval)
            {
                return;
            }

            _sincePrint.Restart();
            var of = _total is { } total ? string.Create(CultureInfo.InvariantCulture, $" of {total:N0}") : string.Empty;
            _plain.WriteLine(string.Create(CultureInfo.InvariantCulture, $"scorelang: {_phase}: {done:N0}{of}{(detail is null ? "" : $" ({detail})")}"));
        }
    }

    /// <summary>Loading progress in the shape the data loader reports it.</summary>
    public IProgress<LoadProgress> ForLoading() => new SyncProgress<LoadProgress>(p => Report(p.Rows, $"{Path.GetFileName(p.File)}, {p.Rows:N0} rows"));

    /// <summary>Scoring progress in the shape the compiled model reports it (records scored so far).</summary>
    public IProgress<long> ForScoring() => new SyncProgress<long>(done => Report(done));

    private static bool IsInteractive(TextWriter errors) =>
        ReferenceEquals(errors, Console.Error)
        && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    /// <summary>Reports on the caller's thread (<see cref="Progress{T}"/> would post to a thread pool and report late).</summary>
    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
