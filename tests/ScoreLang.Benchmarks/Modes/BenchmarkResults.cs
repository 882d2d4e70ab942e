using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ScoreLang.Benchmarks.Modes;

/// <summary>One benchmark's result from BenchmarkDotNet's full JSON report (times in nanoseconds).</summary>
internal sealed record BenchmarkResult(string Type, string Method, string Size, double? MeanNs, double? StdDevNs, double? AllocatedBytes);

/// <summary>What a full run left in its artifacts folder, read back for <see cref="ReportMode"/>.</summary>
internal sealed partial class BenchmarkResults
{
    private BenchmarkResults(string artifacts)
    {
        var reports = Directory.Exists(Path.Combine(artifacts, "results"))
            ? Directory.GetFiles(Path.Combine(artifacts, "results"), "*-report-full.json").Order(StringComparer.Ordinal).ToArray()
            : [];
        foreach (var report in reports)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(report));
            var root = document.RootElement;
            if (root.TryGetProperty("HostEnvironmentInfo", out var host))
            {
                Host = host.Clone();
            }

            foreach (var benchmark in root.GetProperty("Benchmarks").EnumerateArray())
            {
                var parameters = benchmark.TryGetProperty("Parameters", out var p) ? p.GetString() ?? "" : "";
                var size = parameters.StartsWith("Size=", StringComparison.Ordinal) ? parameters["Size=".Length..] : "";
                var statistics = benchmark.TryGetProperty("Statistics", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
                var memory = benchmark.TryGetProperty("Memory", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
                Results.Add(new BenchmarkResult(
                    benchmark.GetProperty("Type").GetString() ?? "",
                    benchmark.GetProperty("Method").GetString() ?? "",
                    size,
                    Number(statistics, "Mean"),
                    Number(statistics, "StandardDeviation"),
                    Number(memory, "BytesAllocatedPerOperation")));
            }
        }

        var log = Path.Combine(artifacts, "benchmarks.log");
        if (File.Exists(log))
        {
            foreach (Match match in WorkloadLine().Matches(File.ReadAllText(log)))
            {
                Workloads[match.Groups[1].Value] = (
                    long.Parse(match.Groups[2].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture),
                    long.Parse(match.Groups[3].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture));
            }
        }

        var figure = Path.Combine(artifacts, "figure.json");
        Figure = File.Exists(figure) ? JsonSerializer.Deserialize(File.ReadAllText(figure), FigureJson.Default.Figure) : null;
        var cold = Path.Combine(artifacts, "cold-compile.txt");
        if (File.Exists(cold))
        {
            foreach (var line in File.ReadAllLines(cold))
            {
                var parts = line.Split(' ');
                if (parts.Length == 2 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
                {
                    (parts[0] == "cold-compile-ms" ? ColdCompileMs : WarmCompileMs).Add(ms);
                }
            }
        }

        var environment = Path.Combine(artifacts, "environment.txt");
        if (File.Exists(environment))
        {
            foreach (var line in File.ReadAllLines(environment))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0)
                {
                    Environment[line[..space]] = line[(space + 1)..];
                }
            }
        }
    }

    public List<BenchmarkResult> Results { get; } = [];

    public JsonElement? Host { get; }

    /// <summary>Contacts and events of each size, from the run's log.</summary>
    public Dictionary<string, (long Contacts, long Events)> Workloads { get; } = new(StringComparer.Ordinal);

    public Figure? Figure { get; }

    public List<double> ColdCompileMs { get; } = [];

    public List<double> WarmCompileMs { get; } = [];

    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public static BenchmarkResults Read(string artifacts) => new(artifacts);

    public BenchmarkResult? Find(string type, string method, string size = "") =>
        Results.FirstOrDefault(r => r.Type == type && r.Method == method && (size.Length == 0 || r.Size == size));

    public string HostValue(string name) =>
        Host is { } host && host.TryGetProperty(name, out var value) ? value.ToString() : "?";

    private static double? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : null;

    [GeneratedRegex(@"# workload (\S+): ([\d,]+) contacts, ([\d,]+) events")]
    private static partial Regex WorkloadLine();
}
