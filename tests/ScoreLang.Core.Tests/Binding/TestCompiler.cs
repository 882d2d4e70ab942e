using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

/// <summary>Compiles test sources in memory against the sample CRM schema (samples/crm.schema).</summary>
internal static class TestCompiler
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string RepositoryRoot => Root.Value;

    public static string CrmSchema => File.ReadAllText(Path.Combine(RepositoryRoot, "samples", "crm.schema"));

    public static InMemorySourceResolver Resolver(params (string Path, string Text)[] files)
    {
        var resolver = new InMemorySourceResolver().Add("crm.schema", CrmSchema);
        foreach (var (path, text) in files)
        {
            resolver.Add(path, text);
        }

        return resolver;
    }

    /// <summary>Compiles <paramref name="source"/> (which should import "crm.schema" when it needs the schema).</summary>
    public static Compilation Compile(string source, string path = "test.score", params (string Path, string Text)[] files) =>
        Compilation.Create(SyntaxTree.Parse(source, path), Resolver(files));

    /// <summary>Compiles a score body placed after <c>import "crm.schema"</c>.</summary>
    public static Compilation CompileWithSchema(string declarations) => Compile("import \"crm.schema\"\n" + declarations);

    public static ImmutableArray<Diagnostic> Semantic(this Compilation compilation, string codePrefix = "SL") =>
        [.. compilation.Diagnostics.Where(d => d.Code.StartsWith(codePrefix, StringComparison.Ordinal))];

    public static string Describe(this IEnumerable<Diagnostic> diagnostics) => string.Join(Environment.NewLine, diagnostics);

    /// <summary>The single diagnostic with <paramref name="code"/>; fails with every diagnostic listed otherwise.</summary>
    public static Diagnostic Single(this Compilation compilation, string code)
    {
        var matching = compilation.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"Expected one {code}, got:{Environment.NewLine}{compilation.Diagnostics.Describe()}");
        return matching[0];
    }

    public static void AssertClean(this Compilation compilation) =>
        Assert.True(compilation.Diagnostics.IsEmpty, compilation.Diagnostics.Describe());

    /// <summary>The offset of the <paramref name="occurrence"/>-th <paramref name="marker"/> in the text, plus <paramref name="delta"/>.</summary>
    public static int PositionOf(string text, string marker, int delta = 0, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = text.IndexOf(marker, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{marker}' not found");
        }

        return index + delta;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ScoreLang.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (ScoreLang.sln) above " + AppContext.BaseDirectory);
    }
}
