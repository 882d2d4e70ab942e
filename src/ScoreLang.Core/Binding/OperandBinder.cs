using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Binding;

/// <summary>
/// Binds the operands of conditions: names and paths (properties, association paths (S3), event attributes, the
/// implicit timestamp, enum members, true/false), literals and <c>days since</c>. A single name is read in context:
/// with an expected enum type a member name wins over a property of the same name.
/// </summary>
internal sealed class OperandBinder(BindingContext context, ExpressionScope scope)
{
    public const string TimestampName = "timestamp";

    private SyntaxTree Tree => scope.Tree;

    public BoundExpression Bind(ExpressionSyntax syntax, ValueType? expected, Func<ExpressionSyntax, BoundExpression> bindCondition) => syntax switch
    {
        NameExpressionSyntax name => BindName(name, expected),
        StringLiteralExpressionSyntax s => new BoundConstant(s.Literal.Value, ValueType.String, s.Span),
        NumberLiteralExpressionSyntax n => new BoundConstant(n.Literal.Value, ValueType.Number, n.Span),
        DateLiteralExpressionSyntax d => new BoundConstant(d.Value, DateType(d), d.Span),
        DaysSinceExpressionSyntax days => BindDaysSince(days),
        MissingExpressionSyntax missing => new BoundErrorExpression(missing.Span),
        _ => bindCondition(syntax),
    };

    public static ValueType DateType(DateLiteralExpressionSyntax date) =>
        date.Text.Contains('T', StringComparison.Ordinal) ? ValueType.DateTime : ValueType.Date;

    /// <summary>True when <paramref name="syntax"/> is a single name that means something without context.</summary>
    public bool ResolvesWithoutContext(ExpressionSyntax syntax)
    {
        if (syntax is not NameExpressionSyntax { Parts.Length: 1 } name)
        {
            return true;
        }

        var text = name.Parts[0].Text;
        return text is "true" or "false" || scope.IsUnresolved
            || (scope.InWhere ? text == TimestampName || scope.Event!.FindAttribute(text) is not null : scope.Record!.FindProperty(text) is not null);
    }

    private BoundExpression BindName(NameExpressionSyntax syntax, ValueType? expected)
    {
        var parts = syntax.Parts;
        if (parts.Length == 0 || parts.Any(p => p.IsMissing))
        {
            return new BoundErrorExpression(syntax.Span);
        }

        return parts.Length switch
        {
            1 => BindSimpleName(parts[0], syntax, expected),
            2 => BindPath(parts[0], parts[1], syntax),
            _ => Fail(syntax, $"'{Text(syntax)}' goes more than one association deep. Write 'property' or 'association.property' (S3)."),
        };
    }

    private BoundExpression BindSimpleName(IdentifierSyntax name, NameExpressionSyntax syntax, ValueType? expected)
    {
        var text = name.Text;
        if (expected is { Kind: DataKind.Enum } && expected.EnumMembers.Contains(text, StringComparer.Ordinal))
        {
            return new BoundConstant(text, expected, syntax.Span);
        }

        if (scope.InWhere && scope.Event is { } eventType)
        {
            if (text == TimestampName)
            {
                context.Reference(Tree, name.Span, SymbolKey.Attribute(eventType.Name, TimestampName));
                return new BoundEventTimestamp(syntax.Span);
            }

            if (eventType.FindAttribute(text) is { } attribute)
            {
                context.Reference(Tree, name.Span, SymbolKey.Attribute(eventType.Name, text));
                return new BoundAttributeAccess(attribute, syntax.Span);
            }
        }
        else if (!scope.InWhere && scope.Record is { } record && record.FindProperty(text) is { } property)
        {
            context.Reference(Tree, name.Span, SymbolKey.Property(record.Name, text));
            return property.Type.Kind == DataKind.Association ? AssociationAsValue(property, syntax) : new BoundPropertyAccess(property, null, syntax.Span);
        }

        if (text is "true" or "false")
        {
            return new BoundConstant(text == "true", ValueType.Bool, syntax.Span);
        }

        if (expected is { Kind: DataKind.Enum })
        {
            context.ReportUnknown(Tree, name, $"one of {string.Join(", ", expected.EnumMembers)}", expected.EnumMembers);
        }
        else if (!scope.IsUnresolved)
        {
            ReportUnknownName(name);
        }

        return new BoundErrorExpression(syntax.Span);
    }

