using System.CommandLine;
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

    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: text (compiler-style lines) or json.",
        DefaultValueFactory = _ => OutputFormat.Text,
    };
}
