using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Binds the groups of a score (S9, S13): the part (required in combined scores, S7; otherwise it must match the
/// kind), the limit (absolute, or a share of the score limit, S33), the group decay (never on fit groups, S6) and the rules.
/// </summary>
internal sealed class GroupBinder(BindingContext context, SchemaModel schema)
{
    private static readonly string[] PartNames = ["fit", "engagement"];

    public ImmutableArray<GroupSymbol> Bind(SyntaxTree tree, ScoreHeader score, IEnumerable<GroupDeclarationSyntax> groups)
    {
        var result = ImmutableArray.CreateBuilder<GroupSymbol>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var rules = new RuleBinder(context, schema);
        foreach (var syntax in groups)
        {
            var part = BindPart(tree, score, syntax);
            var limit = BindLimit(tree, score, syntax.Limit);
            var decay = syntax.Decay is { } decaySyntax ? BindGroupDecay(tree, part, decaySyntax) : null;
            var scope = new GroupScope(score.Name, score.RecordTypeName, part, decay);
            var bound = syntax.Rules.Select(r => rules.Bind(tree, r, scope)).OfType<BoundRule>().ToImmutableArray();
            if (syntax.Rules.IsEmpty)
            {
                context.Report(DiagnosticCatalog.EmptyGroup, tree, syntax.Name.Span, syntax.Name.Text);
            }

            var name = syntax.Name;
            if (name.IsMissing)
            {
                continue;
            }

            var location = BindingContext.Location(tree, name.Span);
            if (seen.TryGetValue(name.Text, out var first))
            {
                context.ReportDuplicate(tree, name, "Group", first);
                continue;
            }

            seen[name.Text] = location;
            context.Declare(tree, name, SymbolKey.Group(score.Name, name.Text));
            result.Add(new GroupSymbol(name.Text, syntax.Title?.Value, part, limit, decay, bound, location));
        }

        return result.ToImmutable();
    }

    private ScorePart BindPart(SyntaxTree tree, ScoreHeader score, GroupDeclarationSyntax syntax)
    {
        var defaultPart = score.Kind == ScoreKind.Fit ? ScorePart.Fit : ScorePart.Engagement;
        if (syntax.Part is not { IsMissing: false } partSyntax)
        {
            if (score.Kind == ScoreKind.Combined)
            {
                var guess = syntax.Rules.All(r => r is PropertyRuleSyntax) ? "fit" : "engagement";
                var groupKeyword = tree.Tokens.LastOrDefault(t => t.Span.End <= syntax.Name.Span.Start && t.Text == "group");
                var diagnostic = Diagnostic.Create(DiagnosticCatalog.GroupPartRequired, BindingContext.Location(tree, groupKeyword?.Span ?? syntax.Name.Span), score.Name, syntax.Name.Text);
                context.Add(groupKeyword is null ? diagnostic : diagnostic.WithFix($"{guess} group"));
                return guess == "fit" ? ScorePart.Fit : ScorePart.Engagement;
            }

            return defaultPart;
        }

        ScorePart? part = partSyntax.Text switch { "fit" => ScorePart.Fit, "engagement" => ScorePart.Engagement, _ => null };
        if (part is null)
        {
            context.ReportUnknown(tree, partSyntax, "a group part", PartNames, "Write 'fit group' or 'engagement group'.");
            return defaultPart;
        }

        if (score.Kind != ScoreKind.Combined && part != defaultPart)
        {
            context.Report(DiagnosticCatalog.GroupPartMismatch, tree, partSyntax.Span, partSyntax.Text, KindText(score.Kind), score.Name);
        }

        return part.Value;
    }

    private double? BindLimit(SyntaxTree tree, ScoreHeader score, GroupLimitSyntax? syntax)
    {
        if (syntax is null)
        {
            return null;
        }

        var value = syntax.Value.Value;
        if (!syntax.IsPercent)
        {
            if (value <= 0)
            {
                context.Report(DiagnosticCatalog.LimitNotPositive, tree, syntax.Span, DecayBinder.Number(value));
                return null;
            }

            return value;
        }

        if (value is < 0 or > 100)
        {
            context.Report(DiagnosticCatalog.PercentOutOfRange, tree, syntax.Span, DecayBinder.Number(value));
            return null;
        }

        if (score.Limit is not { } scoreLimit)
        {
            context.Report(DiagnosticCatalog.PercentLimitWithoutScoreLimit, tree, syntax.Span, DecayBinder.Number(value), score.Name);
            return null;
        }

        return scoreLimit * value / 100;
    }

    private DecaySpec? BindGroupDecay(SyntaxTree tree, ScorePart part, DecaySyntax syntax)
    {
        var decay = DecayBinder.Bind(context, tree, syntax);
        if (part == ScorePart.Fit && syntax.Form != DecayForm.None)
        {
            context.Report(DiagnosticCatalog.DecayOnFit, tree, syntax.Span, "a fit group");
            return null;
        }

        return decay;
    }

    public static string KindText(ScoreKind kind) => kind switch
    {
        ScoreKind.Engagement => "an engagement",
        ScoreKind.Fit => "a fit",
        _ => "a combined",
    };
}

/// <summary>What groups, thresholds and tests need to know about their score before it is complete.</summary>
internal sealed record ScoreHeader(string Name, string RecordTypeName, ScoreKind Kind, double? Limit, bool AllowNegative);
