using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ScoreLang.Diagnostics;
using ScoreLang.Evaluation;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ScoreLang.Text;
using Xunit;
using static ScoreLang.Compiler.Tests.Support.Model;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Compiler.Tests;

/// <summary>
/// Nothing in a score file can inject code (issue 4): names and strings made to break out of string literals, comments
/// and lines reach the generated C# escaped or as data, the code compiles, and the scorer behaves as the evaluator.
/// </summary>
public class InjectionTests
{
    public static TheoryData<string> Hostile { get; } = new()
    {
        "\"); System.IO.File.Delete(\"boom.txt\"); //",
        "*/ throw null; /*",
        "\n#line 1 \"evil.cs\"\nthrow null;",
        "\\u0022); throw null; //",
        "a\u2028throw null;\u0085b\r\nc",
        "{0} $\"{System.Environment.Exit(1)}\" @\"x\"",
        "\\\\\" \t \0 \uD83D\uDE00 end",
        "class",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileNamesAndStrings_CompileAsData_AndScoreLikeTheEvaluator(string hostile)
    {
        var (program, record, asOf) = HostileModel(hostile);

        var model = ScoreCompiler.Compile(program, new CompilerOptions { UseMemoryCache = false });
        var compiled = model.Evaluate(program.Scores[0].Name, record, asOf);
        var reference = ReferenceEvaluator.Evaluate(program, program.Scores[0], record, asOf);

        Assert.Equal(4 + 8 + 16, reference.Score);
        Assert.Equal(reference.Score, compiled.Score);
        Assert.Equal(reference.Tier, compiled.Tier);
        Assert.Equal(hostile + "!", compiled.Tier);
        Assert.Equal(reference.Groups.Select(g => g.Value), compiled.Groups.Select(g => g.Value));
        AssertOnlyCommentsMention(model.GeneratedSource, "Delete", "Exit", "File", "IO", "evil", "@");
    }

    [Fact]
    public void GeneratedIdentifiers_AreRebuiltFromSafeCharacters()
    {
        var (program, _, _) = HostileModel("\"); System.IO.File.Delete(\"boom.txt\"); //");

        var source = ScoreCompiler.GenerateSource(program);

        Assert.Matches(@"public static void Score0_____System_IO_File_Delete_[A-Za-z0-9_]*\(ScoringData data", source);
        Assert.Contains("public static class File0_", source, StringComparison.Ordinal);
    }

    /// <summary>
    /// Parses the generated C# with Roslyn: it must parse cleanly, hold no preprocessor directive but its own, call only
    /// the runtime's and the BCL's comparison methods, and no identifier token may be one of <paramref name="words"/>.
    /// </summary>
    private static void AssertOnlyCommentsMention(string source, params string[] words)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        Assert.Empty(root.GetDiagnostics());

        var directives = root.DescendantTrivia().Where(t => t.IsDirective).Select(t => t.ToString().Split(' ')[0]).Distinct();
        Assert.Equal(["#nullable", "#pragma"], directives.Order(StringComparer.Ordinal));

        var invoked = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Select(i => i.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.Text,
                IdentifierNameSyntax name => name.Identifier.Text,
                var other => other.ToString(),
            })
            .ToHashSet(StringComparer.Ordinal);
        string[] allowed =
        [
            "RecordsOf", "EventsOf", "Numbers", "Bools", "Ticks", "TicksOf", "Strings", "Enums", "Associations", "List",
            "Has", "ShiftBack", "WholeDays", "Append", "SumInTimeOrder", "Factor", "Equals", "CompareTo", "Contains",
            "StartsWith", "EndsWith", "Compare", "Min", "Max", "MatchTable",
        ];
        Assert.Empty(invoked.Except(allowed));

        var identifiers = root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.Text).ToList();
        Assert.All(identifiers, id => Assert.Matches("^[A-Za-z0-9_]+$", id));
        Assert.Empty(identifiers.Intersect(words));
    }

    /// <summary>Every user-written name is <paramref name="hostile"/> plus a suffix; the data matches every rule once.</summary>
    private static (BoundProgram Program, RecordData Record, DateTime AsOf) HostileModel(string hostile)
    {
        var source = SourceText.From("score\n" + hostile + "\n", hostile + ".score");
        var here = new SourceLocation(source, new TextSpan(0, 1));
        string Name(string suffix) => hostile + suffix;

        var members = ImmutableArray.Create(Name("-a"), Name("-b"));
        var recordType = new RecordTypeSymbol(
            Name("record"),
            hostile,
            [
                new PropertySymbol(Name("text"), Name("record"), ValueType.String, hostile, 0, here),
                new PropertySymbol(Name("choice"), Name("record"), ValueType.EnumOf(members), hostile, 1, here),
            ],
            here);
        var eventType = new EventTypeSymbol(
            Name("event"),
            recordType.Name,
            hostile,
            [new PropertySymbol(Name("attr"), Name("event"), ValueType.String, null, 0, here)],
            here);
        var list = new ListSymbol(Name("list"), recordType.Name, hostile, null, here);
        var schema = SchemaModel.Empty with
        {
            Records = SchemaModel.Empty.Records.Add(recordType.Name, recordType),
            Events = SchemaModel.Empty.Events.Add(eventType.Name, eventType),
            Lists = SchemaModel.Empty.Lists.Add(list.Name, list),
        };

        var text = new BoundPropertyAccess(recordType.Properties[0], null, default);
        var choice = new BoundPropertyAccess(recordType.Properties[1], null, default);
        var attr = new BoundAttributeAccess(eventType.Attributes[0], default);
        var rules = ImmutableArray.Create<BoundRule>(
            new BoundPropertyRule(new BoundComparison(text, ComparisonOperator.Equal, Const(hostile.ToUpperInvariant()), default), 4, here, hostile),
            new BoundPropertyRule(new BoundIn(choice, false, [new BoundConstant(members[1], ValueType.EnumOf(members), default)], default), 8, here, hostile),
            new BoundEventRule(eventType, new BoundComparison(attr, ComparisonOperator.Contains, Const(hostile), default), null, null, false, 8, null, here, hostile));
        var score = new ScoreSymbol(
            Name("score"),
            hostile,
            ScoreKind.Engagement,
            recordType.Name,
            null,
            false,
            new ScoreOutputs(Name("out"), Name("tier"), null, null),
            [new BoundFilter(true, list.Name, null, here)],
            [new GroupSymbol(Name("group"), hostile, ScorePart.Engagement, null, null, rules, here)],
            [new ThresholdSet(null, [new Band(hostile + "!", 0, null, here)], here)],
            [],
            here);

        var asOf = Utc(2024, 6, 1);
        var attributes = ImmutableDictionary<string, object?>.Empty.Add(eventType.Attributes[0].Name, "<" + hostile + ">");
        var record = RecordData.Create(Name("id"), recordType.Name) with
        {
            Properties = ImmutableDictionary<string, object?>.Empty.Add(text.Property.Name, hostile).Add(choice.Property.Name, members[1]),
            Events = [new EventData(eventType.Name, asOf, attributes), new EventData(eventType.Name, asOf.AddDays(-1), attributes)],
        };
        return (new BoundProgram(schema, [score]), record, asOf);
    }
}
