namespace ScoreLang.LanguageServer.Tests.Infrastructure;

/// <summary>The repository's sample files, copied next to the test assembly (see the csproj).</summary>
internal static class Samples
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "samples");

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static string UriOf(string name) => new Uri(PathOf(name)).AbsoluteUri;

    public static string Read(string name) => File.ReadAllText(PathOf(name));
}
