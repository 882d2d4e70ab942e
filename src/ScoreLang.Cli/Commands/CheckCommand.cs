using System.CommandLine;
using ScoreLang.Cli.Infrastructure;

namespace ScoreLang.Cli.Commands;

/// <summary><c>scorelang check &lt;paths&gt; [--format text|json]</c>: parse and bind, print diagnostics, exit 1 on errors.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format();
        var command = new Command("check", "Check score and schema files and print their diagnostics.") { paths, format };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(format), Console.Out));
        return command;
    }

    public static int Run(string[] paths, OutputFormat format, TextWriter output)
    {
        var sources = SourceSet.Load(paths);
        var diagnostics = sources.Diagnostics;
        DiagnosticPrinter.Print(output, diagnostics, format);
        if (format == OutputFormat.Text)
        {
            output.WriteLine(DiagnosticPrinter.Summary(diagnostics, sources.Files.Count));
        }

        return sources.HasErrors ? ExitCodes.Failed : ExitCodes.Success;
    }
}
