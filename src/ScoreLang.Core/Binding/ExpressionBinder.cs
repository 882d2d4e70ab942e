using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Binds conditions (rules, filters, lists and <c>where</c> clauses) and type-checks them: <c>in</c>, <c>between</c>,
/// <c>is known</c>, <c>in list</c>, relative dates and bare bool operands here, comparisons in <see cref="ComparisonBinder"/>.
/// </summary>
internal sealed class ExpressionBinder
{
    private readonly BindingContext _context;
    private readonly ExpressionScope _scope;
    private readonly OperandBinder _operands;
    private readonly ComparisonBinder _comparisons;

    public ExpressionBinder(BindingContext context, ExpressionScope scope)
    {
        _context = context;
        _scope = scope;
        _operands = new OperandBinder(context, scope);
        _comparisons = new ComparisonBinder(context, scope, _operands, BindCondition);
    }

    private SyntaxTree Tree => _scope.Tree;

    public BoundExpression BindCondition(ExpressionSyntax syntax) => syntax switch
    {
        LogicalExpressionSyntax logical => new BoundLogical(BindCondition(logical.Left), logical.Operator, BindCondition(logical.Right), logical.Span),
        NotExpressionSyntax not => new BoundNot(BindCondition(not.Operand), not.Span),
        ParenthesizedExpressionSyntax parenthesized => BindCondition(parenthesized.Inner),
        ComparisonExpressionSyntax comparison => _comparisons.Bind(comparison),
        InExpressionSyntax @in => BindIn(@in),
        BetweenExpressionSyntax between => BindBetween(between),
        IsKnownExpressionSyntax isKnown => BindIsKnown(isKnown),
        InListExpressionSyntax inList => BindInList(inList),
        RelativeDateExpressionSyntax relative => BindRelativeDate(relative),
        MissingExpressionSyntax missing => new BoundErrorExpression(missing.Span),
        _ => BindTruth(syntax),
    };

    private BoundExpression BindTruth(ExpressionSyntax syntax)
    {
        var operand = _operands.Bind(syntax, null, BindCondition);
        switch (operand.Type.Kind)
        {
            case DataKind.Error:
                return operand;
            case DataKind.Bool:
                return operand is BoundConstant or BoundPropertyAccess or BoundAttributeAccess ? new BoundTruth(operand, syntax.Span) : operand;
            default:
                _context.Report(DiagnosticCatalog.ConditionNotBool, Tree, syntax.Span, TypeText.Quote(Text(syntax)), TypeText.Describe(operand.Type), Text(syntax));
                return new BoundErrorExpression(syntax.Span);
        }
    }

    private BoundExpression BindIn(InExpressionSyntax syntax)
    {
        var operand = _operands.Bind(syntax.Operand, null, BindCondition);
        if (operand.Type.Kind == DataKind.Error)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        var constants = new ConstantBinder(_context, Tree, inTest: false);
        var items = syntax.Items.Select(item => constants.Bind(item, operand.Type, TypeText.Quote(Text(syntax.Operand)))).ToList();
        return items.Any(i => i is null)
            ? new BoundErrorExpression(syntax.Span)
            : new BoundIn(operand, syntax.IsNegated, [.. items.Select(i => i!)], syntax.Span);
    }

    private BoundExpression BindBetween(BetweenExpressionSyntax syntax)
    {
        var operand = _operands.Bind(syntax.Operand, null, BindCondition);
        if (operand.Type.Kind == DataKind.Error)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        if (operand.Type.Kind != DataKind.Number && !operand.Type.IsTemporal)
        {
            _context.Report(DiagnosticCatalog.OrderingNeedsNumberOrDate, Tree, syntax.Operand.Span, "between", TypeText.Quote(Text(syntax.Operand)), TypeText.Describe(operand.Type));
            return new BoundErrorExpression(syntax.Span);
        }

        var low = _comparisons.BindAgainst(syntax.Low, operand.Type, syntax.Operand);
        var high = _comparisons.BindAgainst(syntax.High, operand.Type, syntax.Operand);
        var lowOk = _comparisons.CheckOrderable(syntax.Operand, operand, syntax.Low, low);
        var highOk = _comparisons.CheckOrderable(syntax.Operand, operand, syntax.High, high);
        return lowOk && highOk ? new BoundBetween(operand, low, high, syntax.Span) : new BoundErrorExpression(syntax.Span);
    }

    private BoundExpression BindIsKnown(IsKnownExpressionSyntax syntax)
    {
        var operand = _operands.Bind(syntax.Operand, null, BindCondition);
        return operand.Type.Kind == DataKind.Error ? new BoundErrorExpression(syntax.Span) : new BoundIsKnown(operand, syntax.IsKnown, syntax.Span);
    }

    private BoundExpression BindInList(InListExpressionSyntax syntax)
    {
        var name = syntax.ListName;
        if (name.IsMissing)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        if (!_scope.Schema.Lists.TryGetValue(name.Text, out var list))
        {
            var candidates = _scope.Schema.Lists.Values.Where(l => l.RecordTypeName == _scope.RecordTypeName).Select(l => l.Name);
            _context.ReportUnknown(Tree, name, $"a list of {_scope.RecordTypeName} records", candidates, "Declare it with 'list name of " + _scope.RecordTypeName + "', or check the spelling.");
            return new BoundErrorExpression(syntax.Span);
        }

        _context.Reference(Tree, name.Span, SymbolKey.List(list.Name));
        if (list.RecordTypeName != _scope.RecordTypeName && _scope.Schema.Records.ContainsKey(_scope.RecordTypeName))
        {
            _context.Report(DiagnosticCatalog.ListRecordTypeMismatch, Tree, name.Span, list.Name, list.RecordTypeName, _scope.RecordTypeName);
            return new BoundErrorExpression(syntax.Span);
        }

        return new BoundInList(list.Name, syntax.IsNegated, syntax.Span);
    }

    private BoundExpression BindRelativeDate(RelativeDateExpressionSyntax syntax)
    {
        var operand = _operands.Bind(syntax.Operand, null, BindCondition);
        var duration = DurationBinder.Bind(_context, Tree, syntax.Duration, allowZero: false);
        if (operand.Type.Kind == DataKind.Error || duration is null)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        if (!operand.Type.IsTemporal)
        {
            var words = syntax.Operator == RelativeDateOperator.WithinLast ? "within last" : "more than ... ago";
            _context.Report(DiagnosticCatalog.DateOperatorNeedsDate, Tree, syntax.Operand.Span, words, TypeText.Quote(Text(syntax.Operand)), TypeText.Describe(operand.Type));
            return new BoundErrorExpression(syntax.Span);
        }

        return new BoundRelativeDate(operand, syntax.Operator, duration, syntax.Span);
    }

    private string Text(SyntaxNode node) => Tree.Source.ToString(node.Span);
}
