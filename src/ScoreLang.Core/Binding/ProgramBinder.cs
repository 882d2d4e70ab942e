using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Binds a whole compilation: the schema of every file, then every score, then the checks that span scores
/// (score names, and output property names unique per record type, S22).
/// </summary>
internal static class ProgramBinder
{
    /// <param name="trees">Every file, imported files before the files importing them.</param>
    public static (BoundProgram Program, BindingContext Context) Bind(IReadOnlyList<SyntaxTree> trees)
    {
        var context = new BindingContext();
        var schema = new SchemaBinder(context).Bind(trees);
        var scores = ImmutableArray.CreateBuilder<ScoreSymbol>();
        var predictive = ImmutableArray.CreateBuilder<PredictiveScoreSymbol>();
        var outputs = new List<OutputName>();
        var declared = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            foreach (var syntax in tree.Root.Declarations.OfType<ScoreDeclarationSyntax>())
            {
                var name = syntax.Name;
                var isDuplicate = !name.IsMissing && declared.ContainsKey(name.Text);
                if (isDuplicate)
                {
                    context.ReportDuplicate(tree, name, "Score", declared[name.Text]);
                }
                else if (!name.IsMissing)
                {
                    declared[name.Text] = BindingContext.Location(tree, name.Span);
                    context.Declare(tree, name, SymbolKey.Score(name.Text));
                }

                if (ScoreBinder.IsPredictive(syntax))
                {
                    // S30: a predictive score has a model instead of rules; it is kept apart from the scores the compiler runs.
                    var recordType = new ScoreBinder(context, schema).BindRecordType(tree, syntax.RecordType);
                    var (model, modelNames) = new PredictiveScoreBinder(context, schema).Bind(tree, syntax, recordType);
                    if (!isDuplicate && !name.IsMissing)
                    {
                        predictive.Add(model);
                        outputs.AddRange(modelNames);
                    }

                    continue;
                }

                var (score, names) = new ScoreBinder(context, schema).Bind(tree, syntax);
                if (!isDuplicate && !name.IsMissing)
                {
                    scores.Add(score);
                    outputs.AddRange(names);
                }
            }
        }

        CheckOutputNames(context, outputs);
        return (new BoundProgram(schema, scores.ToImmutable()) { Predictive = predictive.ToImmutable() }, context);
    }

    private static void CheckOutputNames(BindingContext context, List<OutputName> outputs)
    {
        foreach (var group in outputs.GroupBy(o => (o.RecordTypeName, o.PropertyName)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var later in group.Skip(1))
            {
                var writer = later.ScoreName == first.ScoreName ? "another output of this score" : $"score '{first.ScoreName}'";
                context.Add(Diagnostic.Create(DiagnosticCatalog.DuplicateOutputName, BindingContext.Location(later.Tree, later.Span), later.PropertyName, later.RecordTypeName, writer)
                    .WithRelated(BindingContext.Location(first.Tree, first.Span), $"'{first.PropertyName}' is first written here."));
            }
        }
    }
}
