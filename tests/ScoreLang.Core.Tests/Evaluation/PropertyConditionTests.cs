using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;
using static ScoreLang.Core.Tests.Evaluation.ModelBuilder;
using static ScoreLang.Core.Tests.Evaluation.RecordBuilder;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Core.Tests.Evaluation;

/// <summary>Property rules and every condition form, unknown values included (S1, S3, S4, S11).</summary>
public sealed class PropertyConditionTests
{
    private static readonly DateTime AsOf = Utc(2024, 6, 1);
    private static readonly BoundPropertyAccess Title = Prop("job_title", ValueType.String);
    private static readonly BoundPropertyAccess Employees = Prop("num_employees", ValueType.Number);
    private static readonly BoundPropertyAccess Stage = Prop("lifecycle_stage", ValueType.EnumOf(["lead", "mql", "customer"]));
    private static readonly BoundPropertyAccess LastOpen = Prop("last_email_open", ValueType.Date);
    private static readonly BoundPropertyAccess Unsubscribed = Prop("unsubscribed", ValueType.Bool);

    private static bool Holds(BoundExpression condition, RecordData contact, params ListSymbol[] lists) =>
        Evaluate(Score("fit", ScoreKind.Fit, null, FitGroup("g", null, When(condition, 1))), contact, AsOf, lists).Score == 1;

    [Fact]
    public void PropertyRule_GivesItsPointsOnceWhileItHoldsAndNothingOnceItNoLongerHolds_S11()
    {
        var score = Score("fit", ScoreKind.Fit, null, FitGroup("role", null, When(Compare(Title, ComparisonOperator.Contains, "director"), 20)));

        Assert.Equal(20, Evaluate(score, Contact().With("job_title", "Marketing Director"), AsOf).Score);
        Assert.Equal(0, Evaluate(score, Contact().With("job_title", "Intern"), AsOf).Score);
    }

    [Theory]
    [InlineData(ComparisonOperator.Equal, "VP Sales", true)]
    [InlineData(ComparisonOperator.Equal, "vp sales", true)] // text ignores case
    [InlineData(ComparisonOperator.NotEqual, "VP Sales", false)]
    [InlineData(ComparisonOperator.Contains, "SALES", true)]
    [InlineData(ComparisonOperator.StartsWith, "vp", true)]
    [InlineData(ComparisonOperator.StartsWith, "Sales", false)]
    [InlineData(ComparisonOperator.EndsWith, "sales", true)]
    public void TextConditions_EqualityContainsStartsEnds_IgnoreCase_S11(ComparisonOperator op, string text, bool expected) =>
        Assert.Equal(expected, Holds(Compare(Title, op, text), Contact().With("job_title", "VP Sales")));

    [Theory]
    [InlineData(ComparisonOperator.Equal, 200, true)]
    [InlineData(ComparisonOperator.NotEqual, 200, false)]
    [InlineData(ComparisonOperator.Less, 200, false)]
    [InlineData(ComparisonOperator.LessOrEqual, 200, true)]
    [InlineData(ComparisonOperator.Greater, 199.5, true)]
    [InlineData(ComparisonOperator.GreaterOrEqual, 500, false)]
    public void NumericComparisons_S11(ComparisonOperator op, double value, bool expected) =>
        Assert.Equal(expected, Holds(Compare(Employees, op, value), Contact().With("num_employees", 200.0)));

    [Theory]
    [InlineData(49, false)]
    [InlineData(50, true)]
    [InlineData(499, true)]
    [InlineData(500, false)]
    public void Between_IsInclusiveOnBothEnds_S11(double employees, bool expected) =>
        Assert.Equal(expected, Holds(Between(Employees, 50, 499), Contact().With("num_employees", employees)));

    [Fact]
    public void SetMembership_InAndNotIn_OnEnumsAndText_S11()
    {
        var customer = Contact().With("lifecycle_stage", "customer");

        Assert.True(Holds(In(Stage, "customer", "opportunity"), customer));
        Assert.False(Holds(In(Stage, "lead", "mql"), customer));
        Assert.True(Holds(NotIn(Stage, "lead", "mql"), customer));
        Assert.True(Holds(In(Prop("country", ValueType.String), "NL", "BE"), Contact().With("country", "nl")));
    }

    [Fact]
    public void UnknownValues_EveryComparisonIsFalse_IsUnknownTests_NotIsPlainNegation_S11()
    {
        var nobody = Contact(); // no properties at all: every value is unknown

        Assert.False(Holds(Eq(Title, "CTO"), nobody));
        Assert.False(Holds(Compare(Title, ComparisonOperator.NotEqual, "CTO"), nobody));
        Assert.False(Holds(Compare(Title, ComparisonOperator.Contains, "a"), nobody));
        Assert.False(Holds(Compare(Employees, ComparisonOperator.Less, 10.0), nobody));
        Assert.False(Holds(Between(Employees, 0, 1e9), nobody));
        Assert.False(Holds(In(Stage, "lead"), nobody));
        Assert.False(Holds(NotIn(Stage, "lead"), nobody));
        Assert.False(Holds(WithinLast(LastOpen, 30, DurationUnit.Day), nobody));
        Assert.False(Holds(MoreThanAgo(LastOpen, 30, DurationUnit.Day), nobody));
        Assert.False(Holds(Compare(DaysSince(LastOpen), ComparisonOperator.GreaterOrEqual, 0.0), nobody));
        Assert.False(Holds(Truth(Unsubscribed), nobody));
        Assert.True(Holds(IsKnown(Title, known: false), nobody));
        Assert.False(Holds(IsKnown(Title), nobody));
        Assert.True(Holds(Not(Eq(Title, "CTO")), nobody)); // `not (x == ...)` holds for an unknown x
        Assert.True(Holds(IsKnown(Title), Contact().With("job_title", "CTO")));
    }

