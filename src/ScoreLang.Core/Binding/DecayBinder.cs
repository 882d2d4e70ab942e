using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Binds a decay clause (S17-S19): <c>decay 50% every 1 month</c> (stepped), <c>decay 100% over 3 months</c> (linear),
/// <c>decay half-life 30 days</c> and <c>no decay</c> (null: opts out of the group's decay).
/// </summary>
internal static class DecayBinder
{
    /// <summary>Half-life decays carry 50 as their percent: the share lost after one period.</summary>
    public const double HalfLifePercent = 50;

    public static DecaySpec? Bind(BindingContext context, SyntaxTree tree, DecaySyntax syntax)
    {
        if (syntax.Form == DecayForm.None)
        {
            return null;
        }

        var percent = HalfLifePercent;
        var valid = true;
        if (syntax.Form != DecayForm.HalfLife && syntax.Percent is { } written)
        {
            percent = written.Value;
            if (percent is < 0 or > 100)
            {
                context.Report(DiagnosticCatalog.PercentOutOfRange, tree, written.Span, Number(percent));
                valid = false;
            }
        }

        if (syntax.Period is not { } periodSyntax)
        {
            return null; // the parser reported the missing period
        }

        var period = DurationBinder.Bind(context, tree, periodSyntax, allowZero: true);
        if (period is { Amount: 0 })
        {
            context.Report(DiagnosticCatalog.DecayPeriodZero, tree, periodSyntax.Span, periodSyntax.Unit.Text);
            return null;
        }

        return valid && period is not null ? new DecaySpec(syntax.Form, percent, period) : null;
    }

    public static string Number(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
