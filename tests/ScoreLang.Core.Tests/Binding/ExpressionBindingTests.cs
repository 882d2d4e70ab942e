using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

public sealed class ExpressionBindingTests
{
    [Theory]
    [InlineData("lifecycle_stage == customer")]
    [InlineData("lifecycle_stage == \"customer\"")]
    [InlineData("customer == lifecycle_stage")]
    public void EnumMember_AsNameOrString_OnEitherSide_BindsToAnEnumConstant(string condition)
    {
        var comparison = Assert.IsType<BoundComparison>(BindCondition(condition));

        var constant = new[] { comparison.Left, comparison.Right }.OfType<BoundConstant>().Single();
        Assert.Equal("customer", constant.Value);
        Assert.Equal(DataKind.Enum, constant.Type.Kind);
    }

    [Fact]
    public void MisspelledEnumMember_IsAnErrorWithSuggestion_NeverSilentlyFalse()
    {
        var diagnostic = TestCompiler.CompileWithSchema(Score("lifecycle_stage == custmer")).Single("SL2001");

        Assert.Equal("customer", diagnostic.Fix);
        Assert.Contains("Did you mean 'customer'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AssociationPath_BindsToTheAssociatedRecordsProperty_S3()
    {
        var comparison = Assert.IsType<BoundComparison>(BindCondition("company.num_employees >= 500"));

        var access = Assert.IsType<BoundPropertyAccess>(comparison.Left);
        Assert.Equal("num_employees", access.Property.Name);
        Assert.Equal("company", access.Property.OwnerName);
        Assert.Equal("company", access.Association!.Name);
    }

    [Fact]
    public void BareBoolProperty_IsATruthCondition()
    {
        var truth = Assert.IsType<BoundTruth>(BindCondition("unsubscribed"));

        Assert.Equal("unsubscribed", Assert.IsType<BoundPropertyAccess>(truth.Operand).Property.Name);
    }

    [Fact]
    public void DateForms_BindToRelativeDatesAndDaysSince_S11()
    {
        var logical = Assert.IsType<BoundLogical>(BindCondition("created_at within last 30 days and days since last_email_open > 7 or last_email_open more than 2 weeks ago"));

        Assert.Equal(LogicalOperator.Or, logical.Operator);
        var and = Assert.IsType<BoundLogical>(logical.Left);
        Assert.Equal(new Duration(30, DurationUnit.Day), Assert.IsType<BoundRelativeDate>(and.Left).Duration);
        Assert.IsType<BoundDaysSince>(Assert.IsType<BoundComparison>(and.Right).Left);
        Assert.Equal(RelativeDateOperator.MoreThanAgo, Assert.IsType<BoundRelativeDate>(logical.Right).Operator);
    }

    [Fact]
    public void DateCompared_WithDateLiteral_Binds_AndQuotedDateIsAnErrorWithFix()
    {
        Assert.IsType<BoundComparison>(BindCondition("last_email_open > 2024-01-01"));

        var diagnostic = TestCompiler.CompileWithSchema(Score("last_email_open > \"2024-01-01\"")).Single("SL2006");
        Assert.Equal("2024-01-01", diagnostic.Fix);
    }

    [Theory]
    [InlineData("job_title > \"b\"", "SL2004")]
    [InlineData("num_visits contains \"3\"", "SL2001")]
    [InlineData("created_at contains \"2024\"", "SL2005")]
    [InlineData("email == 5", "SL2003")]
    [InlineData("days since email > 3", "SL2007")]
    [InlineData("email", "SL2008")]
    [InlineData("company == \"acme\"", "SL2021")]
    [InlineData("email.domain == \"x\"", "SL2009")]
    [InlineData("phone between 1 and 2", "SL2004")]
    [InlineData("in list big_companies", "SL2011")]
    public void IllTypedCondition_ReportsItsCode(string condition, string code)
    {
        var compilation = TestCompiler.CompileWithSchema(Score(condition));

        compilation.Single(code);
        Assert.IsType<BoundErrorExpression>(((BoundPropertyRule)compilation.Program.Scores[0].Groups[0].Rules[0]).Condition);
    }

    [Fact]
    public void Where_BindsAttributesAndTimestamp_NotRecordProperties()
    {
        var compilation = TestCompiler.CompileWithSchema("""
            score s for contact {
              kind engagement
              group g {
                event form_submitted where funnel_stage in [tofu, mofu] and timestamp > 2024-01-01 +1
                event form_submitted where job_title == "x" +1
              }
            }
            """);

        var rule = (BoundEventRule)compilation.Program.Scores[0].Groups[0].Rules[0];
        var and = Assert.IsType<BoundLogical>(rule.Where);
        Assert.IsType<BoundAttributeAccess>(Assert.IsType<BoundIn>(and.Left).Operand);
        Assert.IsType<BoundEventTimestamp>(Assert.IsType<BoundComparison>(and.Right).Left);
        Assert.Contains("not an attribute of event 'form_submitted'", compilation.Single("SL2001").Message, StringComparison.Ordinal);
    }

    private static string Score(string condition) => $$"""
        score s for contact {
          kind fit
          group g { when {{condition}} +1 }
        }
        """;

    private static BoundExpression BindCondition(string condition)
    {
        var compilation = TestCompiler.CompileWithSchema(Score(condition));
        compilation.AssertClean();
        return ((BoundPropertyRule)compilation.Program.Scores[0].Groups[0].Rules[0]).Condition;
    }
}
