using ScoreLang.Syntax;

namespace ScoreLang.Formatting;

/// <summary>
/// Prints a score and its members, one per line: <c>kind</c>, <c>limit</c>, <c>floor</c>, <c>output { ... }</c>,
/// <c>include</c>/<c>exclude</c> (S20), groups with one rule per line (S9), thresholds with one band per line
/// (S23, S24), tests, and a predictive score's model and end stage (S30).
/// </summary>
internal sealed class ScorePrinter(FormatWriter w, ExpressionPrinter expressions, RulePrinter rules, BlockPrinter blocks, TestPrinter tests)
{
    public void Score(ScoreDeclarationSyntax score)
    {
        w.Word("score");
        w.Name(score.Name);
        w.Word("for");
        w.Name(score.RecordType);
        if (score.Title is not null)
        {
            w.String(score.Title);
        }

        blocks.Block(score.Members, Member);
    }

    private void Member(ScoreMemberSyntax member)
    {
        switch (member)
        {
            case KindClauseSyntax kind:
                w.Word("kind");
                w.Name(kind.Kind);
                break;
            case LimitClauseSyntax:
                w.Word("limit");
                w.Number();
                break;
            case FloorClauseSyntax floor:
                w.Word("floor");
                if (floor.IsNone)
                {
                    w.Word("none");
                }
                else
                {
                    w.Number();
                }

                break;
            case OutputClauseSyntax output:
                // S22: the names of the properties the score writes.
                w.Word("output");
                blocks.InlineList(output.Bindings, OutputBinding);
                break;
            case FilterClauseSyntax filter:
                Filter(filter);
                break;
            case GroupDeclarationSyntax group:
                Group(group);
                break;
            case ThresholdsSyntax thresholds:
                w.Word("thresholds");
                if (thresholds.Part is not null)
                {
                    w.Name(thresholds.Part);
                }

                blocks.Block(thresholds.Bands, Band);
                break;
            case TestDeclarationSyntax test:
                tests.Test(test);
                break;
            case ModelClauseSyntax model:
                // S30: the model file and its hash stay on one line, as learn writes them.
                w.Word("model");
                w.String(model.Path);
                if (model.Hash is not null)
                {
                    w.Word("sha256");
                    w.String(model.Hash);
                }

                break;
            case ClosedClauseSyntax closed:
                w.Word("closed");
                w.Word("when");
                expressions.Print(closed.Condition);
                break;
            default:
                throw new FormatterException($"Cannot print {member.GetType().Name}.");
        }
    }

    private void OutputBinding(OutputBindingSyntax binding, bool spaceBefore)
    {
        w.Name(binding.Slot, spaceBefore);
        w.Punct(TokenKind.Colon, ":");
        w.Name(binding.PropertyName);
    }

    private void Filter(FilterClauseSyntax filter)
    {
        w.Word(filter.IsExclude ? "exclude" : "include");
        if (filter.ListName is not null)
        {
            w.Word("list");
            w.Name(filter.ListName);
        }
        else
        {
            w.Word("when");
            expressions.Print(filter.Condition!);
        }
    }

    private void Group(GroupDeclarationSyntax group)
    {
        if (group.Part is not null)
        {
            // S7: a combined score says which part each group feeds.
            w.Name(group.Part);
        }

        w.Word("group");
        w.Name(group.Name);
        if (group.Title is not null)
        {
            w.String(group.Title);
        }

        if (group.Limit is not null)
        {
            rules.Limit(group.Limit);
        }

        if (group.Decay is not null)
        {
            rules.Decay(group.Decay);
        }

        blocks.Block(group.Rules, rules.Print);
    }

    /// <summary>A band label is printed as written (a name, a string, or a number kept verbatim: it is a label).</summary>
    private void Band(BandSyntax band)
    {
        var label = w.Peek();
        switch (label.Kind)
        {
            case TokenKind.String:
                w.Any(LiteralText.String((string?)label.Value ?? band.Label));
                break;
            case TokenKind.Identifier or TokenKind.Number:
                w.Any(label.Text);
                break;
            default:
                throw new FormatterException($"A band label cannot be '{label.Text}'.");
        }

        rules.Range(band.Range);
    }
}
