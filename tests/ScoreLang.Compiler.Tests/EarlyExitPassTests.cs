using System.Globalization;
using ScoreLang.Compiler.Tests.Support;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using Xunit;

namespace ScoreLang.Compiler.Tests;

/// <summary>
/// A <c>once … no decay</c> rule is decided by its first matching occurrence (S10), so its loop stops there; when the
/// other rules of the same event type all have a stepped decay, it leaves their shared pass, which then starts at the
/// decay's horizon (S18). Both shapes score exactly as the evaluator does, events after the evaluation date included (S19).
/// </summary>
public class EarlyExitPassTests
{
    private static readonly DateTime AsOf = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    private const string Schema = """
        record contact {
          name: string
        }

        event page_viewed on contact {
          url: string
        }

        """;

    [Fact]
    public void OnceWithoutDecay_BesideSteppedRules_GetsItsOwnLoop_ThatStopsAtTheFirstMatch_S10_S18()
    {
        var program = EvaluatorParity.Bind(Schema + """
            score engagement for contact {
              kind engagement
              group pages decay 50% every 1 month {
                event page_viewed where url contains "/pricing" once +4 no decay
                event page_viewed +1
                event page_viewed where url contains "/blog" +2 decay 25% every 1 week
              }
            }
            """);
        var model = ScoreCompiler.Compile(program, new CompilerOptions { UseMemoryCache = false });

        Assert.Contains("break; // once, no decay: the first occurrence decides", model.GeneratedSource, StringComparison.Ordinal);
        Assert.Contains("for the 2 rules that read them", model.GeneratedSource, StringComparison.Ordinal);
        Assert.Contains("Rt.SkipBefore(", model.GeneratedSource, StringComparison.Ordinal);
        EvaluatorParity.AssertAgrees(program, model, Data(program.Schema), AsOf);
    }

    [Fact]
    public void OnceWithoutDecay_BesideARuleWithoutHorizon_StaysInTheSharedPass_S10()
    {
        var program = EvaluatorParity.Bind(Schema + """
            score engagement for contact {
              kind engagement
              group pages {
                event page_viewed where url contains "/pricing" once +4 no decay
                event page_viewed +1 decay half-life 30 days
              }
            }
            """);
        var model = ScoreCompiler.Compile(program, new CompilerOptions { UseMemoryCache = false });

        Assert.Contains("for the 2 rules that read them", model.GeneratedSource, StringComparison.Ordinal);
        Assert.DoesNotContain("break; // once", model.GeneratedSource, StringComparison.Ordinal);
        EvaluatorParity.AssertAgrees(program, model, Data(program.Schema), AsOf);
    }

    /// <summary>
    /// 30 contacts with 0 to 29 page views each, spread over the 14 months before the evaluation date and a few after
    /// it; pricing pages sit at different ages (some only after the evaluation date, which must not count).
    /// </summary>
    private static ScoringData Data(SchemaModel schema)
    {
        var builder = new ScoringDataBuilder(schema);
        var contacts = builder.Records("contact");
        var events = builder.Events("page_viewed");
        for (var c = 0; c < 30; c++)
        {
            contacts.Add($"c{c}");
            for (var e = 0; e < c; e++)
            {
                var daysBefore = ((c * 37) + (e * 53)) % 430 - 10;
                var url = ((c + e) % 7) switch
                {
                    0 => "/Pricing/plans",
                    1 or 2 => "/blog/" + e.ToString(CultureInfo.InvariantCulture),
                    3 => null,
                    _ => "/docs",
                };
                var evt = events.Add($"c{c}", AsOf.AddDays(-daysBefore).AddHours(e % 24));
                if (url is not null)
                {
                    events.SetValue(evt, 0, url);
                }
            }
        }

        return builder.Build();
    }
}
