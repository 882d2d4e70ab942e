using System.Collections.Immutable;
using System.Globalization;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Binds the tests written inside a score: the evaluation date, the tested record with its associated records and
/// contacts (<see cref="TestRecordBinder"/>) and the expectations (score, tier, engagement, fit, a group, scored or
/// unscored, S20). A tier expectation must name a label the thresholds define (S23, S24).
/// </summary>
internal sealed class TestBinder(BindingContext context, SchemaModel schema)
{
    private static readonly string[] TargetWords = ["score", "tier", "engagement", "fit", "scored", "unscored"];

    public ImmutableArray<BoundTest> Bind(SyntaxTree tree, ScoreHeader score, ImmutableArray<GroupSymbol> groups, ImmutableArray<ThresholdSet> thresholds, IEnumerable<TestDeclarationSyntax> tests)
    {
        var result = ImmutableArray.CreateBuilder<BoundTest>();
        var names = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var test in tests)
        {
            var name = test.Name.Value;
            if (names.TryGetValue(name, out var first))
            {
                context.Add(Diagnostic.Create(DiagnosticCatalog.TestDuplicateName, BindingContext.Location(tree, test.Name.Span), score.Name, name)
                    .WithRelated(first, "The other test is here."));
            }
            else
            {
                names[name] = BindingContext.Location(tree, test.Name.Span);
            }

            result.Add(BindTest(tree, score, groups, thresholds, test));
        }

