using System.CommandLine;
using ScoreLang.LanguageServer;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang lsp</c>: the language server over standard input and output (what the VS Code extension starts).
/// Nothing else may write to standard output while it runs: it carries the protocol.
/// </summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", "Run the ScoreLang language server over standard input/output (LSP).");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            return await LanguageServerHost.RunAsync(input, output, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
