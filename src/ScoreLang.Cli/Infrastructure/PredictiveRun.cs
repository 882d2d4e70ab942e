using System.Collections.Immutable;
using ScoreLang.Compiler;
using ScoreLang.Predictive;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>
/// The predictive scores of a program (S30) with their loaded models: adds their columns to a run's output and fills
/// them. Which records are scored (S20) and which are already closed is decided by their gate scores, compiled like any
/// score; the probabilities come from one ML.NET batch transform per score.
/// </summary>
internal sealed class PredictiveRun
{
    private readonly BoundProgram _program;
    private readonly ImmutableDictionary<string, PredictiveModel> _models;
    private readonly ImmutableArray<ScoreSymbol> _outputs;
    private CompiledModel? _gates;

    private PredictiveRun(BoundProgram program, ImmutableDictionary<string, PredictiveModel> models)
    {
        _program = program;
        _models = models;
        _outputs = [.. program.Predictive.Select(p => p.Output)];
    }

    public bool IsEmpty => _program.Predictive.IsEmpty;

    /// <summary>The predictive scores as plain scores (their output names and priority tiers), in the program's order.</summary>
    public ImmutableArray<ScoreSymbol> OutputScores => _outputs;

    /// <summary>Loads and checks every model file, or returns null after printing why (SL5004-SL5006).</summary>
    public static PredictiveRun? Load(BoundProgram program, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (program.Predictive.IsEmpty)
        {
            return new PredictiveRun(program, ImmutableDictionary<string, PredictiveModel>.Empty);
        }

        var models = PredictiveModels.Load(program, errors);
        return models is null ? null : new PredictiveRun(program, models);
    }

    public PredictiveModel ModelOf(string scoreName) => _models[scoreName];

    /// <summary>Empty columns for every score of the program and every predictive score.</summary>
    public ScoringOutput CreateOutput(ScoringData data) => ScoringOutput.Create(_program.Scores.Concat(_outputs), data);

    /// <summary>Fills the predictive scores' columns of <paramref name="output"/> as of <paramref name="asOf"/>.</summary>
    public void Score(ScoringData data, DateTime asOf, ScoringOutput output, bool ignoreClosed = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (IsEmpty)
        {
            return;
        }

        _gates ??= ModelLoader.Compile(new BoundProgram(_program.Schema, [.. _program.Predictive.Select(p => p.Gate)]));
        var gates = _gates.Run(data, asOf);
        foreach (var score in _program.Predictive)
        {
            if (output.TryGet(score.Name, out var target))
            {
                PredictiveScorer.Score(data, asOf, score, _models[score.Name], gates[score.Name], target!, ignoreClosed);
            }
        }
    }
}
