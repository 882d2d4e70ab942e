using System.Text.RegularExpressions;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Workspace;
using ScoreLang.Semantics;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/prepareRename</c> and <c>textDocument/rename</c>: renames a score, group, list, record type, event
/// type, property or attribute everywhere it is written (see <see cref="ReferenceFinder"/>). Refuses names that are
/// not identifiers and names already taken by a symbol of the same kind.
/// </summary>
internal sealed partial class RenameHandler(DocumentRequests requests, ReferenceFinder finder)
{
    [JsonRpcMethod(Methods.TextDocumentPrepareRename, UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> PrepareRenameAsync(PrepareRenameParams request, CancellationToken cancellationToken) =>
        requests.RunAsync(
            request?.TextDocument,
            context => request?.Position is { } position && Renameable(context, position) is { } reference
                ? new PrepareRenameResult(LspPositions.ToRange(context.Text, reference.Span), reference.Symbol.Name)
                : null,
            cancellationToken);

    [JsonRpcMethod(Methods.TextDocumentRename, UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> RenameAsync(RenameParams request, CancellationToken cancellationToken) =>
        requests.RunAsync(
            request?.TextDocument,
            context => request?.Position is { } position ? Compute(context, position, request.NewName) : null,
            cancellationToken);

    private WorkspaceEdit? Compute(DocumentContext context, Position position, string? newName)
    {
        if (Renameable(context, position) is not { } reference || context.Analysis.Model is not { } model)
        {
            return null;
        }

        if (newName is null || !Identifier().IsMatch(newName))
        {
            throw Refuse($"'{newName}' is not a valid name: use letters, digits and '_', not starting with a digit.");
        }

        if (newName != reference.Symbol.Name && IsTaken(reference.Symbol, newName, model.Compilation.Program))
        {
            throw Refuse($"'{newName}' is already the name of another {KindName(reference.Symbol)}.");
        }

        var changes = finder.Find(context.Analysis, reference.Symbol, context.Snapshot, context.CancellationToken)
            .GroupBy(r => r.Path, StringComparer.Ordinal)
            .ToDictionary(
                g => context.UriOf(g.Key),
                g => (IReadOnlyList<TextEdit>)[.. g.Select(r => new TextEdit(LspPositions.ToRange(r.Source, r.Span), newName))]);
        return new WorkspaceEdit(changes);
    }

    private static SymbolReference? Renameable(DocumentContext context, Position position) =>
        context.Analysis.Model?.SymbolAt(LspPositions.ToOffset(context.Text, position)) is { } reference
        && reference.Symbol.Location is not null
        && reference.Span.Length > 0
            ? reference
            : null;

    private static bool IsTaken(Symbol symbol, string name, BoundProgram program) => symbol switch
    {
        RecordTypeSymbol or EventTypeSymbol or ListSymbol => program.Schema.Records.ContainsKey(name) || program.Schema.Events.ContainsKey(name) || program.Schema.Lists.ContainsKey(name),
        ScoreSymbol => program.FindScore(name) is not null,
        GroupSymbol group => program.Scores.FirstOrDefault(s => s.Groups.Contains(group))?.FindGroup(name) is not null,
        PropertySymbol property => program.Schema.Records.GetValueOrDefault(property.OwnerName)?.FindProperty(name) is not null
            || program.Schema.Events.GetValueOrDefault(property.OwnerName)?.FindAttribute(name) is not null,
        _ => false,
    };

    private static string KindName(Symbol symbol) => symbol switch
    {
        RecordTypeSymbol or EventTypeSymbol or ListSymbol => "record type, event type or list",
        ScoreSymbol => "score",
        GroupSymbol => "group of this score",
        _ => "property or attribute of the same owner",
    };

    private static LocalRpcException Refuse(string message) => new(message) { ErrorCode = LSPErrorCodes.RequestFailed };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}
