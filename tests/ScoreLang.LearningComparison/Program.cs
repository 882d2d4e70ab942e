using System.Globalization;
using ScoreLang.LearningComparison;

// samples/learning-comparison.sh: learned score files and predictive scores against a plain ML.NET logistic regression
// on the same columns and folds, for every sample data set; with --docs PAGE the tables of that page are rewritten
// between its markers. --no-predictive leaves the predictive score out (quicker; not with --docs).
// Usage: ScoreLang.LearningComparison [--docs docs/learned-scores.md] [--only NAME-PART] [--no-predictive]
string? docs = null;
string? only = null;
var predictive = true;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--docs" when i + 1 < args.Length: docs = args[++i]; break;
        case "--only" when i + 1 < args.Length: only = args[++i]; break;
        case "--no-predictive": predictive = false; break;
        default:
            Console.Error.WriteLine($"learning-comparison: unknown argument '{args[i]}'. Usage: [--docs PAGE] [--only NAME-PART] [--no-predictive]");
            return 2;
    }
}

if (docs is not null && !predictive)
{
    Console.Error.WriteLine("learning-comparison: --docs needs the predictive figures too: leave out --no-predictive.");
    return 2;
}

try
{
    var repository = SampleData.FindRepository(AppContext.BaseDirectory) ?? SampleData.FindRepository(Directory.GetCurrentDirectory())
        ?? throw new ComparisonException("Run it from inside the ScoreLang repository (no ScoreLang.sln above this folder).");
    var results = new List<ComparisonResult>();
    foreach (var set in ComparisonDataSet.All.Where(s => only is null || s.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
    {
        Console.Error.WriteLine($"learning-comparison: {set.Name} ...");
        var result = ComparisonRun.Run(repository, set, predictive: predictive);
        results.Add(result);
        var predicted = result.Predictive is { } p ? string.Create(CultureInfo.InvariantCulture, $", predictive {p.HeldOut.Auc:0.0000} ({p.Time.TotalSeconds:0.0} s)") : "";
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  learned {result.LearnedAuc:0.0000}, ML.NET LR {result.BaselineAuc:0.0000}{predicted}, learn {result.LearnTime.TotalSeconds:0.00} s"));
    }

    var table = ComparisonTable.Render(results, MeasuredOn.Describe());
    Console.Out.Write(table);
    if (docs is not null)
    {
        File.WriteAllText(docs, ComparisonTable.Replace(File.ReadAllText(docs), table));
        Console.Error.WriteLine($"learning-comparison: wrote the table into {docs}.");
    }

    return results.Where(r => r.DataSet.IsGoal).All(r => r.MeetsGoal && r.PredictiveMeetsGoal) ? 0 : 1;
}
catch (Exception e) when (e is ComparisonException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"learning-comparison: {e.Message}");
    return 2;
}
