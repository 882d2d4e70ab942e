using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Binding;

/// <summary>
/// Binds <c>a op b</c>. The side that names something without context is bound first so that the other side can be
/// read against its type (<c>customer == lifecycle_stage</c> works as well as <c>lifecycle_stage == customer</c>).
/// Equality needs operands of the same kind; ordering needs numbers or dates; contains/starts/ends need text (S11).
/// </summary>
internal sealed class ComparisonBinder(
    BindingContext context,
    ExpressionScope scope,
    OperandBinder operands,
    Func<ExpressionSyntax, BoundExpression> bindCondition)
{
    private SyntaxTree Tree => scope.Tree;

    public BoundExpression Bind(ComparisonExpressionSyntax syntax)
    {
        // Text operators compare text with text: a string next to a date or an enum is not read as one of them.
        var isText = syntax.Operator is ComparisonOperator.Contains or ComparisonOperator.StartsWith or ComparisonOperator.EndsWith;
        BoundExpression left, right;
        if (!operands.ResolvesWithoutContext(syntax.Left) && operands.ResolvesWithoutContext(syntax.Right))
        {
            right = operands.Bind(syntax.Right, null, bindCondition);
            if (right.Type.Kind == DataKind.Error)
            {
                return new BoundErrorExpression(syntax.Span); // the unknown name on the left says nothing without the right's type
            }

            left = isText ? operands.Bind(syntax.Left, right.Type, bindCondition) : BindAgainst(syntax.Left, right.Type, syntax.Right);
        }
        else
        {
            left = operands.Bind(syntax.Left, null, bindCondition);
            if (left.Type.Kind == DataKind.Error && !operands.ResolvesWithoutContext(syntax.Right))
            {
                return new BoundErrorExpression(syntax.Span); // an enum member after a misspelled property: one error is enough
            }

            right = isText ? operands.Bind(syntax.Right, left.Type, bindCondition) : BindAgainst(syntax.Right, left.Type, syntax.Left);
        }

        if (left.Type.Kind == DataKind.Error || right.Type.Kind == DataKind.Error)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        var ok = syntax.Operator switch
        {
            ComparisonOperator.Equal or ComparisonOperator.NotEqual => CheckEquatable(syntax.Left, left, syntax.Right, right),
            ComparisonOperator.Contains or ComparisonOperator.StartsWith or ComparisonOperator.EndsWith => CheckText(syntax, left, right),
            _ => CheckOrdering(syntax, left, right),
        };
        return ok ? new BoundComparison(left, syntax.Operator, right, syntax.Span) : new BoundErrorExpression(syntax.Span);
    }

    /// <summary>
    /// Binds <paramref name="syntax"/> as a value to compare with something of type <paramref name="other"/>: a string
    /// names an enum member of an enum operand, and a quoted date next to a date is reported with its fix.
    /// </summary>
    public BoundExpression BindAgainst(ExpressionSyntax syntax, ValueType other, ExpressionSyntax otherSyntax)
    {
        if (syntax is StringLiteralExpressionSyntax && (other.Kind == DataKind.Enum || other.IsTemporal))
        {
            var constant = new ConstantBinder(context, Tree, inTest: false).Bind(syntax, other, TypeText.Quote(Text(otherSyntax)));
            return constant ?? (BoundExpression)new BoundErrorExpression(syntax.Span);
        }

        return operands.Bind(syntax, other, bindCondition);
    }

    /// <summary>For <c>between</c> bounds and ordering: numbers with numbers, dates with dates.</summary>
    public bool CheckOrderable(ExpressionSyntax operandSyntax, BoundExpression operand, ExpressionSyntax boundSyntax, BoundExpression bound)
    {
        if (bound.Type.Kind == DataKind.Error || operand.Type.Kind == DataKind.Error)
        {
            return false;
        }

        if ((operand.Type.Kind == DataKind.Number && bound.Type.Kind == DataKind.Number) || (operand.Type.IsTemporal && bound.Type.IsTemporal))
        {
            return true;
        }

        ReportMismatch(operandSyntax, operand, boundSyntax, bound);
        return false;
    }

    private bool CheckEquatable(ExpressionSyntax leftSyntax, BoundExpression left, ExpressionSyntax rightSyntax, BoundExpression right)
    {
        var a = left.Type;
        var b = right.Type;
        var compatible = (a.Kind == b.Kind && a.Kind is DataKind.Number or DataKind.Bool or DataKind.String)
            || (a.IsTemporal && b.IsTemporal)
            || (a.IsTextual && b.IsTextual && !(a.Kind == DataKind.Enum && b.Kind == DataKind.Enum && !a.Equals(b)));
        if (!compatible)
        {
            ReportMismatch(leftSyntax, left, rightSyntax, right);
        }

        return compatible;
    }

    private bool CheckOrdering(ComparisonExpressionSyntax syntax, BoundExpression left, BoundExpression right)
    {
        foreach (var (side, bound) in new[] { (syntax.Left, left), (syntax.Right, right) })
        {
            if (bound.Type.Kind != DataKind.Number && !bound.Type.IsTemporal)
            {
                context.Report(DiagnosticCatalog.OrderingNeedsNumberOrDate, Tree, side.Span, OperatorText(syntax.Operator), TypeText.Quote(Text(side)), TypeText.Describe(bound.Type));
                return false;
            }
        }

        return CheckOrderable(syntax.Left, left, syntax.Right, right);
    }

    private bool CheckText(ComparisonExpressionSyntax syntax, BoundExpression left, BoundExpression right)
    {
        foreach (var (side, bound) in new[] { (syntax.Left, left), (syntax.Right, right) })
        {
            if (!bound.Type.IsTextual)
            {
                context.Report(DiagnosticCatalog.TextOperatorNeedsText, Tree, side.Span, OperatorText(syntax.Operator), TypeText.Quote(Text(side)), TypeText.Describe(bound.Type));
                return false;
            }
        }

        return true;
    }

    private void ReportMismatch(ExpressionSyntax leftSyntax, BoundExpression left, ExpressionSyntax rightSyntax, BoundExpression right)
    {
        if (left.Type.IsTemporal && rightSyntax is StringLiteralExpressionSyntax or NumberLiteralExpressionSyntax)
        {
            context.Report(DiagnosticCatalog.DateLiteralRequired, Tree, rightSyntax.Span, TypeText.Quote(Text(leftSyntax)), Text(rightSyntax));
            return;
        }

        context.Report(DiagnosticCatalog.TypeMismatch, Tree, rightSyntax.Span, TypeText.Quote(Text(leftSyntax)), TypeText.Describe(left.Type),
            TypeText.Quote(Text(rightSyntax)), TypeText.Describe(right.Type), $"Compare it with {TypeText.Expected(left.Type)}.");
    }

    public static string OperatorText(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.Contains => "contains",
        ComparisonOperator.StartsWith => "starts with",
        _ => "ends with",
    };

    private string Text(SyntaxNode node) => Tree.Source.ToString(node.Span);
}
