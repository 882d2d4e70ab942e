using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>Binds <c>30 days</c>, <c>1 month</c>: a whole amount and a calendar unit (S19).</summary>
internal static class DurationBinder
{
    private static readonly string[] UnitNames = ["day", "days", "week", "weeks", "month", "months", "year", "years"];

    /// <summary>The duration, or null after a diagnostic. A zero amount is reported unless <paramref name="allowZero"/>.</summary>
    public static Duration? Bind(BindingContext context, SyntaxTree tree, DurationSyntax syntax, bool allowZero)
    {
        var unit = BindUnit(context, tree, syntax.Unit);
        var amount = syntax.Amount.Value;
        var isWhole = amount >= 0 && amount <= int.MaxValue && Math.Floor(amount) == amount;
        if (!isWhole || (amount == 0 && !allowZero))
        {
            context.Report(DiagnosticCatalog.InvalidDuration, tree, syntax.Span, tree.Source.ToString(syntax.Span));
            return null;
        }

        return unit is { } u ? new Duration((int)amount, u) : null;
    }

    public static DurationUnit? ParseUnit(string word) => word switch
    {
        "day" or "days" => DurationUnit.Day,
        "week" or "weeks" => DurationUnit.Week,
        "month" or "months" => DurationUnit.Month,
        "year" or "years" => DurationUnit.Year,
        _ => null,
    };

    private static DurationUnit? BindUnit(BindingContext context, SyntaxTree tree, IdentifierSyntax unit)
    {
        var parsed = ParseUnit(unit.Text);
        if (parsed is null)
        {
            context.ReportUnknown(tree, unit, "a unit of time", UnitNames, "Use days, weeks, months or years.");
        }

        return parsed;
    }
}