        return result.ToImmutable();
    }

    private BoundTest BindTest(SyntaxTree tree, ScoreHeader score, ImmutableArray<GroupSymbol> groups, ImmutableArray<ThresholdSet> thresholds, TestDeclarationSyntax test)
    {
        var asOfs = test.Members.OfType<AsOfSyntax>().ToList();
        asOfs.Skip(1).ToList().ForEach(extra => context.Report(DiagnosticCatalog.TestDuplicateAsOf, tree, extra.Span));
        var asOf = asOfs.Count > 0 ? asOfs[0].Date.Value : BoundTest.DefaultAsOf;

        var record = new RecordDataBuilder(test.Name.Value, score.RecordTypeName);
        var contacts = BindContacts(tree, score, test, record);
        var records = new TestRecordBinder(context, schema, tree, asOf);
        records.BindMembers(test.Members, record, contacts.ToDictionary(c => c.Key, c => c.Value.Builder, StringComparer.Ordinal));
        foreach (var (builder, syntax) in contacts.Values)
        {
            records.BindMembers(syntax.Members, builder, null);
        }

        var expectations = test.Members.OfType<ExpectSyntax>()
            .Select(e => BindExpectation(tree, score, groups, thresholds, e))
            .OfType<BoundExpectation>()
            .ToImmutableArray();
        if (!test.Members.OfType<ExpectSyntax>().Any())
        {
            context.Report(DiagnosticCatalog.TestWithoutExpectations, tree, test.Name.Span, test.Name.Value);
        }

        return new BoundTest(test.Name.Value, score.Name, asOf, record.ToRecordData(), expectations, BindingContext.Location(tree, test.Name.Span));
    }

    private Dictionary<string, (RecordDataBuilder Builder, TestContactSyntax Syntax)> BindContacts(SyntaxTree tree, ScoreHeader score, TestDeclarationSyntax test, RecordDataBuilder record)
    {
        var contacts = new Dictionary<string, (RecordDataBuilder, TestContactSyntax)>(StringComparer.Ordinal);
        foreach (var contact in test.Members.OfType<TestContactSyntax>().Where(c => !c.Name.IsMissing && !c.RecordType.IsMissing))
        {
            var typeName = contact.RecordType.Text;
            if (!schema.Records.TryGetValue(typeName, out var recordType))
            {
                context.ReportUnknown(tree, contact.RecordType, "a record type", schema.Records.Keys);
                continue;
            }

            context.Reference(tree, contact.RecordType.Span, SymbolKey.Record(typeName));
            var associated = recordType.Properties.Any(p => p.Type.Kind == DataKind.Association && p.Type.TargetRecordType == score.RecordTypeName);
            if (!associated && schema.Records.ContainsKey(score.RecordTypeName))
            {
                context.Report(DiagnosticCatalog.TestAssociatedRecordType, tree, contact.RecordType.Span, typeName, contact.Name.Text, score.RecordTypeName);
                continue;
            }

            if (contacts.TryGetValue(contact.Name.Text, out var firstContact))
            {
                context.ReportDuplicate(tree, contact.Name, "Associated record", BindingContext.Location(tree, firstContact.Item2.Name.Span));
                continue;
            }

            var builder = new RecordDataBuilder(contact.Name.Text, typeName);
            record.Contacts.Add(builder);
            contacts[contact.Name.Text] = (builder, contact);
        }

        return contacts;
    }

    private BoundExpectation? BindExpectation(SyntaxTree tree, ScoreHeader score, ImmutableArray<GroupSymbol> groups, ImmutableArray<ThresholdSet> thresholds, ExpectSyntax syntax)
    {
        var target = syntax.Target;
        if (target.IsMissing)
        {
            return null;
        }

        var location = BindingContext.Location(tree, syntax.Span);
        var text = target.Text;
        if (text is "scored" or "unscored")
        {
            if (syntax.Operator is not null)
            {
                return Invalid(tree, syntax, $"'expect {text}' takes no comparison. Write 'expect {text}' alone.");
            }

            return new BoundExpectation(text == "scored" ? ExpectationTarget.Scored : ExpectationTarget.Unscored, null, ComparisonOperator.Equal, null, location);
        }

        if (syntax.Operator is not { } op || syntax.Value is null or MissingExpressionSyntax)
        {
            return Invalid(tree, syntax, $"'expect {text}' needs a comparison, e.g. 'expect {text} == {(text == "tier" ? "high" : "10")}'.");
        }

        if (text == "tier")
        {
            return BindTier(tree, score, thresholds, syntax, op, location);
        }

        var group = groups.FirstOrDefault(g => g.Name == text && text != "score");
        ExpectationTarget? kind = text switch
        {
            "score" => ExpectationTarget.Score,
            _ when group is not null => ExpectationTarget.Group,
            "engagement" => ExpectationTarget.Engagement,
            "fit" => ExpectationTarget.Fit,
            _ => null,
        };
        if (kind is null)
        {
            var candidates = groups.Select(g => g.Name).Concat(TargetWords).ToList();
            var suggestion = NameSuggester.Suggest(text, candidates);
            var diagnostic = Diagnostic.Create(DiagnosticCatalog.TestUnknownTarget, BindingContext.Location(tree, target.Span), text, score.Name,
                suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?");
            context.Add(suggestion is null ? diagnostic : diagnostic.WithFix(suggestion));
            return null;
        }

        if (kind is ExpectationTarget.Engagement or ExpectationTarget.Fit && score.Kind != ScoreKind.Combined)
        {
            context.Report(DiagnosticCatalog.TestTargetNotForKind, tree, target.Span, text, score.Name, GroupBinder.KindText(score.Kind));
            return null;
        }

        if (group is not null)
        {
            context.Reference(tree, target.Span, SymbolKey.Group(score.Name, group.Name));
        }

        if (syntax.Value is not NumberLiteralExpressionSyntax number)
        {
            return Invalid(tree, syntax, $"'expect {text}' compares with a number, e.g. 'expect {text} == 10'.");
        }

        return new BoundExpectation(kind.Value, group?.Name, op, number.Literal.Value, location);
    }

    private BoundExpectation? BindTier(SyntaxTree tree, ScoreHeader score, ImmutableArray<ThresholdSet> thresholds, ExpectSyntax syntax, ComparisonOperator op, SourceLocation location)
    {
        if (op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual))
        {
            return Invalid(tree, syntax, "A tier is a label: compare it with '==' or '!='.");
        }

        var label = syntax.Value switch
        {
            NameExpressionSyntax { Parts: [var single] } => single.Text,
            StringLiteralExpressionSyntax s => s.Literal.Value,
            NumberLiteralExpressionSyntax n => n.Literal.Value.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
        if (label is null)
        {
            return Invalid(tree, syntax, "'expect tier' compares with a band label, e.g. 'expect tier == high'.");
        }

        if (thresholds.IsEmpty)
        {
            return Invalid(tree, syntax, $"Score '{score.Name}' has no thresholds, so it has no tier. Add 'thresholds {{ ... }}' or remove this expectation.");
        }

        var labels = TierLabels(score, thresholds);
        if (!labels.Contains(label))
        {
            var suggestion = NameSuggester.Suggest(label, labels);
            var tail = suggestion is not null ? $" Did you mean '{suggestion}'?" : $" Its tiers are: {string.Join(", ", labels.Take(12))}.";
            var diagnostic = Diagnostic.Create(DiagnosticCatalog.TestUnknownTier, BindingContext.Location(tree, syntax.Value!.Span), label, score.Name, tail);
            context.Add(suggestion is null ? diagnostic : diagnostic.WithFix(suggestion));
            return null;
        }

        return new BoundExpectation(ExpectationTarget.Tier, null, op, label, location);
    }

    /// <summary>Every tier the score can produce: its band labels, or for a combined score fit label + engagement label (S24).</summary>
    private static List<string> TierLabels(ScoreHeader score, ImmutableArray<ThresholdSet> thresholds)
    {
        if (score.Kind != ScoreKind.Combined)
        {
            return [.. thresholds.SelectMany(t => t.Bands).Select(b => b.Label)];
        }

        var fit = thresholds.Where(t => t.Part == ScorePart.Fit).SelectMany(t => t.Bands).Select(b => b.Label);
        var engagement = thresholds.Where(t => t.Part == ScorePart.Engagement).SelectMany(t => t.Bands).Select(b => b.Label).ToList();
        return [.. fit.SelectMany(f => engagement.Select(e => f + e))];
    }

    private BoundExpectation? Invalid(SyntaxTree tree, ExpectSyntax syntax, string message)
    {
        context.Report(DiagnosticCatalog.TestInvalidExpectation, tree, syntax.Span, message);
        return null;
    }
}
