using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Binding;

/// <summary>
/// Binds <c>output { slot: name }</c> (S22): known slots, engagement/fit only on combined scores, and the defaults
/// (the score's name, <c>{name}_tier</c>, <c>{name}_engagement</c>, <c>{name}_fit</c>). Returns where each written
/// property name comes from so that the program binder can check they are unique per record type.
/// </summary>
internal sealed class OutputBinder(BindingContext context)
{
    public (ScoreOutputs Outputs, List<OutputName> Names) Bind(SyntaxTree tree, ScoreHeader score, IdentifierSyntax scoreName, OutputClauseSyntax? syntax)
    {
        var given = new Dictionary<string, IdentifierSyntax>(StringComparer.Ordinal);
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var binding in syntax?.Bindings ?? [])
        {
            var slot = binding.Slot;
            if (slot.IsMissing || binding.PropertyName.IsMissing)
            {
                continue;
            }

            if (!SyntaxFacts.OutputSlots.Contains(slot.Text))
            {
                context.ReportUnknown(tree, slot, "an output slot", SyntaxFacts.OutputSlots, "The slots are score, tier, engagement and fit.");
                continue;
            }

            if (seen.TryGetValue(slot.Text, out var first))
            {
                context.ReportDuplicate(tree, slot, "Output slot", first);
                continue;
            }

            seen[slot.Text] = BindingContext.Location(tree, slot.Span);
            if (slot.Text is "probability" or "priority")
            {
                context.Report(DiagnosticCatalog.OnlyInPredictiveScore, tree, slot.Span, slot.Text, score.Name, GroupBinder.KindText(score.Kind));
                continue;
            }

            if (slot.Text is "engagement" or "fit" && score.Kind != ScoreKind.Combined)
            {
                context.Report(DiagnosticCatalog.OutputSlotNotForKind, tree, slot.Span, slot.Text, score.Name, GroupBinder.KindText(score.Kind));
                continue;
            }

            given[slot.Text] = binding.PropertyName;
        }

        var names = new List<OutputName>();
        string Resolve(string slot, string fallback)
        {
            var written = given.GetValueOrDefault(slot);
            var value = written?.Text ?? fallback;
            names.Add(new OutputName(score.RecordTypeName, value, score.Name, tree, written?.Span ?? scoreName.Span));
            return value;
        }

        var combined = score.Kind == ScoreKind.Combined;
        var outputs = new ScoreOutputs(
            Resolve("score", score.Name),
            Resolve("tier", score.Name + "_tier"),
            combined ? Resolve("engagement", score.Name + "_engagement") : null,
            combined ? Resolve("fit", score.Name + "_fit") : null);
        return (outputs, names);
    }
}

/// <summary>A property name a score writes on records of a type, and where it is written (or the score's name for a default).</summary>
internal sealed record OutputName(string RecordTypeName, string PropertyName, string ScoreName, SyntaxTree Tree, TextSpan Span);
