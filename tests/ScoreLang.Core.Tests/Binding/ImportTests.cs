using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Core.Tests.Binding;

public sealed class ImportTests
{
    [Fact]
    public void Imports_AreFollowedTransitively_AndRelativeToTheImportingFile()
    {
        var resolver = new InMemorySourceResolver()
            .Add("scores/main.score", "import \"../schemas/crm.schema\"\nscore s for contact { kind fit  group g { when in list vip +1 } }")
            .Add("schemas/crm.schema", "import \"lists.schema\"\nrecord contact { email: string }")
            .Add("schemas/lists.schema", "list vip of contact");

        var compilation = Compilation.Create(SyntaxTree.Parse(resolver.TryRead("scores/main.score")!), resolver);

        compilation.AssertClean();
        Assert.Equal(["scores/main.score", "schemas/crm.schema", "schemas/lists.schema"], compilation.SyntaxTrees.Select(t => t.Source.Path));
    }

    [Fact]
    public void DiamondImports_ParseTheSharedFileOnce()
    {
        var resolver = new InMemorySourceResolver()
            .Add("main.score", "import \"a.schema\"\nimport \"b.schema\"")
            .Add("a.schema", "import \"base.schema\"\nlist a of contact")
            .Add("b.schema", "import \"base.schema\"\nlist b of contact")
            .Add("base.schema", "record contact { email: string }");

        var compilation = Compilation.Create(SyntaxTree.Parse(resolver.TryRead("main.score")!), resolver);

        compilation.AssertClean();
        Assert.Single(compilation.SyntaxTrees, t => t.Source.Path == "base.schema");
    }

    [Fact]
    public void MissingImport_IsReportedAtTheImport()
    {
        var compilation = TestCompiler.Compile("import \"nope.schema\"");

        var diagnostic = compilation.Single("SL5001");
        Assert.Equal(0, diagnostic.Location.Span.Start);
        Assert.Contains("'nope.schema'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportCycle_IsReportedOnce_AndStillBindsBothFiles()
    {
        var resolver = new InMemorySourceResolver()
            .Add("a.schema", "import \"b.schema\"\nrecord contact { email: string }")
            .Add("b.schema", "import \"a.schema\"\nlist vip of contact");

        var compilation = Compilation.Create(SyntaxTree.Parse(resolver.TryRead("a.schema")!), resolver);

        var diagnostic = compilation.Single("SL5002");
        Assert.Equal("b.schema", diagnostic.Location.Path);
        Assert.Contains("a.schema -> b.schema -> a.schema", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(compilation.Program.Schema.Lists.ContainsKey("vip"));
    }

    [Fact]
    public void SeveralTrees_WithoutResolver_ResolveImportsAmongThemselves()
    {
        var schema = SyntaxTree.Parse("record contact { email: string }", "crm.schema");
        var score = SyntaxTree.Parse("import \"crm.schema\"\nscore s for contact { kind fit  group g { when email is known +1 } }", "s.score");

        var compilation = Compilation.Create([score, schema]);

        compilation.AssertClean();
        Assert.Equal(2, compilation.SyntaxTrees.Length);
    }
}
