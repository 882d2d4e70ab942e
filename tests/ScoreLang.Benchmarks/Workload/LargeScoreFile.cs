using System.Globalization;
using System.Text;

namespace ScoreLang.Benchmarks.Workload;

/// <summary>
/// A generated score file of at least 5,000 lines for parse+bind latency: the benchmark model's schema followed by
/// as many engagement and fit scores (groups, event rules with conditions and decay, property rules, thresholds) as
/// it takes. Deterministic: score k differs from score k-1 only in names and numbers.
/// </summary>
internal static class LargeScoreFile
{
    public static string Create(int minimumLines = 5_000)
    {
        var text = new StringBuilder();
        var schema = BenchmarkModel.Text[..BenchmarkModel.Text.IndexOf("score engagement", StringComparison.Ordinal)];
        text.Append(schema);
        for (var k = 0; CountLines(text) < minimumLines; k++)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""

                score engagement_{{k}} for contact "Engagement {{k}}" {
                  kind engagement
                  limit 100
                  exclude list employees
                  exclude when lifecycle_stage in [customer, opportunity]

                  group sales "Sales" limit {{40 + (k % 30)}} {
                    event meeting_booked +{{10 + (k % 7)}}
                    event meeting_completed +20 decay half-life {{20 + (k % 20)}} days
                  }

                  group marketing "Marketing" limit 40 decay 50% every 1 month {
                    event email_opened +2
                    event email_clicked where campaign contains "spring-{{k}}" +5
                    event form_submitted where form == "Demo request" and funnel_stage == bofu +10 decay 100% every 3 months
                    event page_viewed where url contains "/pricing" once +4 no decay
                    event page_viewed within last {{30 + k}} days +1
                  }

                  thresholds {
                    high 70..100
                    medium 40..69
                    low 0..39
                  }
                }

                score fit_{{k}} for contact "Fit {{k}}" {
                  kind fit
                  limit 100
                  exclude list competitors

                  group role "Role" limit 40 {
                    when job_title contains "director" or job_title starts with "VP" +20
                    when days since last_email_open > {{k % 90}} -5
                    when unsubscribed -10
                  }

                  group firmographics "Company" limit 60 {
                    when company.num_employees between {{k}} and {{k + 500}} +20
                    when company.industry in [software, finance] +20
                    when company.country in ["NL", "BE", "FR"] +10
                  }
                }

                """);
        }

        return text.ToString();
    }

    private static int CountLines(StringBuilder text)
    {
        var lines = 0;
        foreach (var chunk in text.GetChunks())
        {
            lines += chunk.Span.Count('\n');
        }

        return lines;
    }
}
