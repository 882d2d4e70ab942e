using ScoreLang.Diagnostics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>Binds the integer ranges of <c>count 2..5</c> (S12) and of threshold bands (S23).</summary>
internal static class RangeBinder
{
    /// <summary>The inclusive range (To null: open-ended), or null after reporting SL3010.</summary>
    public static (int From, int? To)? Bind(BindingContext context, SyntaxTree tree, RangeSyntax syntax)
    {
        if (syntax.From is null)
        {
            return null; // the parser reported the missing number
        }

        var text = tree.Source.ToString(syntax.Span);
        var from = syntax.From.Value;
        var to = syntax.IsSingleValue ? from : syntax.To?.Value;
        if (!IsWhole(from) || (to is { } t && !IsWhole(t)))
        {
            context.Report(DiagnosticCatalog.InvalidRange, tree, syntax.Span, text, "its bounds must be whole numbers.");
            return null;
        }

        if (to < from)
        {
            var fix = $"{to.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}..{from.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
            context.Add(Diagnostic.Create(DiagnosticCatalog.InvalidRange, BindingContext.Location(tree, syntax.Span), text, $"it ends before it starts. Write {fix}.")
                .WithFix(fix));
            return null;
        }

        return ((int)from, to is { } end ? (int)end : null);
    }

    public static string Format(int from, int? to) => to is null ? $"{from}.." : from == to ? $"{from}" : $"{from}..{to}";

    public static bool Overlap(int fromA, int? toA, int fromB, int? toB) =>
        fromA <= (toB ?? int.MaxValue) && fromB <= (toA ?? int.MaxValue);

    private static bool IsWhole(double value) => value >= 0 && value <= int.MaxValue && Math.Floor(value) == value;
}
