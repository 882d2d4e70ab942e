using RulesEngine.Models;

namespace ScoreLang.Benchmarks.Contenders.Rules;

/// <summary>
/// The benchmark model as two Microsoft RulesEngine workflows: one rule per ScoreLang rule (named group.rule, in the
/// model's order) whose output expression gives its points, plus an "exclude" rule per score. Limits, the floor and
/// tiers are plain C# around the engine (<see cref="RulesEngineScorer"/>), as a team using the engine would write them.
/// </summary>
internal static class BenchmarkWorkflows
{
    public const string Exclude = "exclude";

    public static Workflow[] Create() =>
    [
        new Workflow
        {
            WorkflowName = "engagement",
            Rules =
            [
                Condition(Exclude, "c.Employee || c.Stage == 5 || c.Stage == 4"),
                Points("sales.meeting_booked", "c.MeetingBooked.Where(t => t <= a.AsOf).Sum(t => 10.0)"),
                Points("sales.meeting_completed", "c.MeetingCompleted.Where(t => t <= a.AsOf).Sum(t => 20.0 * a.MeetingDecay.Factor(t))"),
                Points("marketing.email_opened", "c.EmailOpened.Where(t => t <= a.AsOf).Sum(t => 2.0 * a.Monthly.Factor(t))"),
                Points("marketing.email_clicked", "c.EmailClicked.Where(e => e.Ticks <= a.AsOf && RuleText.Contains(e.Text, \"spring\")).Sum(e => 5.0 * a.Monthly.Factor(e.Ticks))"),
                Points("marketing.demo_request", "c.FormSubmitted.Where(e => e.Ticks <= a.AsOf && RuleText.IsText(e.Text, \"Demo request\")).Sum(e => 10.0 * a.Quarterly.Factor(e.Ticks))"),
                Points("marketing.bottom_of_funnel", "c.FormSubmitted.Where(e => e.Ticks <= a.AsOf && e.Code == 2).Sum(e => 3.0 * a.FormDecay.Factor(e.Ticks))"),
                Condition("marketing.pricing_once", "c.PageViewed.Any(e => e.Ticks <= a.AsOf && RuleText.Contains(e.Text, \"/pricing\"))", "4.0"),
                Points("marketing.page_viewed", "c.PageViewed.Where(e => e.Ticks <= a.AsOf).Sum(e => 1.0 * a.Monthly.Factor(e.Ticks))"),
            ],
        },
        new Workflow
        {
            WorkflowName = "fit",
            Rules =
            [
                Condition(Exclude, "c.Competitor"),
                Condition("role.title", "RuleText.Contains(c.JobTitle, \"director\") || RuleText.Contains(c.JobTitle, \"head of\")", "20.0"),
                Condition("role.vp", "RuleText.StartsWith(c.JobTitle, \"VP\")", "20.0"),
                Condition("role.student", "RuleText.Contains(c.JobTitle, \"student\")", "-15.0"),
                Condition("role.unsubscribed", "c.Unsubscribed", "-10.0"),
                Condition("firmographics.mid_size", "c.HasEmployees && c.Employees >= 50 && c.Employees <= 499", "20.0"),
                Condition("firmographics.large", "c.HasEmployees && c.Employees >= 500", "30.0"),
                Condition("firmographics.industry", "c.Industry == 0 || c.Industry == 2", "20.0"),
                Condition("firmographics.country", "RuleText.IsText(c.CompanyCountry, \"NL\") || RuleText.IsText(c.CompanyCountry, \"BE\") || RuleText.IsText(c.CompanyCountry, \"FR\")", "10.0"),
                Condition("firmographics.country_unknown", "c.CompanyCountry == null", "-5.0"),
                Condition("firmographics.budget", "c.HasBudget && c.Budget >= 50", "5.0"),
            ],
        },
    ];

    private static Rule Points(string name, string expression) => Condition(name, "true", expression);

    private static Rule Condition(string name, string condition, string? points = null) => new()
    {
        RuleName = name,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = condition,
        Actions = points is null
            ? null
            : new RuleActions
            {
                OnSuccess = new ActionInfo
                {
                    Name = "OutputExpression",
                    Context = new Dictionary<string, object>(StringComparer.Ordinal) { ["expression"] = points },
                },
            },
    };
}
