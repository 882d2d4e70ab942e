using System.Collections.Immutable;
using ScoreLang.Syntax;
using CoreDiagnostic = ScoreLang.Diagnostics.Diagnostic;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// Everything the server knows about one open document at one snapshot: its syntax tree and its diagnostics (those of
/// the document itself; diagnostics in imported files belong to those files). Immutable and shared by every request
/// that sees the same inputs. <see cref="Inputs"/> maps each path that was read (the document itself and its imports)
/// to its stamp, so the workspace can tell whether the analysis still holds.
/// </summary>
internal sealed record DocumentAnalysis(
    OpenDocument Document,
    SyntaxTree? Tree,
    ImmutableArray<CoreDiagnostic> Diagnostics,
    ImmutableDictionary<string, long> Inputs)
{
    public bool IsCurrent(WorkspaceSnapshot snapshot) =>
        Inputs.All(input => snapshot.StampOf(input.Key) == input.Value);

    public bool DependsOn(string path) => Inputs.ContainsKey(path) && path != Document.Path;
}
