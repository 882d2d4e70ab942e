using System.Globalization;
using ScoreLang.Data;
using ScoreLang.Semantics;

namespace ScoreLang.Cli.Infrastructure;

/// <summary>Loads a run's data and reports every bad row (file, line, column, code) on standard error, never silently.</summary>
internal static class DataLoading
{
    public static LoadResult Load(SchemaModel schema, string dataPath, int maxErrors, TextWriter errors, IProgress<LoadProgress>? progress = null)
    {
        if (!File.Exists(dataPath) && !Directory.Exists(dataPath))
        {
            throw new UserErrorException($"'{dataPath}' does not exist. Give a data folder or a manifest (.json), see docs/data-format.md.");
        }

        LoadResult result;
        try
        {
            result = DataSetLoader.Load(schema, DataSource.FromPath(dataPath), new LoadOptions { MaxErrors = maxErrors, Progress = progress });
        }
        catch (DataLoadException e)
        {
            throw new UserErrorException(e.Message, e);
        }

        foreach (var issue in result.Issues)
        {
            errors.WriteLine(issue.ToString());
        }

        if (result.IssueCount > result.Issues.Count)
        {
            errors.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {result.IssueCount - result.Issues.Count} more data problems."));
        }

        return result;
    }

    /// <summary>An earlier output of <c>run</c> (S25), or one clear line naming the file and what is wrong with it.</summary>
    public static PreviousOutput ReadPrevious(string path, BoundProgram program)
    {
        try
        {
            return PreviousOutput.Read(path, program.Scores);
        }
        catch (DataLoadException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }
}
