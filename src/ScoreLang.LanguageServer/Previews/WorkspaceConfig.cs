using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace ScoreLang.LanguageServer.Previews;

/// <summary>
/// A <c>scorelang.json</c> next to the score files (docs/editors.md, "Sample data in hovers"):
/// <c>{ "sampleData": "data", "asOf": "2024-07-01", "maxRows": 100000 }</c>. <see cref="SampleData"/> is a data folder
/// or manifest (docs/data-format.md), relative to the config's folder; <see cref="AsOf"/> the evaluation date of the
/// previews (today when absent). Parsing never throws: every problem is a <see cref="ConfigProblem"/> with a position,
/// published as a diagnostic on the config file.
/// </summary>
internal sealed record WorkspaceConfig(string Path, string? SampleData, DateTime? AsOf, int MaxRows, ImmutableArray<ConfigProblem> Problems)
{
    public const string FileName = "scorelang.json";

    /// <summary>Rows (records, events and list members together) read at most, so previews stay quick and small.</summary>
    public const int DefaultMaxRows = 100_000;

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public bool HasErrors => Problems.Any(p => p.IsError);

    /// <summary>The nearest <c>scorelang.json</c> in the folder of <paramref name="documentPath"/> or above it, or null.</summary>
    public static string? Find(string documentPath)
    {
        for (var folder = System.IO.Path.GetDirectoryName(documentPath); !string.IsNullOrEmpty(folder); folder = System.IO.Path.GetDirectoryName(folder))
        {
            var candidate = System.IO.Path.Combine(folder, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static WorkspaceConfig Parse(string path, string text)
    {
        var problems = ImmutableArray.CreateBuilder<ConfigProblem>();
        string? sampleData = null;
        DateTime? asOf = null;
        var maxRows = DefaultMaxRows;
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(ConfigProblem.Error(text, null, ConfigProblem.InvalidJson, $"{FileName} must hold one JSON object, such as {{ \"sampleData\": \"data\" }}."));
            }
            else
            {
                foreach (var setting in document.RootElement.EnumerateObject())
                {
                    switch (setting.Name)
                    {
                        case "sampleData" when setting.Value.ValueKind == JsonValueKind.String && setting.Value.GetString() is { Length: > 0 } value:
                            sampleData = System.IO.Path.GetFullPath(value, System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".");
                            break;
                        case "sampleData":
                            problems.Add(ConfigProblem.Error(text, setting.Name, ConfigProblem.InvalidSetting, "\"sampleData\" must be the path of a data folder or manifest (docs/data-format.md), relative to this file."));
                            break;
                        case "asOf" when setting.Value.ValueKind == JsonValueKind.String && ParseDate(setting.Value.GetString()) is { } date:
                            asOf = date;
                            break;
                        case "asOf":
                            problems.Add(ConfigProblem.Error(text, setting.Name, ConfigProblem.InvalidSetting, "\"asOf\" must be a date such as \"2024-07-01\" (or a UTC date and time such as \"2024-07-01T12:00:00Z\")."));
                            break;
                        case "maxRows" when setting.Value.ValueKind == JsonValueKind.Number && setting.Value.TryGetInt32(out var rows) && rows > 0:
                            maxRows = rows;
                            break;
                        case "maxRows":
                            problems.Add(ConfigProblem.Error(text, setting.Name, ConfigProblem.InvalidSetting, "\"maxRows\" must be a positive whole number (the most rows the previews read)."));
                            break;
                        default:
                            problems.Add(ConfigProblem.Warning(text, setting.Name, ConfigProblem.UnknownSetting, $"Unknown setting \"{setting.Name}\": {FileName} knows \"sampleData\", \"asOf\" and \"maxRows\"."));
                            break;
                    }
                }
            }
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0);
            var column = (int)(e.BytePositionInLine ?? 0);
            problems.Add(new ConfigProblem(line, column, ConfigProblem.InvalidJson, $"{FileName} is not valid JSON: {FirstSentence(e.Message)}", IsError: true));
        }

        return new WorkspaceConfig(path, sampleData, asOf, maxRows, problems.ToImmutable());
    }

    private static DateTime? ParseDate(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : null;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" Path:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
