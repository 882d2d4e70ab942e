using System.CommandLine;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Formatting;
using ScoreLang.Syntax;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang fmt &lt;paths&gt; [--check]</c>: rewrites score and schema files in the canonical layout (atomically), or with
/// <c>--check</c> only lists the files that are not formatted and exits 1 (for CI). Files with syntax errors are never
/// rewritten: they are reported and make the command fail.
/// </summary>
internal static class FmtCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var check = new Option<bool>("--check") { Description = "Do not write: list unformatted files and exit 1 if there are any." };
        var command = new Command("fmt", "Format score and schema files.") { paths, check };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(check), Console.Out));
        return command;
    }

    public static int Run(string[] paths, bool checkOnly, TextWriter output)
    {
        var files = InputFiles.Expand(paths);
        int changed = 0, skipped = 0;
        foreach (var file in files)
        {
            var source = FileSourceResolver.Read(file);
            var result = ScoreFormatter.Format(SyntaxTree.Parse(source));
            if (result.Skipped)
            {
                skipped++;
                output.WriteLine($"{source.Path}: not formatted: {result.Message}");
                continue;
            }

            if (!result.Changed)
            {
                continue;
            }

            changed++;
            if (checkOnly)
            {
                output.WriteLine($"{source.Path}: not formatted");
            }
            else
            {
                AtomicFile.WriteAllText(file, result.Text);
                output.WriteLine($"{source.Path}: formatted");
            }
        }

        var verb = checkOnly ? "need formatting" : "formatted";
        output.WriteLine($"{files.Count} file(s): {changed} {verb}, {skipped} skipped because of errors.");
        return skipped > 0 || (checkOnly && changed > 0) ? ExitCodes.Failed : ExitCodes.Success;
    }
}
