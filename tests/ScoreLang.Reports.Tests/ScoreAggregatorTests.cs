using ScoreLang.Data;
using ScoreLang.Runtime.Output;
using Xunit;

namespace ScoreLang.Reports.Tests;

/// <summary>
/// Hand-computed aggregates over four contacts whose output columns are set by hand:
/// c0 60 high (a 30 at its limit, b 30), c1 20 low (10, 10), c2 10 low (10, 0), c3 not scored.
/// </summary>
public sealed class ScoreAggregatorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scorelang-report-tests-").FullName;
    private readonly Semantics.BoundProgram _program = TestModel.Bind();
    private readonly Runtime.ScoringData _data;
    private readonly ScoringOutput _output;

    public ScoreAggregatorTests()
    {
        _data = TestModel.Data(
            _program,
            TestModel.Contact("c0", won: true),
            TestModel.Contact("c1", won: false),
            TestModel.Contact("c2", won: true),
            TestModel.Contact("c3", won: true));
        _output = ScoringOutput.Create(_program.Scores, _data);
        var columns = _output["eng"];
        TestModel.Set(columns, 0, 60, 0, 30, 30);
        TestModel.Set(columns, 1, 20, 1, 10, 10);
        TestModel.Set(columns, 2, 10, 1, 10, 0);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Aggregate_CountsMeanMinMaxAndBands_S20_S23()
    {
        var aggregate = Aggregator().Aggregate();

        Assert.Equal((4L, 3L, 1L), (aggregate.Records, aggregate.Scored, aggregate.Excluded));
        Assert.Equal((30.0, 10.0, 60.0), (aggregate.Mean, aggregate.Min, aggregate.Max));
        Assert.Equal([("high", 1L), ("low", 2L)], aggregate.Bands.Select(b => (b.Label, b.Count)));
        Assert.Equal(2.0 / 3, aggregate.Bands[1].Share, 9);
    }

    [Fact]
    public void Aggregate_HistogramOfScoredValuesOnly_WidthFromTheScoreLimit()
    {
        var bins = Aggregator().Aggregate().Distributions.Single().Bins;

        // Limit 100: bins of 2. 10, 20 and 60 are counted; the unscored row's 0 is not (S20).
        Assert.Equal(26, bins.Length);
        Assert.Equal([(10.0, 1L), (20, 1), (60, 1)], bins.Where(b => b.Count > 0).Select(b => (b.From, b.Count)));
    }

    [Fact]
    public void Aggregate_GroupMeansSharesAndLimitHits_S13()
    {
        var groups = Aggregator().Aggregate().Groups;

        Assert.Equal(50.0 / 3, groups[0].Mean, 9);
        Assert.Equal(40.0 / 3, groups[1].Mean, 9);
        Assert.Equal(50.0 / 90, groups[0].Share, 9);
        Assert.Equal(1, groups[0].LimitReached);
        Assert.Equal(1.0 / 3, groups[0].LimitReachedShare, 9);
        Assert.Equal(0, groups[1].LimitReached);
    }

    [Fact]
    public void Aggregate_WithPreviousOutput_CountsCrossingsUpNewAndUnscored_S25()
    {
        var path = Path.Combine(_folder, "previous.csv");
        File.WriteAllLines(path, ["id,eng,eng_tier", "c0,40,low", "c1,20,low", "c3,5,low"]);
        var previous = PreviousOutput.Read(path, _program.Scores);

        var crossings = new ScoreAggregator(_output["eng"], _data.RecordsOf("contact")) { Previous = previous }.Aggregate().Crossings!;

        Assert.Equal((3L, 1L, 2L, 1L, 0L), (crossings.Compared, crossings.New, crossings.Crossed, crossings.Up, crossings.Down));
        Assert.Equal(["high", "low", "(not in file)"], crossings.Matrix.Rows.ToArray());
        Assert.Equal(["high", "low", "(not scored)"], crossings.Matrix.Columns.ToArray());
        Assert.Equal([0L, 0, 0], crossings.Matrix.Counts[0]);
        Assert.Equal([1L, 1, 1], crossings.Matrix.Counts[1]);
        Assert.Equal([0L, 1, 0], crossings.Matrix.Counts[2]);
        Assert.Equal(["c0", "c3"], crossings.Largest.Select(c => c.RecordId));
        Assert.Equal(new Crossing("c0", "low", "high", 40, 60), crossings.Largest[0]);
    }

    [Fact]
    public void Aggregate_WithAnotherModelVersion_CountsBandChangesAndMeans_S26()
    {
        var old = ScoringOutput.Create(_program.Scores, _data);
        TestModel.Set(old["eng"], 0, 40, 1, 30, 10);
        TestModel.Set(old["eng"], 1, 20, 1, 10, 10);
        TestModel.Set(old["eng"], 2, 10, 1, 10, 0);
        var aggregator = new ScoreAggregator(_output["eng"], _data.RecordsOf("contact"))
        {
            Comparison = ("old.score", old["eng"], _data.RecordsOf("contact")),
        };

        var impact = aggregator.Aggregate().Impact!;

        Assert.Equal((4L, 1L, 0L), (impact.Compared, impact.Changed, impact.Missing));
        Assert.Equal((70.0 / 3, 30.0), (impact.MeanBefore, impact.MeanAfter));
        Assert.Equal(["high", "low", "(not scored)"], impact.Matrix.Rows.ToArray());
        Assert.Equal([1L, 2, 0], impact.Matrix.Counts[1]);
        Assert.Equal(1, impact.Matrix.OffDiagonal);
    }

    [Fact]
    public void Aggregate_WithOutcome_ConversionRateAndLiftPerBand()
    {
        var aggregator = new ScoreAggregator(_output["eng"], _data.RecordsOf("contact"))
        {
            Converted = ScoringReport.ConversionTest(_data.RecordsOf("contact"), new OutcomeSpec("won", null)),
        };

        var outcome = aggregator.Aggregate().Outcome;

        // c3 converted but is not scored: it counts nowhere. Overall 2 of 3 scored.
        Assert.Equal([("high", 1L, 1L), ("low", 2, 1), ("all scored", 3, 2)], outcome.Select(b => (b.Label, b.Records, b.Converted)));
        Assert.Equal([1.0, 0.5, 0.666666667], outcome.Select(b => Math.Round(b.Rate, 9)));
        Assert.Equal([1.5, 0.75, 1], outcome.Select(b => Math.Round(b.Lift, 9)));
    }

    [Theory]
    [InlineData("stage=customer", "stage", "customer")]
    [InlineData("won", "won", null)]
    [InlineData(" stage = lead ", "stage", "lead")]
    public void OutcomeSpec_ParsesPropertyAndOptionalValue(string text, string property, string? value) =>
        Assert.Equal(new OutcomeSpec(property, value), OutcomeSpec.Parse(text));

    private ScoreAggregator Aggregator() => new(_output["eng"], _data.RecordsOf("contact"));
}
