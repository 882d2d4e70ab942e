using System.CommandLine;
using System.Globalization;
using ScoreLang.Cli.Infrastructure;

namespace ScoreLang.Cli.Commands;

/// <summary>Arguments and options shared by several commands, so they read and behave the same everywhere.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Score files, or folders searched for .score and .schema files.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<string> Data() => new("--data")
    {
        Description = "A data folder (contact.csv, events.csv, lists.csv ...) or a manifest (.json); see docs/data-format.md.",
        Required = true,
    };

    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "The evaluation time: YYYY-MM-DD (that day at 00:00 UTC, as in-file tests read 'as of') or an ISO date-time; default: now.",
    };

    public static Option<int> MaxErrors() => new("--max-errors")
    {
        Description = "Stop when more data rows than this are bad (0: any bad row stops the run).",
        DefaultValueFactory = _ => 100,
    };

    /// <summary>
    /// A date means its first instant (00:00 UTC), exactly as <c>as of</c> in an in-file test, so the CLI and the tests
    /// agree to the tick; an ISO date-time is taken as given (UTC unless it says otherwise); none means now.
    /// </summary>
    public static DateTime ParseAsOf(string? text)
    {
        if (text is null)
        {
            return DateTime.UtcNow;
        }

        if (text.Length == 10)
        {
            return GenerateCommand.ParseDate(text, "--as-of");
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? DateTime.SpecifyKind(time, DateTimeKind.Utc)
            : throw new UserErrorException($"--as-of '{text}' is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ.");
    }

    public static Option<bool> NoProgress() => new("--no-progress")
    {
        Description = "Do not show progress on standard error (it is shown only on long runs).",
    };

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: text (compiler-style lines) or json.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}
