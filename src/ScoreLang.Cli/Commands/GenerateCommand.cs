using System.CommandLine;
using System.Globalization;
using ScoreLang.Cli.Generation;
using ScoreLang.Cli.Infrastructure;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang generate &lt;schema-or-score&gt; --records N --events-per-record M --seed S --out DIR</c>: a deterministic
/// synthetic data set for the schema, in the layout <c>run</c> reads (docs/data-format.md).
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("schema") { Description = "A .schema or .score file whose schema the data follows." };
        var output = new Option<string>("--out") { Description = "The folder to write the data files to.", Required = true };
        var records = new Option<int>("--records") { Description = "Records per record type (a tenth for association targets such as companies).", DefaultValueFactory = _ => 1000 };
        var events = new Option<double>("--events-per-record") { Description = "Average number of events per record.", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same files.", DefaultValueFactory = _ => 42 };
        var from = new Option<string>("--from") { Description = "First date of the events (YYYY-MM-DD).", DefaultValueFactory = _ => "2024-01-01" };
        var to = new Option<string>("--to") { Description = "Last date of the events (YYYY-MM-DD).", DefaultValueFactory = _ => "2024-12-31" };
        var command = new Command("generate", "Write a deterministic synthetic data set for a schema.") { source, output, records, events, seed, from, to };
        command.SetAction(result =>
        {
            var options = new GenerationOptions(
                Positive(result.GetValue(records), "--records"),
                result.GetValue(events) >= 0 ? result.GetValue(events) : throw new UserErrorException("--events-per-record must be 0 or more."),
                result.GetValue(seed),
                ParseDate(result.GetValue(from)!, "--from"),
                ParseDate(result.GetValue(to)!, "--to").AddDays(1).AddTicks(-1));
            return Run(result.GetValue(source)!, result.GetValue(output)!, options, Console.Out);
        });
        return command;
    }

    public static int Run(string sourcePath, string outputDirectory, GenerationOptions options, TextWriter output)
    {
        var sources = SourceSet.Load([sourcePath]);
        if (sources.HasErrors)
        {
            DiagnosticPrinter.Print(Console.Error, sources.Diagnostics, OutputFormat.Text);
            return ExitCodes.Failed;
        }

        if (options.End <= options.Start)
        {
            throw new UserErrorException("--to must be after --from.");
        }

        var schema = sources.Compilations[0].Program.Schema;
        var summary = new SyntheticDataGenerator(schema, options).WriteTo(outputDirectory);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {summary.Records} records, {summary.Events} events and {summary.ListMemberships} list memberships to {outputDirectory}."));
        return ExitCodes.Success;
    }

    private static int Positive(int value, string name) =>
        value > 0 ? value : throw new UserErrorException($"{name} must be 1 or more.");

    internal static DateTime ParseDate(string text, string name) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : throw new UserErrorException($"{name} '{text}' is not a date: write YYYY-MM-DD.");
}
