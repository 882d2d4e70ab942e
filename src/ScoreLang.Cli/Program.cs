using System.CommandLine;
using ScoreLang.Cli.Commands;
using ScoreLang.Cli.Infrastructure;

namespace ScoreLang.Cli;

/// <summary>
/// The <c>scorelang</c> command-line tool. Every failure reaches the user as one clear line and an exit code
/// (<see cref="ExitCodes"/>); a stack trace is only printed with <c>--verbose</c> or SCORELANG_DEBUG=1.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var root = new RootCommand("ScoreLang: lead scoring as code. Check, format, test, compile and run .score files.");
        root.Options.Add(new Option<bool>("--verbose") { Description = "On an error, also print its details (a stack trace) for a bug report.", Recursive = true });
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(TestCommand.Create());
        root.Subcommands.Add(FmtCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(CompileCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(HistoryCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(LearnCommand.Create());
        root.Subcommands.Add(SqlCommand.Create());
        root.Subcommands.Add(LspCommand.Create());
        try
        {
            return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UserErrorException e)
        {
            Console.Error.WriteLine($"scorelang: {e.Message}");
            if (Verbose(args) && e.InnerException is not null)
            {
                Console.Error.WriteLine(e.InnerException);
            }

            return ExitCodes.UsageError;
        }
#pragma warning disable CA1031 // The last line of defence: no stack trace in front of a user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"scorelang: internal error: {e.Message}");
            Console.Error.WriteLine("This is a bug in ScoreLang. Run again with --verbose for details and report it.");
            if (Verbose(args))
            {
                Console.Error.WriteLine(e);
            }

            return ExitCodes.InternalError;
        }
    }

    private static bool Verbose(string[] args) =>
        args.Contains("--verbose", StringComparer.Ordinal) || Environment.GetEnvironmentVariable("SCORELANG_DEBUG") == "1";
}
