using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Binds the rules of a group: event rules (S10, S12, S17-S19; the event type must be recorded on the scored record
/// type or on a record type associated to it, S2) and property rules (S11). The effective decay of an event rule is its
/// own, else its group's; fit groups never decay (S6) and count rules give their points undecayed.
/// </summary>
internal sealed class RuleBinder(BindingContext context, SchemaModel schema)
{
    public BoundRule? Bind(SyntaxTree tree, RuleSyntax syntax, GroupScope group) => syntax switch
    {
        EventRuleSyntax eventRule => BindEventRule(tree, eventRule, group),
        PropertyRuleSyntax propertyRule => new BoundPropertyRule(
            new ExpressionBinder(context, ExpressionScope.ForRecord(tree, schema, group.RecordTypeName)).BindCondition(propertyRule.Condition),
            propertyRule.Points.Value,
            BindingContext.Location(tree, syntax.Span),
            Text(tree, syntax)),
        _ => null,
    };

    /// <summary>Event types whose events count for records of <paramref name="recordTypeName"/> (S2).</summary>
    public static bool CountsFor(SchemaModel schema, EventTypeSymbol eventType, string recordTypeName) =>
        eventType.RecordTypeName == recordTypeName
        || (schema.Records.TryGetValue(eventType.RecordTypeName, out var owner)
            && owner.Properties.Any(p => p.Type.Kind == DataKind.Association && p.Type.TargetRecordType == recordTypeName));

    private BoundEventRule? BindEventRule(SyntaxTree tree, EventRuleSyntax syntax, GroupScope group)
    {
        var eventType = BindEventType(tree, syntax.EventType, group.RecordTypeName);
        var scope = ExpressionScope.ForRecord(tree, schema, group.RecordTypeName).ForWhere(eventType);
        var where = syntax.Where is { } whereSyntax ? new ExpressionBinder(context, scope).BindCondition(whereSyntax) : null;
        CountRange? count = null;
        if (syntax.Count is { } countSyntax && RangeBinder.Bind(context, tree, countSyntax) is { } range)
        {
            count = new CountRange(range.From, range.To);
        }

        var within = syntax.Within is { } withinSyntax ? DurationBinder.Bind(context, tree, withinSyntax, allowZero: false) : null;
        var decay = BindEffectiveDecay(tree, syntax, group);
        return eventType is null
            ? null
            : new BoundEventRule(eventType, where, count, within, syntax.Once, syntax.Points.Value, decay, BindingContext.Location(tree, syntax.Span), Text(tree, syntax));
    }

    private EventTypeSymbol? BindEventType(SyntaxTree tree, IdentifierSyntax name, string recordTypeName)
    {
        if (name.IsMissing)
        {
            return null;
        }

        if (!schema.Events.TryGetValue(name.Text, out var eventType))
        {
            var candidates = schema.Events.Values.Where(e => CountsFor(schema, e, recordTypeName)).Select(e => e.Name);
            context.ReportUnknown(tree, name, $"an event type of {recordTypeName} records", candidates,
                $"Declare it with 'event {name.Text} on {recordTypeName}', or check the spelling.");
            return null;
        }

        context.Reference(tree, name.Span, SymbolKey.Event(eventType.Name));
        if (!CountsFor(schema, eventType, recordTypeName) && schema.Records.ContainsKey(recordTypeName))
        {
            context.Report(DiagnosticCatalog.EventNotOnRecordType, tree, name.Span, eventType.Name, eventType.RecordTypeName, recordTypeName);
        }

        return eventType;
    }

    private DecaySpec? BindEffectiveDecay(SyntaxTree tree, EventRuleSyntax syntax, GroupScope group)
    {
        if (syntax.Decay is not { } decaySyntax)
        {
            return group.IsFit || syntax.Count is not null ? null : group.Decay;
        }

        var own = DecayBinder.Bind(context, tree, decaySyntax);
        if (decaySyntax.Form == DecayForm.None)
        {
            return null;
        }

        if (group.IsFit)
        {
            context.Report(DiagnosticCatalog.DecayOnFit, tree, decaySyntax.Span, "a rule of a fit group");
            return null;
        }

        if (syntax.Count is not null)
        {
            context.Report(DiagnosticCatalog.DecayIgnoredOnCountRule, tree, decaySyntax.Span);
            return null;
        }

        return own;
    }

    private static string Text(SyntaxTree tree, SyntaxNode node) => tree.Source.ToString(node.Span);
}

/// <summary>What a rule needs to know about its group and score.</summary>
internal sealed record GroupScope(string ScoreName, string RecordTypeName, ScorePart Part, DecaySpec? Decay)
{
    public bool IsFit => Part == ScorePart.Fit;
}
