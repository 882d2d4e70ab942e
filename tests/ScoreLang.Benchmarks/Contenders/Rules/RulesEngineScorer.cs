using RulesEngine.Models;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Contenders.Rules;

/// <summary>
/// Microsoft RulesEngine with <see cref="BenchmarkWorkflows"/>: before timing, each contact becomes a
/// <see cref="RuleContact"/> and the workflows are compiled by a first run; a timed run executes both workflows for
/// every contact and folds the rule outputs into groups (limit, floor), the score and its tier.
/// </summary>
internal sealed class RulesEngineScorer : IScorer
{
    private readonly RulesEngine.RulesEngine _engine;
    private readonly RuleParameter[][] _inputs;

    public RulesEngineScorer(ScoringData data, DateTime asOf)
    {
        var columns = new BenchmarkColumns(data);
        var context = new RuleParameter("a", new RuleContext
        {
            AsOf = asOf.Ticks,
            Monthly = HandDecay.SteppedMonths(50, 1, asOf),
            Quarterly = HandDecay.SteppedMonths(100, 3, asOf),
            MeetingDecay = HandDecay.HalfLifeDays(30, asOf),
            FormDecay = HandDecay.HalfLifeDays(14, asOf),
        });
        _inputs = [.. Enumerable.Range(0, columns.Count).Select(r => new[] { new RuleParameter("c", ToContact(columns, r)), context })];
        _engine = new RulesEngine.RulesEngine(
            BenchmarkWorkflows.Create(),
            new ReSettings { CustomTypes = [typeof(RuleText), typeof(HandDecay), typeof(RuleContext), typeof(RuleContact), typeof(RuleEvent)] });
    }

    public string Name => "Microsoft RulesEngine";

    public double Tolerance => 0;

    public IReadOnlyList<int>? Rows => null;

    public void Score(ScoringOutput output)
    {
        var engagement = output["engagement"];
        var fit = output["fit"];
        for (var r = 0; r < _inputs.Length; r++)
        {
            Write(engagement, r, Wait(_engine.ExecuteAllRulesAsync("engagement", _inputs[r])), [60, 40], Engagement);
            Write(fit, r, Wait(_engine.ExecuteAllRulesAsync("fit", _inputs[r])), [40, 60], Fit);
        }
    }

    /// <summary>The engine's calls complete synchronously (no I/O in the rules); a pending one is waited for.</summary>
    private static T Wait<T>(ValueTask<T> pending) => pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();

    private static int Engagement(double total) => total >= 70 && total < 101 ? 0 : total >= 40 && total < 70 ? 1 : total >= 0 && total < 40 ? 2 : -1;

    private static int Fit(double total) => Engagement(total);

    /// <summary>The rule outputs, in workflow order, summed per group (the prefix of the rule name).</summary>
    private static void Write(ScoreColumns output, int row, List<RuleResultTree> results, double[] limits, Func<double, int> tier)
    {
        if (results[0].IsSuccess)
        {
            output.Scored[row] = false;
            output.Values[row] = output.Groups[0][row] = output.Groups[1][row] = 0;
            output.Tiers[row] = -1;
            return;
        }

        Span<double> groups = stackalloc double[2];
        var group = 0;
        var groupName = GroupOf(results[1].Rule.RuleName);
        for (var i = 1; i < results.Count; i++)
        {
            var name = GroupOf(results[i].Rule.RuleName);
            if (!name.Equals(groupName, StringComparison.Ordinal))
            {
                group++;
                groupName = name;
            }

            if (results[i].IsSuccess)
            {
                if (results[i].ActionResult?.Exception is { } exception)
                {
                    throw new InvalidOperationException($"Rule {results[i].Rule.RuleName} failed: {exception.Message}", exception);
                }

                groups[group] += Convert.ToDouble(results[i].ActionResult!.Output, System.Globalization.CultureInfo.InvariantCulture);
            }
            else if (!string.IsNullOrEmpty(results[i].ExceptionMessage))
            {
                throw new InvalidOperationException($"Rule {results[i].Rule.RuleName} failed: {results[i].ExceptionMessage}");
            }
        }

        var total = 0.0;
        for (var g = 0; g < 2; g++)
        {
            var value = Math.Max(0, Math.Min(groups[g], limits[g]));
            output.Groups[g][row] = value;
            total += value;
        }

        total = Math.Max(0, Math.Min(total, 100));
        output.Scored[row] = true;
        output.Values[row] = total;
        output.Tiers[row] = tier(total);
    }

    private static ReadOnlySpan<char> GroupOf(string ruleName) => ruleName.AsSpan(0, ruleName.IndexOf('.', StringComparison.Ordinal));

    private static RuleContact ToContact(BenchmarkColumns c, int r)
    {
        var company = c.Company[r];
        return new RuleContact
        {
            Employee = (c.Employees[r >> 6] & (1UL << r)) != 0,
            Competitor = (c.Competitors[r >> 6] & (1UL << r)) != 0,
            Stage = c.Stage[r],
            JobTitle = c.JobTitle[r],
            Unsubscribed = c.Unsubscribed[r],
            HasBudget = (c.BudgetKnown[r >> 6] & (1UL << r)) != 0,
            Budget = c.Budget[r],
            HasEmployees = company >= 0 && (c.EmployeesKnown[company >> 6] & (1UL << company)) != 0,
            Employees = company >= 0 ? c.CompanyEmployees[company] : 0,
            Industry = company >= 0 ? c.Industry[company] : -1,
            CompanyCountry = company >= 0 ? c.CompanyCountry[company] : null,
            MeetingBooked = c.BookedTicks[c.BookedOffsets[r]..c.BookedOffsets[r + 1]],
            MeetingCompleted = c.CompletedTicks[c.CompletedOffsets[r]..c.CompletedOffsets[r + 1]],
            EmailOpened = c.OpenedTicks[c.OpenedOffsets[r]..c.OpenedOffsets[r + 1]],
            EmailClicked = Events(c.ClickedOffsets, c.ClickedTicks, c.ClickedCampaign, null, r),
            FormSubmitted = Events(c.FormOffsets, c.FormTicks, c.FormName, c.FormStage, r),
            PageViewed = Events(c.PageOffsets, c.PageTicks, c.PageUrl, null, r),
        };
    }

    private static RuleEvent[] Events(int[] offsets, long[] ticks, string?[] text, int[]? codes, int r) =>
        [.. Enumerable.Range(offsets[r], offsets[r + 1] - offsets[r]).Select(e => new RuleEvent(ticks[e], text[e], codes?[e] ?? -1))];
}
