using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Binds one score: its record type, kind (required), limit (S14), floor (S16), outputs (S22), filters (S20),
/// groups and rules, thresholds (S23, S24) and tests; then runs the limit and count-range checks.
/// </summary>
internal sealed class ScoreBinder(BindingContext context, SchemaModel schema)
{
    public (ScoreSymbol Score, List<OutputName> Outputs) Bind(SyntaxTree tree, ScoreDeclarationSyntax syntax)
    {
        var name = syntax.Name.Text;
        var recordTypeName = BindRecordType(tree, syntax.RecordType);
        var members = syntax.Members;
        var kind = BindKind(tree, syntax, Single<KindClauseSyntax>(tree, name, members, "kind"));
        var limitClause = Single<LimitClauseSyntax>(tree, name, members, "limit");
        var limit = limitClause?.Value.Value;
        if (limit <= 0)
        {
            context.Report(DiagnosticCatalog.LimitNotPositive, tree, limitClause!.Value.Span, DecayBinder.Number(limit.Value));
            limit = null;
        }

        var floor = Single<FloorClauseSyntax>(tree, name, members, "floor");
        if (floor is { IsNone: false, Value: { } floorValue } && floorValue.Value != 0)
        {
            context.Report(DiagnosticCatalog.InvalidFloor, tree, floorValue.Span, DecayBinder.Number(floorValue.Value));
        }

        var header = new ScoreHeader(name, recordTypeName, kind, limit, floor?.IsNone == true);
        foreach (var clause in members.Where(m => m is ModelClauseSyntax or ClosedClauseSyntax))
        {
            // S30: a model and an end stage mean nothing to a score with rules; say so rather than ignore them.
            var keyword = clause is ModelClauseSyntax ? "model" : "closed";
            context.Report(DiagnosticCatalog.OnlyInPredictiveScore, tree, new Text.TextSpan(clause.Span.Start, keyword.Length), keyword, name, GroupBinder.KindText(kind));
        }

        var (outputs, outputNames) = new OutputBinder(context).Bind(tree, header, syntax.Name, Single<OutputClauseSyntax>(tree, name, members, "output"));
        var filters = members.OfType<FilterClauseSyntax>().Select(f => BindFilter(tree, header, f)).OfType<BoundFilter>().ToImmutableArray();

        var groupSyntaxes = members.OfType<GroupDeclarationSyntax>().ToList();
        var groups = new GroupBinder(context, schema).Bind(tree, header, groupSyntaxes);
        if (groupSyntaxes.Count == 0 && !syntax.Name.IsMissing)
        {
            context.Report(DiagnosticCatalog.ScoreWithoutGroups, tree, syntax.Name.Span, name);
        }

        var counts = new CountRangeChecker(context);
        groupSyntaxes.ForEach(g => counts.Check(tree, g));
        var pairs = groups.Select(g => (Group: g, Syntax: groupSyntaxes.First(s => s.Name.Span == g.Location!.Value.Span))).ToList();
        new LimitChecker(context).Check(tree, header, limitClause, pairs);

        var thresholds = new ThresholdChecker(context).Bind(tree, header, syntax.Name, groups, members.OfType<ThresholdsSyntax>());
        var tests = new TestBinder(context, schema).Bind(tree, header, groups, thresholds, members.OfType<TestDeclarationSyntax>());
        var score = new ScoreSymbol(name, syntax.Title?.Value, kind, recordTypeName, limit, header.AllowNegative, outputs, filters, groups, thresholds, tests,
            BindingContext.Location(tree, syntax.Name.Span));
        return (score, outputNames);
    }

    /// <summary>Whether the score's (first) kind clause says <c>kind predictive</c> (S30): it is bound apart.</summary>
    public static bool IsPredictive(ScoreDeclarationSyntax syntax) =>
        syntax.Members.OfType<KindClauseSyntax>().FirstOrDefault()?.Kind.Text == "predictive";

