using ScoreLang.Evaluation;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using Xunit;
using static ScoreLang.Compiler.Tests.Support.Model;

namespace ScoreLang.Compiler.Tests;

public class WorkedExampleTests
{
    private static readonly EventTypeSymbol Call = Event("call_started", "contact");
    private static readonly EventTypeSymbol Click = Event("email_clicked", "contact");

    private static BoundProgram WorkedExample()
    {
        var schema = Schema with { Events = Schema.Events.Add(Call.Name, Call).Add(Click.Name, Click) };
        var score = Score(
            "contact_engagement",
            ScoreKind.Engagement,
            100,
            [
                Group("sales", 60, EventRule(Call, 15), EventRule(Meeting, 10)),
                Group("marketing", 40, EventRule(Opened, 2), EventRule(Click, 5)),
            ],
            thresholds: [Thresholds(null, ("high", 70, 100), ("medium", 40, 69), ("low", 0, 39))]);
        return new BoundProgram(schema, [score]);
    }

    [Fact]
    public void WorkedExample_MeetingTwoOpensThreeClicks_Scores29()
    {
        var program = WorkedExample();
        var asOf = Utc(2024, 3, 1);
        var builder = new ScoringDataBuilder(program.Schema);
        builder.Records("contact").Add("ann");
        builder.Events("meeting_booked").Add("ann", asOf);
        builder.Events("email_opened").Add("ann", asOf.AddDays(-1));
        builder.Events("email_opened").Add("ann", asOf.AddDays(-2));
        for (var i = 0; i < 3; i++)
        {
            builder.Events("email_clicked").Add("ann", asOf.AddHours(-i));
        }

        var model = ScoreCompiler.Compile(program);
        var output = model.Run(builder.Build(), asOf)["contact_engagement"];

        Assert.Equal(29, output.ValueOf(0));
        Assert.Equal(10, output.GroupOf(0, 0));
        Assert.Equal(19, output.GroupOf(0, 1));
        Assert.Equal("low", output.TierOf(0));
    }

    [Fact]
    public void WorkedExample_CompiledAndEvaluatorAgree_OnTheEvaluatorRecord()
    {
        var program = WorkedExample();
        var asOf = Utc(2024, 3, 1);
        var record = RecordData.Create("ann", "contact") with
        {
            Events =
            [
                new("meeting_booked", asOf, System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty),
                new("email_opened", asOf, System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty),
                new("email_opened", asOf, System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty),
                new("email_clicked", asOf, System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty),
                new("email_clicked", asOf, System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty),
                new("email_clicked", asOf, System.Collections.Immutable.ImmutableDictionary<string, object?>.Empty),
            ],
        };

        var compiled = ScoreCompiler.Compile(program).Evaluate("contact_engagement", record, asOf);
        var reference = ReferenceEvaluator.Evaluate(program, program.Scores[0], record, asOf);

        Assert.Equal(reference.Score, compiled.Score);
        Assert.Equal(29, compiled.Score);
        Assert.Equal(reference.Tier, compiled.Tier);
        Assert.Equal(reference.Groups.Select(g => g.Value), compiled.Groups.Select(g => g.Value));
    }
}
