using System.Globalization;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Binding;

/// <summary>
/// Reads a written value as a constant of a known type: the items of <c>in [...]</c> and the field values of tests.
/// Enum members may be written as names or strings; dates are written as date literals, never in quotes.
/// In conditions a mismatch is SL2003 (SL2006 for a quoted date), in tests SL4005.
/// </summary>
internal sealed class ConstantBinder(BindingContext context, SyntaxTree tree, bool inTest)
{
    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mmZ", "yyyy-MM-ddTHH:mm:ssZ"];

    /// <summary>The constant, or null after reporting why <paramref name="syntax"/> is not a value of <paramref name="target"/>.</summary>
    public BoundConstant? Bind(ExpressionSyntax syntax, ValueType target, string subject)
    {
        if (target.Kind == DataKind.Error || syntax is MissingExpressionSyntax)
        {
            return null;
        }

        switch (syntax)
        {
            case NameExpressionSyntax { Parts: [var name] } when !name.IsMissing:
                return BindName(syntax, name, target, subject);
            case StringLiteralExpressionSyntax s:
                return BindString(s, target, subject);
            case NumberLiteralExpressionSyntax n when target.Kind == DataKind.Number:
                return new BoundConstant(n.Literal.Value, ValueType.Number, n.Span);
            case DateLiteralExpressionSyntax d when target.IsTemporal:
                return new BoundConstant(d.Value, OperandBinder.DateType(d), d.Span);
            case NumberLiteralExpressionSyntax:
                return Mismatch(syntax, target, subject, "a number", null);
            case DateLiteralExpressionSyntax d:
                return Mismatch(syntax, target, subject, "a date", null);
            default:
                return Mismatch(syntax, target, subject, "not a constant", null);
        }
    }

    public static DateTime? TryParseDate(string text) =>
        DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value)
            ? value
            : null;

    private BoundConstant? BindName(ExpressionSyntax syntax, IdentifierSyntax name, ValueType target, string subject)
    {
        var text = name.Text;
        switch (target.Kind)
        {
            case DataKind.Enum when target.EnumMembers.Contains(text, StringComparer.Ordinal):
                return new BoundConstant(text, target, syntax.Span);
            case DataKind.Enum:
                context.ReportUnknown(tree, name, $"one of {string.Join(", ", target.EnumMembers)} ({subject})", target.EnumMembers);
                return null;
            case DataKind.Bool when text is "true" or "false":
                return new BoundConstant(text == "true", ValueType.Bool, syntax.Span);
            case DataKind.String:
                return Mismatch(syntax, target, subject, "a name", $"\"{text}\"");
            default:
                return Mismatch(syntax, target, subject, "a name", null);
        }
    }

    private BoundConstant? BindString(StringLiteralExpressionSyntax syntax, ValueType target, string subject)
    {
        var value = syntax.Literal.Value;
        switch (target.Kind)
        {
            case DataKind.String:
                return new BoundConstant(value, ValueType.String, syntax.Span);
            case DataKind.Enum when target.EnumMembers.Contains(value, StringComparer.Ordinal):
                return new BoundConstant(value, target, syntax.Span);
            case DataKind.Enum:
                context.ReportUnknown(tree, syntax.Span, value, $"one of {string.Join(", ", target.EnumMembers)} ({subject})", target.EnumMembers);
                return null;
            case DataKind.Date or DataKind.DateTime when TryParseDate(value) is not null && !inTest:
                context.Add(Diagnostic.Create(DiagnosticCatalog.DateLiteralRequired, BindingContext.Location(tree, syntax.Span), subject, $"the string \"{value}\"")
                    .WithFix(value));
                return null;
            case DataKind.Date or DataKind.DateTime when TryParseDate(value) is not null:
                return Mismatch(syntax, target, subject, "text", value);
            case DataKind.Bool when value is "true" or "false":
                return Mismatch(syntax, target, subject, "text", value);
            case DataKind.Number when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _):
                return Mismatch(syntax, target, subject, "text", value);
            default:
                return Mismatch(syntax, target, subject, "text", null);
        }
    }

    private BoundConstant? Mismatch(ExpressionSyntax syntax, ValueType target, string subject, string actual, string? fix)
    {
        var written = tree.Source.ToString(syntax.Span);
        var hint = fix is null ? $"Write {TypeText.Expected(target)}." : $"Write {fix}.";
        var location = BindingContext.Location(tree, syntax.Span);
        var diagnostic = inTest
            ? Diagnostic.Create(DiagnosticCatalog.TestFieldType, location, subject.Trim('\''), TypeText.Describe(target), written, hint)
            : Diagnostic.Create(DiagnosticCatalog.TypeMismatch, location, subject, TypeText.Describe(target), TypeText.Quote(written),
                actual, hint);
        context.Add(fix is null ? diagnostic : diagnostic.WithFix(fix));
        return null;
    }
}
