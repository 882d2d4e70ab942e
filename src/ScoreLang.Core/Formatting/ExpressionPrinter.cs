using ScoreLang.Syntax;

namespace ScoreLang.Formatting;

/// <summary>
/// Prints conditions with canonical spacing: <c>a == b</c>, <c>stage in [a, b]</c>, <c>n between 1 and 5</c>,
/// <c>company.industry</c>, <c>-5</c>. Parentheses are the user's: the tree keeps them, so the printed condition
/// groups exactly as the source did.
/// </summary>
internal sealed class ExpressionPrinter(FormatWriter w)
{
    public void Print(ExpressionSyntax expression, bool spaceBefore = true)
    {
        switch (expression)
        {
            case LogicalExpressionSyntax logical:
                Print(logical.Left, spaceBefore);
                w.Word(logical.Operator == LogicalOperator.And ? "and" : "or");
                Print(logical.Right);
                break;
            case NotExpressionSyntax not:
                w.Word("not", spaceBefore);
                Print(not.Operand);
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                w.Punct(TokenKind.OpenParen, "(", spaceBefore);
                Print(parenthesized.Inner, spaceBefore: false);
                w.Punct(TokenKind.CloseParen, ")");
                break;
            case ComparisonExpressionSyntax comparison:
                Print(comparison.Left, spaceBefore);
                Operator(comparison.Operator);
                Print(comparison.Right);
                break;
            case InExpressionSyntax @in:
                PrintIn(@in, spaceBefore);
                break;
            case BetweenExpressionSyntax between:
                Print(between.Operand, spaceBefore);
                w.Word("between");
                Print(between.Low);
                w.Word("and");
                Print(between.High);
                break;
            case IsKnownExpressionSyntax isKnown:
                Print(isKnown.Operand, spaceBefore);
                w.Word("is");
                w.Word(isKnown.IsKnown ? "known" : "unknown");
                break;
            case InListExpressionSyntax inList:
                if (inList.IsNegated)
                {
                    w.Word("not", spaceBefore);
                    spaceBefore = true;
                }

                w.Word("in", spaceBefore);
                w.Word("list");
                w.Name(inList.ListName);
                break;
            case RelativeDateExpressionSyntax relative:
                PrintRelativeDate(relative, spaceBefore);
                break;
            case DaysSinceExpressionSyntax daysSince:
                w.Word("days", spaceBefore);
                w.Word("since");
                Print(daysSince.Operand);
                break;
            case NameExpressionSyntax name:
                for (var i = 0; i < name.Parts.Length; i++)
                {
                    if (i > 0)
                    {
                        w.Punct(TokenKind.Dot, ".");
                    }

                    w.Name(name.Parts[i], i == 0 && spaceBefore);
                }

                break;
            case StringLiteralExpressionSyntax text:
                w.String(text.Literal, spaceBefore);
                break;
            case NumberLiteralExpressionSyntax:
                var signed = w.Optional(TokenKind.Minus, "-", spaceBefore);
                w.Number(spaceBefore: spaceBefore && !signed);
                break;
            case DateLiteralExpressionSyntax date:
                w.Punct(TokenKind.Date, date.Text, spaceBefore);
                break;
            default:
                throw new FormatterException($"Cannot print {expression.GetType().Name}.");
        }
    }

    /// <summary><c>30 days</c>: the amount in minimal form and the unit as written.</summary>
    public void Duration(DurationSyntax duration, bool spaceBefore = true)
    {
        w.Number(spaceBefore);
        w.Name(duration.Unit);
    }

    /// <summary>
    /// <c>==</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>, <c>contains</c>, <c>starts with</c>,
    /// <c>ends with</c>, with one space on each side.
    /// </summary>
    public void Operator(ComparisonOperator op)
    {
        switch (op)
        {
            case ComparisonOperator.Contains:
                w.Word("contains");
                break;
            case ComparisonOperator.StartsWith:
                w.Word("starts");
                w.Word("with");
                break;
            case ComparisonOperator.EndsWith:
                w.Word("ends");
                w.Word("with");
                break;
            default:
                if (w.Peek().Kind == TokenKind.Identifier)
                {
                    throw new FormatterException($"Expected the operator {op} but found '{w.Peek().Text}'.");
                }

                w.Any(SymbolText(op));
                break;
        }
    }

    private static string SymbolText(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "==",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        _ => throw new FormatterException($"{op} is not a symbol operator."),
    };

    private void PrintIn(InExpressionSyntax @in, bool spaceBefore)
    {
        Print(@in.Operand, spaceBefore);
        if (@in.IsNegated)
        {
            w.Word("not");
        }

        w.Word("in");
        w.Punct(TokenKind.OpenBracket, "[", spaceBefore: true);
        for (var i = 0; i < @in.Items.Length; i++)
        {
            if (i > 0)
            {
                w.Punct(TokenKind.Comma, ",");
            }

            Print(@in.Items[i], spaceBefore: i > 0);
        }

        w.Drop(TokenKind.Comma);
        w.Punct(TokenKind.CloseBracket, "]");
    }

    private void PrintRelativeDate(RelativeDateExpressionSyntax relative, bool spaceBefore)
    {
        Print(relative.Operand, spaceBefore);
        if (relative.Operator == RelativeDateOperator.WithinLast)
        {
            w.Word("within");
            w.Word("last");
            Duration(relative.Duration);
        }
        else
        {
            w.Word("more");
            w.Word("than");
            Duration(relative.Duration);
            w.Word("ago");
        }
    }
}
