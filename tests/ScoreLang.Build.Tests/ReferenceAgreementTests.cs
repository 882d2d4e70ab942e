using CsCheck;
using ScoreLang.Build.Tests.Scoring;
using ScoreLang.Build.Tests.Support;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using Xunit;

namespace ScoreLang.Build.Tests;

/// <summary>
/// The generated scorers (the compiler's code behind typed inputs) agree with the reference evaluator on random data
/// of the sample schema, for every sample score: the score, each group, a combined score's parts and the tier.
/// </summary>
public sealed class ReferenceAgreementTests
{
    private static readonly DateTime AsOf = new(2024, 9, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void ContactScores_AgreeWithTheReferenceEvaluator() =>
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var contacts = SampleData.Contacts(seed, 40, AsOf);
                AgreeBatch(ContactEngagementScorer.Instance.Program, ContactEngagementScorer.Instance.Symbol, ContactEngagementScorer.Instance.Evaluate(contacts, AsOf), contacts, ScoreLangRecords.ToRecordData,
                    r => new Values(r.IsScored, r.Score, r.TierLabel, r.Groups is null ? null : [r.Groups.Sales, r.Groups.Marketing], null, null));
                AgreeBatch(ContactFitScorer.Instance.Program, ContactFitScorer.Instance.Symbol, ContactFitScorer.Instance.Evaluate(contacts, AsOf), contacts, ScoreLangRecords.ToRecordData,
                    r => new Values(r.IsScored, r.Score, r.TierLabel, r.Groups is null ? null : [r.Groups.Role, r.Groups.Firmographics], null, null));
                AgreeBatch(HubspotScoreScorer.Instance.Program, HubspotScoreScorer.Instance.Symbol, HubspotScoreScorer.Instance.Evaluate(contacts, AsOf), contacts, ScoreLangRecords.ToRecordData,
                    r => new Values(r.IsScored, r.Score, r.TierLabel, r.Groups is null ? null : [r.Groups.Content, r.Groups.Visits, r.Groups.Feedback], null, null));
                AgreeBatch(LeadQualityScorer.Instance.Program, LeadQualityScorer.Instance.Symbol, LeadQualityScorer.Instance.Evaluate(contacts, AsOf), contacts, ScoreLangRecords.ToRecordData,
                    r => new Values(r.IsScored, r.Score, r.TierLabel, r.Groups is null ? null : [r.Groups.Profile, r.Groups.Activity], r.Engagement, r.Fit));
            },
            iter: 40);

    [Fact]
    public void CompanyScores_AgreeWithTheReferenceEvaluator() =>
        Gen.Int[0, int.MaxValue].Sample(
            seed =>
            {
                var companies = SampleData.Companies(seed, 25, AsOf);
                AgreeBatch(CompanyEngagementScorer.Instance.Program, CompanyEngagementScorer.Instance.Symbol, CompanyEngagementScorer.Instance.Evaluate(companies, AsOf), companies, ScoreLangRecords.ToRecordData,
                    r => new Values(r.IsScored, r.Score, r.TierLabel, r.Groups is null ? null : [r.Groups.Meetings, r.Groups.Content], null, null));
                AgreeBatch(CompanyFitScorer.Instance.Program, CompanyFitScorer.Instance.Symbol, CompanyFitScorer.Instance.Evaluate(companies, AsOf), companies, ScoreLangRecords.ToRecordData,
                    r => new Values(r.IsScored, r.Score, r.TierLabel, r.Groups is null ? null : [r.Groups.Size], null, null));
            },
            iter: 40);

    private static void AgreeBatch<TRecord, TResult>(
        BoundProgram program,
        ScoreSymbol score, IReadOnlyList<TResult> results, IReadOnlyList<TRecord> records, Func<TRecord, RecordData> toRecordData, Func<TResult, Values> values)
    {
        for (var i = 0; i < records.Count; i++)
        {
            var expected = ReferenceEvaluator.Evaluate(program, score, toRecordData(records[i]), AsOf);
            var actual = values(results[i]);
            var context = $"{score.Name}, record {i}";
            Assert.True(expected.IsScored == actual.IsScored, context + ": scored");
            Assert.True(expected.Score == actual.Score, $"{context}: score {expected.Score} (evaluator) != {actual.Score} (generated)");
            Assert.True(expected.Tier == actual.Tier, $"{context}: tier {expected.Tier} != {actual.Tier}");
            Assert.True(expected.Engagement == actual.Engagement && expected.Fit == actual.Fit, context + ": parts");
            if (expected.IsScored)
            {
                Assert.Equal(expected.Groups.Select(g => g.Value), actual.Groups!);
            }
        }
    }

    private sealed record Values(bool IsScored, double? Score, string? Tier, double[]? Groups, double? Engagement, double? Fit);
}
