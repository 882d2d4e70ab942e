using System.Globalization;
using ScoreLang.Compiler.Tests.Support;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Runtime.Columns;
using ScoreLang.Semantics;
using Xunit;

namespace ScoreLang.Compiler.Tests;

/// <summary>
/// A condition on one text column is decided once per distinct value of a dictionary-encoded column (issue 5), and per
/// row when the column has too many distinct values to be encoded; either way it scores as the evaluator does (S1,
/// "Unknown values": a comparison on an unknown value is false, text compares ignoring case).
/// </summary>
public class TextMatchTableTests
{
    private const string Model = """
        record company {
          country: string
        }

        record contact {
          title: string
          company: company
        }

        event page_viewed on contact {
          url: string
        }

        score engagement for contact {
          kind engagement
          group pages {
            event page_viewed where url contains "/pricing" +3
            event page_viewed where url is unknown or not (url starts with "/blog") +1
          }
        }

        score fit for contact {
          kind fit
          group role {
            when title contains "director" or title == "CEO" +20
            when not (title ends with "intern") +5
            when company.country in ["NL", "be"] +10
          }
        }
        """;

    private static readonly DateTime AsOf = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void TextConditions_OnEncodedColumns_AreTabulated_AndScoreAsTheEvaluator_S1()
    {
        var program = Program();
        var data = Data(program.Schema, distinctUrls: 12);

        Assert.NotNull(data.EventsOf("page_viewed").Strings(0).Codes);
        var model = ScoreCompiler.Compile(program, new CompilerOptions { UseMemoryCache = false });
        Assert.Contains("MatchTable(static v =>", model.GeneratedSource, StringComparison.Ordinal);
        EvaluatorParity.AssertAgrees(program, model, data, AsOf);
    }

    [Fact]
    public void TextConditions_OnAColumnTooVariedToEncode_AreComparedPerRow_AndScoreAsTheEvaluator_S1()
    {
        var program = Program();
        var data = Data(program.Schema, distinctUrls: StringDictionary.MaxEntries * 2);

        Assert.Null(data.EventsOf("page_viewed").Strings(0).Codes);
        var model = ScoreCompiler.Compile(program, new CompilerOptions { UseMemoryCache = false });
        EvaluatorParity.AssertAgrees(program, model, data, AsOf);
    }

    [Fact]
    public void MatchTable_IsComputedOncePerCondition_AndIndexedByEachRowsCode()
    {
        var data = Data(Program().Schema, distinctUrls: 7);
        var column = data.EventsOf("page_viewed").Strings(0);
        Func<string?, bool> pricing = static v => v is not null && v.Contains("/pricing", StringComparison.OrdinalIgnoreCase);

        var table = column.MatchTable(pricing)!;

        Assert.Same(table, column.MatchTable(pricing));
        Assert.Equal(column.Dictionary!.Count, table.Length);
        Assert.Null(column.Dictionary[0]);
        for (var row = 0; row < column.Values.Length; row++)
        {
            Assert.Equal(pricing(column.Values[row]), table[column.Codes![row]]);
            Assert.Same(column.Dictionary[column.Codes[row]], column.Values[row]);
        }
    }

    private static BoundProgram Program()
    {
        return EvaluatorParity.Bind(Model, "/models/text.score");
    }

    /// <summary>
    /// 40 contacts, some without a company or a title; each gets urls round-robin from <paramref name="distinctUrls"/>
    /// distinct ones (some pricing pages in mixed case, some blog pages) and a few events without a url.
    /// </summary>
    private static ScoringData Data(SchemaModel schema, int distinctUrls)
    {
        var builder = new ScoringDataBuilder(schema);
        string?[] countries = ["NL", "be", "BE", "fr", null];
        string?[] titles = ["Sales Director", "ceo", "Marketing intern", null, "DIRECTOR of it", "Engineer"];
        for (var c = 0; c < 5; c++)
        {
            var company = builder.Records("company").Add($"co{c}");
            builder.Records("company").SetValue(company, 0, countries[c]);
        }

        var contacts = builder.Records("contact");
        for (var i = 0; i < 40; i++)
        {
            var row = contacts.Add($"c{i}");
            contacts.SetValue(row, 0, titles[i % titles.Length]);
            if (i % 7 != 6)
            {
                contacts.SetAssociation(row, 1, $"co{i % 5}");
            }
        }

        var events = builder.Events("page_viewed");
        var total = Math.Max(distinctUrls, 400);
        for (var e = 0; e < total; e++)
        {
            var evt = events.Add($"c{e % 40}", AsOf.AddMinutes(-e - 1));
            var u = e % distinctUrls;
            if (u % 11 != 10)
            {
                var url = (u % 3) switch
                {
                    0 => "/PRICING/",
                    1 => "/blog/",
                    _ => "/docs/",
                } + u.ToString(CultureInfo.InvariantCulture);
                events.SetValue(evt, 0, url);
            }
        }

        return builder.Build();
    }
}
