using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Binding;

/// <summary>
/// Binds a <c>kind predictive</c> score (S30): its model clause (required, with the hash), its end-stage condition,
/// its filters (S20) and its two outputs, probability and priority (S22). Members that only make sense for scores with
/// rules (groups, limits, thresholds, tests, the other output slots) are reported (SL2023) rather than ignored, so a
/// reader never believes they change anything.
/// </summary>
internal sealed class PredictiveScoreBinder(BindingContext context, SchemaModel schema)
{
    public (PredictiveScoreSymbol Score, List<OutputName> Outputs) Bind(SyntaxTree tree, ScoreDeclarationSyntax syntax, string recordTypeName)
    {
        var name = syntax.Name.Text;
        var header = new ScoreHeader(name, recordTypeName, ScoreKind.Fit, null, false);
        foreach (var member in syntax.Members)
        {
            if (Misplaced(member) is { } word)
            {
                context.Report(DiagnosticCatalog.NotInPredictiveScore, tree, new TextSpan(member.Span.Start, Math.Min(word.Length, member.Span.Length)), word, name);
            }
        }

        var models = syntax.Members.OfType<ModelClauseSyntax>().ToList();
        var closedClauses = syntax.Members.OfType<ClosedClauseSyntax>().ToList();
        var extras = syntax.Members.OfType<KindClauseSyntax>().Skip(1).Select(k => (Clause: (ScoreMemberSyntax)k, Keyword: "kind"))
            .Concat(models.Skip(1).Select(m => (Clause: (ScoreMemberSyntax)m, Keyword: "model")))
            .Concat(closedClauses.Skip(1).Select(c => (Clause: (ScoreMemberSyntax)c, Keyword: "closed")));
        foreach (var (extra, keyword) in extras)
        {
            context.Report(DiagnosticCatalog.DuplicateClause, tree, new TextSpan(extra.Span.Start, keyword.Length), keyword, name);
        }

        var model = models.FirstOrDefault();
        if ((model is null || model.Hash is null) && !syntax.Name.IsMissing)
        {
            context.Report(DiagnosticCatalog.PredictiveWithoutModel, tree, model?.Span ?? syntax.Name.Span, name);
        }

        var scope = ExpressionScope.ForRecord(tree, schema, recordTypeName);
        var closed = closedClauses.FirstOrDefault() is { } clause ? new ExpressionBinder(context, scope).BindCondition(clause.Condition) : null;
        var scoreBinder = new ScoreBinder(context, schema);
        var filters = syntax.Members.OfType<FilterClauseSyntax>().Select(f => scoreBinder.BindFilter(tree, header, f)).OfType<BoundFilter>().ToList();
        var (outputs, names) = BindOutputs(tree, syntax, recordTypeName);
        var score = new PredictiveScoreSymbol(
            name, syntax.Title?.Value, recordTypeName, outputs, model?.Path.Value ?? string.Empty, model?.Hash?.Value,
            BindingContext.Location(tree, model?.Path.Span ?? syntax.Name.Span), closed, [.. filters], BindingContext.Location(tree, syntax.Name.Span));
        return (score, names);
    }

    /// <summary>The keyword of a member a predictive score cannot have, or null.</summary>
    private static string? Misplaced(ScoreMemberSyntax member) => member switch
    {
        LimitClauseSyntax => "limit",
        FloorClauseSyntax => "floor",
        GroupDeclarationSyntax => "group",
        ThresholdsSyntax => "thresholds",
        TestDeclarationSyntax => "test",
        _ => null,
    };

    /// <summary><c>output { probability: p, priority: q }</c>; defaults: the score's name and <c>{name}_priority</c>.</summary>
    private (ScoreOutputs Outputs, List<OutputName> Names) BindOutputs(SyntaxTree tree, ScoreDeclarationSyntax syntax, string recordTypeName)
    {
        var given = new Dictionary<string, IdentifierSyntax>(StringComparer.Ordinal);
        foreach (var binding in syntax.Members.OfType<OutputClauseSyntax>().SelectMany(o => o.Bindings))
        {
            var slot = binding.Slot;
            if (slot.IsMissing || binding.PropertyName.IsMissing)
            {
                continue;
            }

            if (slot.Text is not ("probability" or "priority"))
            {
                if (SyntaxFacts.OutputSlots.Contains(slot.Text))
                {
                    context.Report(DiagnosticCatalog.NotInPredictiveScore, tree, slot.Span, slot.Text, syntax.Name.Text);
                }
                else
                {
                    context.ReportUnknown(tree, slot, "an output slot of a predictive score", ["probability", "priority"], "The slots are probability and priority.");
                }

                continue;
            }

            if (!given.TryAdd(slot.Text, binding.PropertyName))
            {
                context.ReportDuplicate(tree, slot, "Output slot", BindingContext.Location(tree, given[slot.Text].Span));
            }
        }

        var names = new List<OutputName>();
        string Resolve(string slot, string fallback)
        {
            var written = given.GetValueOrDefault(slot);
            names.Add(new OutputName(recordTypeName, written?.Text ?? fallback, syntax.Name.Text, tree, written?.Span ?? syntax.Name.Span));
            return written?.Text ?? fallback;
        }

        var name = syntax.Name.Text;
        return (new ScoreOutputs(Resolve("probability", name), Resolve("priority", name + "_priority"), null, null), names);
    }
}
