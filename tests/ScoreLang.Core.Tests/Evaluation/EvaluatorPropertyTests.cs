using CsCheck;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Property-based checks of the evaluator where a simple oracle exists (S13-S19).</summary>
public sealed class EvaluatorPropertyTests
{
    private static readonly DateTime AsOf = Utc(2024, 6, 1);
    private static readonly string[] Types = ["cta_clicked", "page_viewed", "meeting_booked", "form_submitted"];
    private static readonly DecaySpec?[] Decays =
        [null, Stepped(50, 1, DurationUnit.Month), Stepped(100, 3, DurationUnit.Month), Linear(100, 30, DurationUnit.Day), HalfLife(2, DurationUnit.Week)];

    /// <summary>A rule: every occurrence, once or a count range; any points (negative too) and any decay.</summary>
    private static Gen<BoundRule> RuleGen(bool positiveOnly, bool withCounts) => Gen.Select(
        Gen.Int[0, Types.Length - 1],
        positiveOnly ? Gen.Int[1, 30] : Gen.Int[-30, 30],
        Gen.Int[0, Decays.Length - 1],
        Gen.Int[0, withCounts ? 2 : 1],
        (type, points, decay, mode) => (BoundRule)Event(
            Types[type], points, once: mode == 1, count: mode == 2 ? new CountRange(2, 5) : null, decay: Decays[decay]));

    private static Gen<GroupSymbol> GroupGen(bool capped, bool positiveOnly, bool withCounts) => Gen.Select(
        RuleGen(positiveOnly, withCounts).Array[1, 4],
        capped ? Gen.Int[0, 80] : Gen.Const(0),
        (rules, limit) => Group("g", limit == 0 ? null : limit, rules));

    private static Gen<ScoreSymbol> ScoreGen(bool capped = true, bool positiveOnly = false, bool withCounts = true) => Gen.Select(
        GroupGen(capped, positiveOnly, withCounts).Array[1, 3],
        capped ? Gen.Int[0, 150] : Gen.Const(0),
        Gen.Bool,
        (groups, limit, allowNegative) => Engagement(limit == 0 ? null : limit, groups) with
        {
            AllowNegative = allowNegative,
            Groups = [.. groups.Select((g, i) => g with { Name = "g" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) })],
        });

    /// <summary>An event of one of the types, from two years before the evaluation date to a month after it.</summary>
    private static readonly Gen<EventData> EventGen = Gen.Select(
        Gen.Int[0, Types.Length - 1],
        Gen.Int[-30 * 24, 730 * 24],
        (type, hoursAgo) => NewEvent(Types[type], AsOf.AddHours(-hoursAgo)));

    private static RecordData ContactWith(IEnumerable<EventData> events) => Contact() with { Events = [.. events] };

    [Fact]
    public void Score_NeverExceedsItsLimits_AndNeverGoesBelowTheFloor_S13_S14_S16() =>
        Gen.Select(ScoreGen(), EventGen.Array[0, 30]).Sample((score, events) =>
        {
            var result = Evaluate(score, ContactWith(events), AsOf);

            Assert.True(score.Limit is null || result.Score <= score.Limit);
            Assert.True(score.AllowNegative || result.Score >= 0);
            foreach (var (group, value) in score.Groups.Zip(result.Groups))
            {
                Assert.True(group.Limit is null || value.Value <= group.Limit);
                Assert.True(score.AllowNegative || value.Value >= 0);
            }
        });

    [Fact]
    public void DecayFactor_StaysWithinZeroAndOne_AndNeverRisesWithAge_S17_S19() =>
        Gen.Select(
            Gen.Enum<Syntax.DecayForm>(),
            Gen.Double[0, 200],
            Gen.Int[1, 24],
            Gen.Enum<DurationUnit>(),
            Gen.Long[0, DateTime.MaxValue.Ticks],
            Gen.Long[0, DateTime.MaxValue.Ticks],
            Gen.Long[0, DateTime.MaxValue.Ticks]).Sample((form, percent, amount, unit, eventTicks, firstTicks, secondTicks) =>
        {
            var decay = new DecaySpec(form, percent, new Duration(amount, unit));
            var eventTime = new DateTime(eventTicks, DateTimeKind.Utc);
            var earlier = new DateTime(Math.Min(firstTicks, secondTicks), DateTimeKind.Utc);
            var later = new DateTime(Math.Max(firstTicks, secondTicks), DateTimeKind.Utc);

            var younger = DecayCalculator.Factor(decay, eventTime, earlier);
            var older = DecayCalculator.Factor(decay, eventTime, later);

            Assert.InRange(younger, 0.0, 1.0);
            Assert.InRange(older, 0.0, 1.0);
            Assert.True(older <= younger, $"{decay}: {younger} at {earlier:O}, {older} at {later:O}");
        });

    [Fact]
    public void PermutingTheEvents_NeverChangesTheResult_S17() =>
        Gen.Select(ScoreGen(), EventGen.Array[0, 30])
            .SelectMany((score, events) => Gen.Shuffle(events.ToArray()).Select(shuffled => (score, events, shuffled)))
            .Sample((score, events, shuffled) =>
            {
                var original = Evaluate(score, ContactWith(events), AsOf);
                var permuted = Evaluate(score, ContactWith(shuffled), AsOf);

                Assert.Equal(original.Score, permuted.Score);
                Assert.Equal(original.Groups.Select(g => g.Value), permuted.Groups.Select(g => g.Value));
            });

    [Fact]
    public void AddingAMatchingPositiveEvent_NeverLowersAnUncappedGroup_S10_S17() =>
        Gen.Select(ScoreGen(capped: false, positiveOnly: true, withCounts: false), EventGen.Array[0, 20], EventGen)
            .Sample((score, events, extra) =>
            {
                var before = Evaluate(score, ContactWith(events), AsOf);
                var after = Evaluate(score, ContactWith(events.Append(extra)), AsOf);

                foreach (var (was, now) in before.Groups.Zip(after.Groups))
                {
                    Assert.True(now.Value >= was.Value, $"{was.Name}: {was.Value} -> {now.Value}");
                }

                Assert.True(after.Score >= before.Score);
            });
}
