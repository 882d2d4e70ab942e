using ScoreLang.Benchmarks.Workload;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Contenders;

/// <summary>
/// The baseline: what a good engineer writes without ScoreLang for the benchmark model, over the same columns. One
/// pass over each contact's events per event type (rules on the same type share it), decay from precomputed month
/// boundaries and half-life tables, column arrays hoisted out of the loop. It adds each rule's points in declaration
/// order, as the language defines a group's total, so its results equal the evaluator's bit for bit.
/// </summary>
internal sealed class HandWrittenScorer
{
    private readonly BenchmarkColumns _c;

    public HandWrittenScorer(ScoringData data) => _c = new BenchmarkColumns(data);

    public void Run(DateTime asOf, ScoringOutput output)
    {
        ScoreEngagement(asOf, output[BenchmarkModel.Engagement]);
        ScoreFit(output[BenchmarkModel.Fit]);
    }

    private void ScoreEngagement(DateTime asOf, ScoreColumns output)
    {
        var c = _c;
        // Arrays in locals: the JIT keeps them in registers and can drop bounds checks it proves.
        var bookedOffsets = c.BookedOffsets;
        var bookedTicks = c.BookedTicks;
        var completedOffsets = c.CompletedOffsets;
        var completedTicks = c.CompletedTicks;
        var openedOffsets = c.OpenedOffsets;
        var openedTicks = c.OpenedTicks;
        var clickedOffsets = c.ClickedOffsets;
        var clickedTicks = c.ClickedTicks;
        var clickedCampaign = c.ClickedCampaign;
        var formOffsets = c.FormOffsets;
        var formTicks = c.FormTicks;
        var formName = c.FormName;
        var formStage = c.FormStage;
        var pageOffsets = c.PageOffsets;
        var pageTicks = c.PageTicks;
        var pageUrl = c.PageUrl;
        var stages = c.Stage;
        var employees = c.Employees;
        var now = asOf.Ticks;
        var monthly = HandDecay.SteppedMonths(50, 1, asOf);
        var quarterly = HandDecay.SteppedMonths(100, 3, asOf);
        var meetingHalfLife = HandDecay.HalfLifeDays(30, asOf);
        var formHalfLife = HandDecay.HalfLifeDays(14, asOf);
        var scored = output.Scored.Words;
        var values = output.Values;
        var sales = output.Groups[0];
        var marketing = output.Groups[1];
        var tiers = output.Tiers;
        for (var r = 0; r < stages.Length; r++)
        {
            var stage = stages[r];
            if ((employees[r >> 6] & (1UL << r)) != 0 || stage == BenchmarkColumns.Customer || stage == BenchmarkColumns.Opportunity)
            {
                scored[r >> 6] &= ~(1UL << r);
                values[r] = sales[r] = marketing[r] = 0;
                tiers[r] = -1;
                continue;
            }

            double booked = 0, completed = 0;
            for (int e = bookedOffsets[r], end = bookedOffsets[r + 1]; e < end && bookedTicks[e] <= now; e++)
            {
                booked += 10d;
            }

            for (int e = completedOffsets[r], end = completedOffsets[r + 1]; e < end && completedTicks[e] <= now; e++)
            {
                completed += 20d * meetingHalfLife.Factor(completedTicks[e]);
            }

            double opened = 0, clicked = 0, demo = 0, bottom = 0, pages = 0;
            for (int e = openedOffsets[r], end = openedOffsets[r + 1]; e < end && openedTicks[e] <= now; e++)
            {
                opened += 2d * monthly.Factor(openedTicks[e]);
            }

            for (int e = clickedOffsets[r], end = clickedOffsets[r + 1]; e < end && clickedTicks[e] <= now; e++)
            {
                if (clickedCampaign[e]?.Contains("spring", StringComparison.OrdinalIgnoreCase) == true)
                {
                    clicked += 5d * monthly.Factor(clickedTicks[e]);
                }
            }

            for (int e = formOffsets[r], end = formOffsets[r + 1]; e < end && formTicks[e] <= now; e++)
            {
                if (string.Equals(formName[e], "Demo request", StringComparison.OrdinalIgnoreCase))
                {
                    demo += 10d * quarterly.Factor(formTicks[e]);
                }

                if (formStage[e] == BenchmarkColumns.Bofu)
                {
                    bottom += 3d * formHalfLife.Factor(formTicks[e]);
                }
            }

            var pricing = false;
            for (int e = pageOffsets[r], end = pageOffsets[r + 1]; e < end && pageTicks[e] <= now; e++)
            {
                pricing |= pageUrl[e]?.Contains("/pricing", StringComparison.OrdinalIgnoreCase) == true;
                pages += 1d * monthly.Factor(pageTicks[e]);
            }

            var salesTotal = Math.Max(0, Math.Min(booked + completed, 60d));
            var marketingTotal = Math.Max(0, Math.Min(opened + clicked + demo + bottom + (pricing ? 4d : 0d) + pages, 40d));
            var total = Math.Max(0, Math.Min(salesTotal + marketingTotal, 100d));
            scored[r >> 6] |= 1UL << r;
            values[r] = total;
            sales[r] = salesTotal;
            marketing[r] = marketingTotal;
            tiers[r] = total >= 70 && total < 101 ? 0 : total >= 40 && total < 70 ? 1 : total >= 0 && total < 40 ? 2 : -1;
        }
    }

