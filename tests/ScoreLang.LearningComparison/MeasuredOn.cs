using System.Globalization;
using System.Runtime.InteropServices;

namespace ScoreLang.LearningComparison;

/// <summary>
/// When and on what the figures were measured, written under the table: the machine is shared (2 cores), so a learn
/// time means little without the load it was measured under.
/// </summary>
internal static class MeasuredOn
{
    public static string Describe()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : null;
        return string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({RuntimeInformation.OSArchitecture}, {RuntimeInformation.FrameworkDescription}{(load is null ? "" : $", load average {load}")})");
    }
}
