namespace ScoreLang.Data.Tests;

/// <summary>
/// Finds the shared public data sets without copying them into the repository: walks up from the test's folder and
/// takes the first <c>shared/data</c> folder beside an ancestor (CI clones the repo with <c>../shared</c> beside it;
/// developers' worktrees sit deeper, under the same ancestor).
/// </summary>
internal static class SharedData
{
    public static string Find(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"No shared/data/{relativePath} beside any ancestor of {AppContext.BaseDirectory}: the shared data sets must be checked out beside the repository.");
    }
}