    internal string BindRecordType(SyntaxTree tree, IdentifierSyntax recordType)
    {
        if (schema.Records.ContainsKey(recordType.Text))
        {
            context.Reference(tree, recordType.Span, SymbolKey.Record(recordType.Text));
        }
        else
        {
            context.ReportUnknown(tree, recordType, "a record type", schema.Records.Keys,
                schema.Records.IsEmpty ? "No record type is declared: import the schema file, e.g. 'import \"crm.schema\"'." : null);
        }

        return recordType.Text;
    }

    private ScoreKind BindKind(SyntaxTree tree, ScoreDeclarationSyntax score, KindClauseSyntax? clause)
    {
        if (clause is null)
        {
            var guess = score.Members.OfType<GroupDeclarationSyntax>().SelectMany(g => g.Rules).All(r => r is PropertyRuleSyntax)
                && score.Members.OfType<GroupDeclarationSyntax>().Any() ? "fit" : "engagement";
            var brace = tree.Tokens.FirstOrDefault(t => t.Kind == TokenKind.OpenBrace && t.Span.Start >= score.RecordType.Span.End && t.Span.End <= score.Span.End);
            var span = brace?.Span ?? score.Name.Span;
            var diagnostic = Diagnostic.Create(DiagnosticCatalog.MissingKind, BindingContext.Location(tree, span), score.Name.Text);
            context.Add(brace is null ? diagnostic : diagnostic.WithFix($"{{\n  kind {guess}"));
            return guess == "fit" ? ScoreKind.Fit : ScoreKind.Engagement;
        }

        switch (clause.Kind.Text)
        {
            case "engagement":
                return ScoreKind.Engagement;
            case "fit":
                return ScoreKind.Fit;
            case "combined":
                return ScoreKind.Combined;
            default:
                context.ReportUnknown(tree, clause.Kind, "a score kind", SyntaxFacts.ScoreKinds, "Write engagement, fit or combined.");
                return ScoreKind.Engagement;
        }
    }

    internal BoundFilter? BindFilter(SyntaxTree tree, ScoreHeader score, FilterClauseSyntax syntax)
    {
        var location = BindingContext.Location(tree, syntax.Span);
        if (syntax.Condition is { } condition)
        {
            var bound = new ExpressionBinder(context, ExpressionScope.ForRecord(tree, schema, score.RecordTypeName)).BindCondition(condition);
            return new BoundFilter(syntax.IsExclude, null, bound, location);
        }

        if (syntax.ListName is not { IsMissing: false } name)
        {
            return null;
        }

        if (!schema.Lists.TryGetValue(name.Text, out var list))
        {
            var candidates = schema.Lists.Values.Where(l => l.RecordTypeName == score.RecordTypeName).Select(l => l.Name);
            context.ReportUnknown(tree, name, $"a list of {score.RecordTypeName} records", candidates,
                $"Declare it with 'list {name.Text} of {score.RecordTypeName}', or check the spelling.");
            return null;
        }

        context.Reference(tree, name.Span, SymbolKey.List(list.Name));
        if (list.RecordTypeName != score.RecordTypeName && schema.Records.ContainsKey(score.RecordTypeName))
        {
            context.Report(DiagnosticCatalog.ListRecordTypeMismatch, tree, name.Span, list.Name, list.RecordTypeName, score.RecordTypeName);
            return null;
        }

        return new BoundFilter(syntax.IsExclude, list.Name, null, location);
    }

    /// <summary>The only clause of a type; later ones are reported (SL2016) and ignored.</summary>
    private T? Single<T>(SyntaxTree tree, string scoreName, ImmutableArray<ScoreMemberSyntax> members, string keyword)
        where T : ScoreMemberSyntax
    {
        var clauses = members.OfType<T>().ToList();
        foreach (var extra in clauses.Skip(1))
        {
            var span = new Text.TextSpan(extra.Span.Start, Math.Min(keyword.Length, extra.Span.Length));
            context.Report(DiagnosticCatalog.DuplicateClause, tree, span, keyword, scoreName);
        }

        return clauses.FirstOrDefault();
    }
}
