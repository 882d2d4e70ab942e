using System.Collections.Immutable;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using CoreDiagnostic = ScoreLang.Diagnostics.Diagnostic;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// Everything the server knows about one open document at one snapshot: its syntax tree, its compilation (the
/// document with everything it imports) and its diagnostics (those located in the document; diagnostics in imported
/// files belong to those files). Immutable and shared by every request that sees the same inputs. <see cref="Inputs"/>
/// maps each path that was read (the document itself and its imports) to its stamp, so the workspace can tell whether
/// the analysis still holds. The in-file tests run once, on first demand (hover, code lens).
/// </summary>
internal sealed class DocumentAnalysis
{
    private readonly Lazy<ImmutableArray<TestResult>> _testResults;

    public DocumentAnalysis(
        OpenDocument document,
        SyntaxTree? tree,
        Compilation? compilation,
        ImmutableArray<CoreDiagnostic> diagnostics,
        ImmutableDictionary<string, long> inputs)
    {
        Document = document;
        Tree = tree;
        Compilation = compilation;
        Diagnostics = diagnostics;
        Inputs = inputs;
        Model = tree is not null && compilation is not null ? compilation.GetSemanticModel(tree) : null;
        _testResults = new Lazy<ImmutableArray<TestResult>>(RunTests);
    }

    public OpenDocument Document { get; }

    /// <summary>Null only when the front end failed on this text (logged).</summary>
    public SyntaxTree? Tree { get; }

    public Compilation? Compilation { get; }

    public SemanticModel? Model { get; }

    public ImmutableArray<CoreDiagnostic> Diagnostics { get; }

    public ImmutableDictionary<string, long> Inputs { get; }

    /// <summary>True when the document has errors: its tests are not run (their results would mislead).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == ScoreLang.Diagnostics.DiagnosticSeverity.Error);

    /// <summary>The scores declared in this document.</summary>
    public IEnumerable<ScoreSymbol> Scores => Compilation is null || Tree is null
        ? []
        : Compilation.Program.Scores.Where(s => s.Location is { } location && ReferenceEquals(location.Source, Tree.Source));

    /// <summary>The results of this document's in-file tests, empty when it has errors.</summary>
    public ImmutableArray<TestResult> TestResults => _testResults.Value;

    public bool IsCurrent(WorkspaceSnapshot snapshot) =>
        Inputs.All(input => snapshot.StampOf(input.Key) == input.Value);

    public bool DependsOn(string path) => Inputs.ContainsKey(path) && path != Document.Path;

    private ImmutableArray<TestResult> RunTests()
    {
        if (HasErrors || Compilation is null)
        {
            return [];
        }

        var runner = new TestRunner(Compilation.Program);
        return [.. Scores.SelectMany(score => runner.Run(score))];
    }
}
