using System.Diagnostics;
using ScoreLang.Compiler;
using ScoreLang.Data;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>
/// What every data command (run, explain, history, diff, report) starts with: the score files bound as one program,
/// the data loaded against its schema (bad rows reported on standard error), and the compiled model (cached by
/// content hash), with the predictive scores' models (S30). Timings are kept for the run summary.
/// </summary>
internal sealed record ScoringSession(Compilation Compilation, LoadResult Loaded, CompiledModel Model, TimeSpan LoadTime, TimeSpan CompileTime)
{
    public BoundProgram Program => Compilation.Program;

    /// <summary>The predictive scores and their models (empty when the program has none).</summary>
    public required PredictiveRun Predictive { get; init; }

    public ScoringData Data => Loaded.Data;

    /// <summary>Opens a session, or returns null after printing the diagnostics when the score files have errors.</summary>
    public static ScoringSession? Open(IEnumerable<string> paths, string dataPath, int maxErrors, TextWriter errors, RunProgress? progress = null)
    {
        var compilation = ModelLoader.Bind(paths, errors);
        if (compilation.HasErrors)
        {
            return null;
        }

        var predictive = PredictiveRun.Load(compilation.Program, errors);
        return predictive is null ? null : Open(compilation, dataPath, maxErrors, errors, progress, predictive);
    }

    /// <summary>Loads the data for an already bound (error-free) program and compiles it.</summary>
    public static ScoringSession Open(Compilation compilation, string dataPath, int maxErrors, TextWriter errors, RunProgress? progress = null, PredictiveRun? predictive = null)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        var watch = Stopwatch.StartNew();
        progress?.Phase("Loading data");
        var loaded = DataLoading.Load(compilation.Program.Schema, dataPath, maxErrors, errors, progress?.ForLoading());
        var loadTime = watch.Elapsed;
        progress?.Phase("Compiling");
        var model = ModelLoader.Compile(compilation.Program);
        return new ScoringSession(compilation, loaded, model, loadTime, watch.Elapsed - loadTime)
        {
            Predictive = predictive ?? PredictiveRun.Load(compilation.Program, errors)
                ?? throw new UserErrorException("The model files of the predictive scores cannot be used (see above)."),
        };
    }

    /// <summary>
    /// Every score, predictive ones included (S30), as of <paramref name="asOf"/>. <paramref name="ignoreClosed"/> gives
    /// closed records a probability too (evaluate measures models on history).
    /// </summary>
    public ScoringOutput Score(DateTime asOf, RunOptions? options = null, bool ignoreClosed = false)
    {
        var output = Predictive.CreateOutput(Data);
        Model.Run(Data, asOf, output, options);
        Predictive.Score(Data, asOf, output, ignoreClosed);
        return output;
    }

    /// <summary>Every score of the program, then the predictive scores as plain scores.</summary>
    public IEnumerable<ScoreSymbol> AllScores => Program.Scores.Concat(Predictive.OutputScores);

    /// <summary>The score named <paramref name="name"/>, or a clear error listing the scores there are.</summary>
    public ScoreSymbol ScoreNamed(string name) =>
        AllScores.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal))
        ?? throw new UserErrorException($"There is no score '{name}'. Scores: {string.Join(", ", AllScores.Select(s => s.Name))}.");

    /// <summary>The row of <paramref name="recordId"/> among the records of <paramref name="recordType"/>, or -1.</summary>
    public int RowOf(string recordType, string recordId) => Data.RecordsOf(recordType).RowOf(recordId);
}
