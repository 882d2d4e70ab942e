using System.CommandLine;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Data.Writing;
using ScoreLang.Diagnostics;
using ScoreLang.Formatting;
using ScoreLang.Syntax;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang fmt &lt;paths&gt; [--check]</c>: rewrites score and schema files in the canonical layout, keeping every
/// comment. A file with syntax errors is never touched: its errors are printed and the exit code is 1. With
/// <c>--check</c> nothing is written and the exit code is 1 when a file would change (for CI).
/// </summary>
internal static class FmtCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var check = new Option<bool>("--check") { Description = "Write nothing; list the files that are not formatted and exit 1 if there are any." };
        var command = new Command("fmt", "Format score and schema files in place.") { paths, check };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(check), Console.Out));
        return command;
    }

    public static int Run(string[] paths, bool check, TextWriter output)
    {
        var files = InputFiles.Expand(paths);
        int changed = 0, broken = 0;
        foreach (var file in files)
        {
            var tree = SyntaxTree.Parse(File.ReadAllText(file), file);
            var result = ScoreFormatter.Format(tree);
            switch (result.Status)
            {
                case FormatStatus.Skipped when result.SkipReason == FormatSkipReason.SyntaxErrors:
                    broken++;
                    DiagnosticPrinter.Print(output, [.. tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)], OutputFormat.Text);
                    output.WriteLine($"{file}: not formatted: fix the syntax errors above first.");
                    break;
                case FormatStatus.Skipped:
                    broken++;
                    output.WriteLine($"{file}: {result.Message} Please report it; the file was left as it is.");
                    break;
                case FormatStatus.Changed:
                    changed++;
                    if (check)
                    {
                        output.WriteLine($"{file}: not formatted ({result.Changes.Length} change(s)).");
                    }
                    else
                    {
                        AtomicFile.WriteAllText(file, result.Text);
                        output.WriteLine($"{file}: formatted.");
                    }

                    break;
            }
        }

        var verb = check ? "would be reformatted" : "reformatted";
        output.WriteLine($"{files.Count} file(s): {changed} {verb}, {broken} not formatted because of errors.");
        return broken > 0 || (check && changed > 0) ? ExitCodes.Failed : ExitCodes.Success;
    }
}
