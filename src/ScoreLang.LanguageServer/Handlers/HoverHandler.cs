using ScoreLang.LanguageServer.Hovers;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.LanguageServer.Previews;
using ScoreLang.LanguageServer.Workspace;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using StreamJsonRpc;

namespace ScoreLang.LanguageServer.Handlers;

/// <summary>
/// <c>textDocument/hover</c>: the previews. On a rule, its points, conditions and decay schedule (followed by what the
/// name under the caret is, an event type or a property); on a group, score, list, record type, event type, property
/// or attribute, its description; anywhere else in a predictive score, its model file and inputs (S30); on a test, its
/// last result.
/// </summary>
internal sealed class HoverHandler(DocumentRequests requests, SampleDataService samples)
{
    /// <summary>How long a hover waits for sample data that is still loading before it answers with a note.</summary>
    private static readonly TimeSpan SampleWait = TimeSpan.FromSeconds(1.5);

    /// <summary>How long a hover may spend scoring the sample records (they are few: "maxRows").</summary>
    private static readonly TimeSpan ScoringBudget = TimeSpan.FromSeconds(1);

    /// <summary>Model files' hashes and manifests for the predictive hover, kept while the files are unchanged.</summary>
    private readonly ModelFileCache _models = new();

    [JsonRpcMethod(Methods.TextDocumentHover, UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> HoverAsync(HoverParams request, CancellationToken cancellationToken) =>
        requests.RunAsync(
            request?.TextDocument,
            context => request?.Position is { } position ? Compute(context, position) : null,
            cancellationToken);

    private Hover? Compute(DocumentContext context, Position position)
    {
        if (context.Analysis.Model is not { } model || context.Analysis.Tree is not { } tree)
        {
            return null;
        }

        var offset = LspPositions.ToOffset(context.Text, position);
        var program = model.Compilation.Program;
        var reference = model.SymbolAt(offset);
        var rule = model.RuleAt(offset);
        var parts = new List<string>();
        Text.TextSpan? span = reference?.Span;

        if (rule is not null && reference?.Symbol is not (GroupSymbol or ScoreSymbol))
        {
            var group = program.Scores.SelectMany(s => s.Groups).FirstOrDefault(g => g.Rules.Any(r => ReferenceEquals(r, rule)));
            var score = program.Scores.FirstOrDefault(s => group is not null && s.Groups.Any(g => ReferenceEquals(g, group)));
            parts.Add(RuleHover.Markdown(rule, score, group));
            span ??= rule.Location.Span;
        }

        if (reference is not null)
        {
            parts.Add(SymbolHover.Markdown(reference.Symbol, program));
            if (SampleSection(context, reference.Symbol, program) is { } sample)
            {
                parts.Add(sample);
            }
        }
        else if (rule is null && PredictiveAt(tree, program, offset) is { } predictive)
        {
            parts.Add(PredictiveHover.Markdown(predictive.Score, _models));
            span = predictive.Syntax.Name.Span;
        }
        else if (rule is null && TestAt(tree, offset) is { } test)
        {
            var result = context.Analysis.TestResults.FirstOrDefault(r => test.Span.ContainsOrTouches(r.Location.Span.Start));
            parts.Add(TestHover.Markdown(test.Name.Value, result, context.Analysis.HasErrors));
            span = test.Name.Span;
        }

        return parts.Count == 0
            ? null
            : new Hover(new MarkupContent(MarkupKind.Markdown, string.Join("\n---\n\n", parts)), span is { } s ? LspPositions.ToRange(context.Text, s) : null);
    }

    /// <summary>The sample-data preview of <paramref name="symbol"/> when the workspace configures sample data (or a note why not).</summary>
    private string? SampleSection(DocumentContext context, Symbol symbol, BoundProgram program)
    {
        if (symbol is not (ScoreSymbol or PropertySymbol or EventTypeSymbol or RecordTypeSymbol) || context.Analysis.HasErrors)
        {
            return null;
        }

        var state = samples.Lookup(context.Document.Path, program.Schema, SampleWait, context.CancellationToken);
        if (state.Status == SampleStatus.NotConfigured)
        {
            return null;
        }

        if (state.Data is not { } data)
        {
            return SampleHover.Note(state);
        }

        return symbol switch
        {
            ScoreSymbol score => SampleHover.Score(BandDistribution.Of(program, score, data, ScoringBudget, context.CancellationToken), score, data),
            PropertySymbol property => SampleHover.Property(property, data),
            EventTypeSymbol eventType => SampleHover.EventType(eventType, data),
            RecordTypeSymbol record => SampleHover.Record(record, data),
            _ => null,
        };
    }

    /// <summary>The predictive score (S30) whose declaration holds the caret, where no name under it has a hover of its own.</summary>
    private static (PredictiveScoreSymbol Score, ScoreDeclarationSyntax Syntax)? PredictiveAt(SyntaxTree tree, BoundProgram program, int offset) => tree.Root.Declarations
        .OfType<ScoreDeclarationSyntax>()
        .Where(s => s.Span.ContainsOrTouches(offset))
        .Select(s => program.FindPredictive(s.Name.Text) is { } score ? (score, s) : ((PredictiveScoreSymbol, ScoreDeclarationSyntax)?)null)
        .FirstOrDefault(p => p is not null);

    /// <summary>The innermost test declaration holding the caret.</summary>
    internal static TestDeclarationSyntax? TestAt(SyntaxTree tree, int offset) => tree.Root.Declarations
        .OfType<ScoreDeclarationSyntax>()
        .Where(s => s.Span.ContainsOrTouches(offset))
        .SelectMany(s => s.Members.OfType<TestDeclarationSyntax>())
        .FirstOrDefault(t => t.Span.ContainsOrTouches(offset));
}
