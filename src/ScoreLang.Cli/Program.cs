using System.CommandLine;
using ScoreLang.Cli.Commands;
using ScoreLang.Cli.Infrastructure;

namespace ScoreLang.Cli;

/// <summary>
/// The <c>scorelang</c> command-line tool. Every failure reaches the user as one clear line and an exit code
/// (<see cref="ExitCodes"/>); a stack trace is only printed when SCORELANG_DEBUG=1.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("ScoreLang: lead scoring as code. Check, format, test, compile and run .score files.");
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(TestCommand.Create());
        root.Subcommands.Add(FmtCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(CompileCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(LspCommand.Create());
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserErrorException e)
        {
            Console.Error.WriteLine($"scorelang: {e.Message}");
            return ExitCodes.UsageError;
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace in front of a user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"scorelang: internal error: {e.Message}");
            Console.Error.WriteLine("This is a bug in ScoreLang. Run again with SCORELANG_DEBUG=1 for details and report it.");
            if (Environment.GetEnvironmentVariable("SCORELANG_DEBUG") == "1")
            {
                Console.Error.WriteLine(e);
            }

            return ExitCodes.UsageError;
        }
    }
}