    [Fact]
    public void BoolProperty_AloneOrComparedIsACondition_S11()
    {
        var gone = Contact().With("unsubscribed", true);

        Assert.True(Holds(Truth(Unsubscribed), gone));
        Assert.False(Holds(Eq(Unsubscribed, false), gone));
        Assert.True(Holds(Eq(Unsubscribed, false), Contact().With("unsubscribed", false)));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    [InlineData(-1, false)] // a date after the evaluation date is not "in the last 30 days"
    public void WithinLastThirtyDays_IncludesBothEnds_S11(int daysAgo, bool expected) =>
        Assert.Equal(expected, Holds(WithinLast(LastOpen, 30, DurationUnit.Day), Contact().With("last_email_open", AsOf.AddDays(-daysAgo))));

    [Theory]
    [InlineData(90, false)]
    [InlineData(91, true)]
    public void MoreThanNinetyDaysAgo_IsStrictlyBeforeTheBoundary_S11(int daysAgo, bool expected) =>
        Assert.Equal(expected, Holds(MoreThanAgo(LastOpen, 90, DurationUnit.Day), Contact().With("last_email_open", AsOf.AddDays(-daysAgo))));

    [Fact]
    public void DaysSince_CountsWholeDaysToTheEvaluationDate_S11()
    {
        var contact = Contact().With("last_email_open", AsOf.AddDays(-31).AddHours(-23));
        var moreThanThirty = Compare(DaysSince(LastOpen), ComparisonOperator.Greater, 30.0);

        Assert.True(Holds(moreThanThirty, contact));
        Assert.False(Holds(Compare(DaysSince(LastOpen), ComparisonOperator.Greater, 31.0), contact)); // 31.96 days is 31 whole days
    }

    [Fact]
    public void DateComparison_AgainstADateConstant_S11()
    {
        var created = Prop("created_at", ValueType.DateTime);

        Assert.True(Holds(Compare(created, ComparisonOperator.Less, Utc(2024, 1, 1)), Contact().With("created_at", Utc(2023, 12, 31, 23))));
        Assert.False(Holds(Compare(created, ComparisonOperator.Less, Utc(2024, 1, 1)), Contact().With("created_at", Utc(2024, 1, 1))));
    }

    [Fact]
    public void Logic_AndOrNot_CombineConditions_S11()
    {
        var director = Compare(Title, ComparisonOperator.Contains, "director");
        var head = Compare(Title, ComparisonOperator.Contains, "head of");
        var big = Compare(Employees, ComparisonOperator.GreaterOrEqual, 500.0);

        Assert.True(Holds(Or(director, head), Contact().With("job_title", "Head of IT")));
        Assert.False(Holds(And(Or(director, head), big), Contact().With("job_title", "Head of IT").With("num_employees", 20.0)));
        Assert.True(Holds(And(Not(director), big), Contact().With("job_title", "CTO").With("num_employees", 800)));
    }

    [Fact]
    public void ContactFit_LooksAtTheAssociatedCompanysProperties_S3()
    {
        var industry = CompanyProp("industry", ValueType.EnumOf(["software", "retail"]));
        var size = CompanyProp("num_employees", ValueType.Number);
        var score = Score("fit", ScoreKind.Fit, null, FitGroup("firmographics", null, When(Eq(industry, "software"), 20), When(Between(size, 50, 499), 20)));
        var contact = Contact().WithCompany(Company().With("industry", "software").With("num_employees", 200.0));

        Assert.Equal(40, Evaluate(score, contact, AsOf).Score);
        Assert.Equal(0, Evaluate(score, Contact(), AsOf).Score); // no company: its properties are unknown
        Assert.True(Holds(IsKnown(CompanyProp("country", ValueType.String), known: false), contact));
    }

    [Fact]
    public void Lists_StaticMembershipIsInputData_S4()
    {
        var partners = List("partners");

        Assert.True(Holds(InList("partners"), Contact().InList("partners"), partners));
        Assert.False(Holds(InList("partners"), Contact(), partners));
        Assert.True(Holds(InList("partners", negated: true), Contact(), partners));
    }

    [Fact]
    public void Lists_ConditionalListIsDefinedByItsPredicateOnTheRecord_S4()
    {
        var customers = List("customers", Eq(Stage, "customer"));

        Assert.True(Holds(InList("customers"), Contact().With("lifecycle_stage", "customer"), customers));
        Assert.False(Holds(InList("customers"), Contact().With("lifecycle_stage", "lead").InList("customers"), customers));
    }

    [Fact]
    public void Lists_AListDefinedThroughItself_HasNoMembersInsteadOfLoopingForever_S4()
    {
        var loop = List("loop", InList("loop"));

        Assert.False(Holds(InList("loop"), Contact(), loop));
    }

    [Fact]
    public void RecordsCarryTypedValuesOfEveryKind_S1()
    {
        var contact = Contact()
            .With("job_title", "CTO")
            .With("num_employees", 12.5)
            .With("unsubscribed", false)
            .With("last_email_open", Utc(2024, 5, 1))
            .With("lifecycle_stage", "mql");
        var all = And(
            And(Eq(Title, "cto"), Compare(Employees, ComparisonOperator.Greater, 12.0)),
            And(Eq(Unsubscribed, false), And(WithinLast(LastOpen, 1, DurationUnit.Month), Eq(Stage, "MQL"))));

        Assert.True(Holds(all, contact));
    }
}