    private void ScoreFit(ScoreColumns output)
    {
        var c = _c;
        var scored = output.Scored.Words;
        var values = output.Values;
        var role = output.Groups[0];
        var firm = output.Groups[1];
        var tiers = output.Tiers;
        for (var r = 0; r < c.Count; r++)
        {
            if ((c.Competitors[r >> 6] & (1UL << r)) != 0)
            {
                scored[r >> 6] &= ~(1UL << r);
                values[r] = role[r] = firm[r] = 0;
                tiers[r] = -1;
                continue;
            }

            var title = c.JobTitle[r];
            double roleTotal = 0;
            if (title is not null)
            {
                roleTotal += title.Contains("director", StringComparison.OrdinalIgnoreCase) || title.Contains("head of", StringComparison.OrdinalIgnoreCase) ? 20d : 0d;
                roleTotal += title.StartsWith("VP", StringComparison.OrdinalIgnoreCase) ? 20d : 0d;
                roleTotal += title.Contains("student", StringComparison.OrdinalIgnoreCase) ? -15d : 0d;
            }

            roleTotal += c.Unsubscribed[r] ? -10d : 0d;

            double firmTotal = 0;
            var company = c.Company[r];
            var country = company >= 0 ? c.CompanyCountry[company] : null;
            if (company >= 0)
            {
                if ((c.EmployeesKnown[company >> 6] & (1UL << company)) != 0)
                {
                    var employees = c.CompanyEmployees[company];
                    firmTotal += employees >= 50 && employees <= 499 ? 20d : 0d;
                    firmTotal += employees >= 500 ? 30d : 0d;
                }

                var industry = c.Industry[company];
                firmTotal += industry == BenchmarkColumns.Software || industry == BenchmarkColumns.Finance ? 20d : 0d;
                firmTotal += country is not null && (country.Equals("NL", StringComparison.OrdinalIgnoreCase)
                    || country.Equals("BE", StringComparison.OrdinalIgnoreCase) || country.Equals("FR", StringComparison.OrdinalIgnoreCase)) ? 10d : 0d;
            }

            firmTotal += country is null ? -5d : 0d;
            firmTotal += (c.BudgetKnown[r >> 6] & (1UL << r)) != 0 && c.Budget[r] >= 50 ? 5d : 0d;

            var roleValue = Math.Max(0, Math.Min(roleTotal, 40d));
            var firmValue = Math.Max(0, Math.Min(firmTotal, 60d));
            var total = Math.Max(0, Math.Min(roleValue + firmValue, 100d));
            scored[r >> 6] |= 1UL << r;
            values[r] = total;
            role[r] = roleValue;
            firm[r] = firmValue;
            tiers[r] = total >= 70 && total < 101 ? 0 : total >= 40 && total < 70 ? 1 : total >= 0 && total < 40 ? 2 : -1;
        }
    }
}
