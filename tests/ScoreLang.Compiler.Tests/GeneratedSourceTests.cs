using ScoreLang.Compiler.Tests.Support;
using ScoreLang.Tests.Shared;
using Xunit;

namespace ScoreLang.Compiler.Tests;

public class GeneratedSourceTests
{
    [Fact]
    public void EngagementModel_GeneratesTheBaselinedCSharp()
    {
        Baseline.Match("engagement.generated.cs.txt", ScoreCompiler.GenerateSource(SampleModels.Engagement()));
    }

    [Fact]
    public void CombinedAndCompanyModel_GeneratesTheBaselinedCSharp()
    {
        Baseline.Match("combined.generated.cs.txt", ScoreCompiler.GenerateSource(SampleModels.Combined()));
    }

    [Fact]
    public void GeneratedSource_PointsEachRuleBackToItsScoreLine()
    {
        var source = ScoreCompiler.GenerateSource(SampleModels.Engagement());

        Assert.Contains("// model.score(11,3): event meeting_booked +10", source, StringComparison.Ordinal);
        Assert.Contains("// model.score(17,3): event email_opened -3", source, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedSource_IsTheSameEveryTime()
    {
        Assert.Equal(ScoreCompiler.GenerateSource(SampleModels.Combined()), ScoreCompiler.GenerateSource(SampleModels.Combined()));
    }
}