    private void ReportUnknownName(IdentifierSyntax name)
    {
        if (scope.InWhere)
        {
            var eventType = scope.Event!;
            var names = eventType.Attributes.Select(a => a.Name).Append(TimestampName).ToList();
            context.ReportUnknown(Tree, name, $"an attribute of event '{eventType.Name}'", names,
                $"Its attributes are: {string.Join(", ", names)}. Declare the attribute in 'event {eventType.Name}', or check the spelling.");
            return;
        }

        var record = scope.Record!;
        var hint = name.Text == TimestampName
            ? "'timestamp' is the time of an event: use it inside an event rule's 'where'."
            : $"Declare it in 'record {record.Name}', or check the spelling.";
        context.ReportUnknown(Tree, name, $"a property of record '{record.Name}'", record.Properties.Select(p => p.Name), hint);
    }

    private BoundExpression BindPath(IdentifierSyntax first, IdentifierSyntax second, NameExpressionSyntax syntax)
    {
        if (scope.InWhere)
        {
            return scope.Event is null
                ? new BoundErrorExpression(syntax.Span)
                : Fail(syntax, $"Inside 'where', names are attributes of event '{scope.Event.Name}'; '{Text(syntax)}' is a path. Test the record's properties in a 'when' rule instead.");
        }

        if (scope.Record is not { } record)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        if (record.FindProperty(first.Text) is not { } association)
        {
            ReportUnknownName(first);
            return new BoundErrorExpression(syntax.Span);
        }

        context.Reference(Tree, first.Span, SymbolKey.Property(record.Name, first.Text));
        if (association.Type.Kind != DataKind.Association)
        {
            return Fail(syntax, $"'{first.Text}' is {TypeText.Describe(association.Type)}, not an association, so '{Text(syntax)}' means nothing. Write '{first.Text}' alone.");
        }

        var targetName = association.Type.TargetRecordType!;
        if (!scope.Schema.Records.TryGetValue(targetName, out var target))
        {
            return new BoundErrorExpression(syntax.Span);
        }

        if (target.FindProperty(second.Text) is not { } property)
        {
            context.ReportUnknown(Tree, second, $"a property of record '{target.Name}'", target.Properties.Select(p => p.Name),
                $"Declare it in 'record {target.Name}', or check the spelling.");
            return new BoundErrorExpression(syntax.Span);
        }

        context.Reference(Tree, second.Span, SymbolKey.Property(target.Name, second.Text));
        return property.Type.Kind == DataKind.Association
            ? Fail(syntax, $"'{Text(syntax)}' is an association; paths go one association deep (S3). Use a property of '{first.Text}' instead.")
            : new BoundPropertyAccess(property, association, syntax.Span);
    }

    private BoundErrorExpression AssociationAsValue(PropertySymbol association, NameExpressionSyntax syntax)
    {
        var target = scope.Schema.Records.GetValueOrDefault(association.Type.TargetRecordType ?? string.Empty);
        var example = target?.Properties.FirstOrDefault(p => p.Type.Kind != DataKind.Association)?.Name ?? "name";
        context.Report(DiagnosticCatalog.AssociationNotAValue, Tree, syntax.Span, association.Name, association.Type.TargetRecordType, example);
        return new BoundErrorExpression(syntax.Span);
    }

    private BoundExpression BindDaysSince(DaysSinceExpressionSyntax syntax)
    {
        var operand = Bind(syntax.Operand, null, e => new BoundErrorExpression(e.Span));
        if (operand.Type.Kind == DataKind.Error)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        if (!operand.Type.IsTemporal)
        {
            context.Report(DiagnosticCatalog.DateOperatorNeedsDate, Tree, syntax.Operand.Span, "days since", TypeText.Quote(Text(syntax.Operand)), TypeText.Describe(operand.Type));
            return new BoundErrorExpression(syntax.Span);
        }

        return new BoundDaysSince(operand, syntax.Span);
    }

    private BoundErrorExpression Fail(ExpressionSyntax syntax, string message)
    {
        context.Report(DiagnosticCatalog.InvalidPath, Tree, syntax.Span, message);
        return new BoundErrorExpression(syntax.Span);
    }

    private string Text(SyntaxNode node) => Tree.Source.ToString(node.Span);
}
