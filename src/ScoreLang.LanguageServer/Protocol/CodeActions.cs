using System.Text.Json;

namespace ScoreLang.LanguageServer.Protocol;

// "Code Action Request", "Code Lens Request" and "Execute a command".

internal static class CodeActionKind
{
    public const string QuickFix = "quickfix";
}

internal enum CodeActionTriggerKind
{
    Invoked = 1,
    Automatic = 2,
}

internal sealed record CodeActionContext(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string>? Only = null,
    CodeActionTriggerKind? TriggerKind = null);

internal sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

internal sealed record CodeActionOptions(IReadOnlyList<string>? CodeActionKinds = null, bool? ResolveProvider = null);

internal sealed record CodeAction(
    string Title,
    string? Kind = null,
    IReadOnlyList<Diagnostic>? Diagnostics = null,
    bool? IsPreferred = null,
    WorkspaceEdit? Edit = null,
    Command? Command = null);

internal sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

internal sealed record CodeLensOptions(bool? ResolveProvider = null);

/// <summary>A command shown above a line; <see cref="Command"/> is always resolved up front here.</summary>
internal sealed record CodeLens(Range Range, Command? Command = null, JsonElement? Data = null);

internal sealed record ExecuteCommandOptions(IReadOnlyList<string> Commands);

internal sealed record ExecuteCommandParams(
    [property: System.Text.Json.Serialization.JsonPropertyName("command")] string Command,
    IReadOnlyList<JsonElement>? Arguments = null);
