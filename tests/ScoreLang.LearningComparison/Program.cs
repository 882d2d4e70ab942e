using System.Globalization;
using ScoreLang.LearningComparison;

// samples/learning-comparison.sh: learned score files against a plain ML.NET logistic regression on the same columns
// and folds, for every sample data set; with --docs PAGE the table of that page is rewritten between its markers.
// Usage: ScoreLang.LearningComparison [--docs docs/learned-scores.md] [--only NAME-PART]
string? docs = null;
string? only = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--docs" when i + 1 < args.Length: docs = args[++i]; break;
        case "--only" when i + 1 < args.Length: only = args[++i]; break;
        default:
            Console.Error.WriteLine($"learning-comparison: unknown argument '{args[i]}'. Usage: [--docs PAGE] [--only NAME-PART]");
            return 2;
    }
}

try
{
    var repository = SampleData.FindRepository(AppContext.BaseDirectory) ?? SampleData.FindRepository(Directory.GetCurrentDirectory())
        ?? throw new ComparisonException("Run it from inside the ScoreLang repository (no ScoreLang.sln above this folder).");
    var results = new List<ComparisonResult>();
    foreach (var set in ComparisonDataSet.All.Where(s => only is null || s.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
    {
        Console.Error.WriteLine($"learning-comparison: {set.Name} ...");
        var result = ComparisonRun.Run(repository, set);
        results.Add(result);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  learned {result.LearnedAuc:0.0000}, ML.NET LR {result.BaselineAuc:0.0000}, learn {result.LearnTime.TotalSeconds:0.00} s"));
    }

    var table = ComparisonTable.Render(results, MeasuredOn.Describe());
    Console.Out.Write(table);
    if (docs is not null)
    {
        File.WriteAllText(docs, ComparisonTable.Replace(File.ReadAllText(docs), table));
        Console.Error.WriteLine($"learning-comparison: wrote the table into {docs}.");
    }

    return results.Where(r => r.DataSet.IsGoal).All(r => r.MeetsGoal) ? 0 : 1;
}
catch (Exception e) when (e is ComparisonException or IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"learning-comparison: {e.Message}");
    return 2;
}
