using System.Collections.Concurrent;
using ScoreLang.Data;
using ScoreLang.LanguageServer.Server;
using ScoreLang.Semantics;

namespace ScoreLang.LanguageServer.Previews;

/// <summary>
/// The sample data of the workspace for hover previews: finds the <c>scorelang.json</c> above a document, loads the data
/// it names with <see cref="DataSetLoader"/> in the background (at most <c>maxRows</c> rows), and caches it per config
/// file until the config, a data file or the schema changes (checked by file times and sizes on each lookup, which
/// costs a directory listing). A request waits for a load at most the time it is given, then answers "loading".
/// Problems never throw: they come back as <see cref="SampleStatus.Failed"/> and are published on the config file.
/// </summary>
internal sealed class SampleDataService(ServerLog log, Action<string, IReadOnlyList<ConfigProblem>> publish)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public SampleState Lookup(string documentPath, SchemaModel schema, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (WorkspaceConfig.Find(documentPath) is not { } configPath)
        {
            return SampleState.NotConfigured;
        }

        Task<SampleState> load;
        lock (_gate)
        {
            load = Current(configPath, schema);
        }

        try
        {
            if (!load.Wait(wait, cancellationToken))
            {
                return new SampleState(SampleStatus.Loading, Message: $"Loading the sample data named in `{WorkspaceConfig.FileName}`… hover again in a moment.");
            }
        }
        catch (AggregateException e)
        {
            // Current() never faults its tasks; this is a safety net so that a hover never fails.
            log.Error($"Loading the sample data failed: {e.InnerException}");
            return new SampleState(SampleStatus.Failed, Message: "Loading the sample data failed (see the server log).");
        }

        return load.Result;
    }

    /// <summary>The load for the config as it is now: the cached one while nothing changed, else a new one.</summary>
    private Task<SampleState> Current(string configPath, SchemaModel schema)
    {
        var configStamp = FileStamps.Of(configPath);
        if (!_entries.TryGetValue(configPath, out var entry) || entry.ConfigStamp != configStamp)
        {
            entry = new Entry(configStamp, Read(configPath), null, null, null);
            _entries[configPath] = entry;
            publish(configPath, entry.Config.Problems);
        }

        var config = entry.Config;
        if (config.HasErrors)
        {
            return Task.FromResult(new SampleState(SampleStatus.Failed, Message: $"`{WorkspaceConfig.FileName}` has errors (see its diagnostics): no sample data."));
        }

        if (config.SampleData is not { } dataPath)
        {
            return Task.FromResult(SampleState.NotConfigured);
        }

        var dataStamp = FileStamps.OfData(dataPath);
        var schemaKey = SchemaFingerprint.Of(schema);
        if (entry.Load is { } existing && entry.DataStamp == dataStamp && entry.SchemaKey == schemaKey)
        {
            return existing;
        }

        var load = Task.Run(() => Load(config, schema));
        _entries[configPath] = entry with { DataStamp = dataStamp, SchemaKey = schemaKey, Load = load };
        return load;
    }

    private static WorkspaceConfig Read(string configPath)
    {
        try
        {
            return WorkspaceConfig.Parse(configPath, File.ReadAllText(configPath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new WorkspaceConfig(configPath, null, null, WorkspaceConfig.DefaultMaxRows, [new ConfigProblem(0, 0, ConfigProblem.InvalidJson, $"{WorkspaceConfig.FileName} cannot be read: {e.Message}", IsError: true)]);
        }
    }

    private SampleState Load(WorkspaceConfig config, SchemaModel schema)
    {
        var dataPath = config.SampleData!;
        var display = Path.GetRelativePath(Path.GetDirectoryName(config.Path) ?? ".", dataPath).Replace('\\', '/');
        var text = SafeRead(config.Path);
        ConfigProblem Problem(string code, string message) => ConfigProblem.Error(text, "sampleData", code, message);
        ConfigProblem? problem = null;
        SampleState state;
        try
        {
            if (!Directory.Exists(dataPath) && !File.Exists(dataPath))
            {
                throw new DataLoadException($"The sample data \"{display}\" does not exist (a data folder or a manifest, docs/data-format.md).");
            }

            var options = new LoadOptions { Progress = new RowLimit(config.MaxRows), ProgressInterval = RowLimit.Interval };
            var result = DataSetLoader.Load(schema, Directory.Exists(dataPath) ? DataSource.Folder(dataPath) : DataSource.Manifest(dataPath), options);
            var asOf = config.AsOf ?? DateTime.UtcNow.Date;
            log.Info($"Sample data {dataPath}: {result.RecordCount} records, {result.EventCount} events, {result.IssueCount} problems.");
            state = new SampleState(SampleStatus.Ready, new SampleDataSet(result, asOf, display));
        }
        catch (SampleTooLargeException e)
        {
            problem = Problem(ConfigProblem.DataTooLarge, e.Message);
            state = new SampleState(SampleStatus.Failed, Message: e.Message);
        }
        catch (Exception e) when (e is DataLoadException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            problem = Problem(ConfigProblem.DataUnreadable, $"The sample data cannot be loaded: {e.Message}");
            state = new SampleState(SampleStatus.Failed, Message: problem.Message);
        }

        publish(config.Path, problem is null ? config.Problems : [.. config.Problems, problem]);
        return state;
    }

    private static string SafeRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private sealed record Entry(string ConfigStamp, WorkspaceConfig Config, string? DataStamp, string? SchemaKey, Task<SampleState>? Load);
}
