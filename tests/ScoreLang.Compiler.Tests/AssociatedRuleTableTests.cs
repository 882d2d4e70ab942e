using System.Globalization;
using System.Text;
using ScoreLang.Compiler.Tests.Support;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using Xunit;

namespace ScoreLang.Compiler.Tests;

/// <summary>
/// Rules whose condition reads only the associated record (S3) are decided once per associated record, one bit each in a
/// table of the associated batch (issue 5), and score exactly as the evaluator does: unknown values (S1), contacts
/// without a company, points added in declaration order (S13) with fractional points, whatever the table's width.
/// </summary>
public class AssociatedRuleTableTests
{
    private static readonly DateTime AsOf = new(2024, 6, 1, 0, 0, 0, DateTimeKind.Utc);

    // Conditions on the company alone, cycled with growing constants; each becomes one bit.
    private static readonly string[] CompanyConditions =
    [
        "company.employees >= {0}",
        "company.country in [\"NL\", \"be\"]",
        "company.country is unknown",
        "company.industry == software",
        "company.partner",
        "not (company.employees between 5 and {0})",
        "company.industry in [retail, finance] or company.country == \"FR\"",
    ];

    [Theory]
    [InlineData(3, "byte")]
    [InlineData(12, "ushort")]
    [InlineData(20, "uint")]
    [InlineData(40, "ulong")]
    [InlineData(70, "ulong")]
    public void CompanyConditions_AreDecidedOncePerCompany_AndScoreAsTheEvaluator_S3(int ruleCount, string tableType)
    {
        var program = Program(ruleCount);
        var model = ScoreCompiler.Compile(program, new CompilerOptions { UseMemoryCache = false });

        Assert.Contains($"{tableType}[] assocTable0 = batch0.Table(", model.GeneratedSource, StringComparison.Ordinal);
        var tabled = model.GeneratedSource.Split('\n').Count(line => line.Contains("& ", StringComparison.Ordinal) && line.Contains("assocBits0", StringComparison.Ordinal));
        Assert.Equal(Math.Min(ruleCount, 64), tabled);
        EvaluatorParity.AssertAgrees(program, model, Data(program.Schema), AsOf);
    }

    [Fact]
    public void ConditionsThatAlsoReadTheContact_StayPerRecord_S3()
    {
        var program = Program(2, extraRule: "when company.employees >= 10 and title == \"CEO\" +4");
        var model = ScoreCompiler.Compile(program, new CompilerOptions { UseMemoryCache = false });

        Assert.Contains("\"CEO\"", SourceOfScoreMethod(model.GeneratedSource), StringComparison.Ordinal);
        EvaluatorParity.AssertAgrees(program, model, Data(program.Schema), AsOf);
    }

    [Fact]
    public void BatchTable_IsBuiltOncePerDelegate_AndKeptWithTheBatch()
    {
        var batch = Data(Program(1).Schema).RecordsOf("company");
        var builds = 0;
        Func<RecordBatch, int[]> count = b =>
        {
            builds++;
            return new int[b.Count];
        };

        var first = batch.Table(count);

        Assert.Same(first, batch.Table(count));
        Assert.Equal(1, builds);
        Assert.NotSame(first, batch.Table<int[]>(b => new int[b.Count]));
    }

    private static string SourceOfScoreMethod(string source) =>
        source[source.IndexOf("public static void", StringComparison.Ordinal)..source.IndexOf("private static byte[]", StringComparison.Ordinal)];

    private static BoundProgram Program(int ruleCount, string? extraRule = null)
    {
        var text = new StringBuilder("""
            record company {
              employees: number
              country: string
              industry: enum { software, retail, finance }
              partner: bool
            }

            record contact {
              title: string
              company: company
            }

            score fit for contact {
              kind fit
              floor none
              group firm {

            """);
        for (var k = 0; k < ruleCount; k++)
        {
            var condition = string.Format(CultureInfo.InvariantCulture, CompanyConditions[k % CompanyConditions.Length], 3 * k);
            var points = ((k % 5) - 2 + 0.1 * (k + 1)).ToString("0.0##", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"    when {condition} {(points.StartsWith('-') ? points : "+" + points)}\n");
        }

        if (extraRule is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"    when title == \"intern\" -3\n    {extraRule}\n");
        }

        text.Append("  }\n}\n");
        return EvaluatorParity.Bind(text.ToString(), "/models/company.score");
    }

    /// <summary>12 companies with every kind of unknown value; 60 contacts, every seventh without a company.</summary>
    private static ScoringData Data(SchemaModel schema)
    {
        var builder = new ScoringDataBuilder(schema);
        var companies = builder.Records("company");
        string?[] countries = ["NL", "be", "FR", null, "DE"];
        string?[] industries = ["software", "retail", "finance", null];
        for (var c = 0; c < 12; c++)
        {
            var row = companies.Add($"co{c}");
            if (c % 6 != 5)
            {
                companies.SetValue(row, 0, (double)(c * c * 4));
            }

            companies.SetValue(row, 1, countries[c % countries.Length]);
            companies.SetValue(row, 2, industries[c % industries.Length]);
            if (c % 3 != 2)
            {
                companies.SetValue(row, 3, c % 2 == 0);
            }
        }

        var contacts = builder.Records("contact");
        for (var i = 0; i < 60; i++)
        {
            var row = contacts.Add($"c{i}");
            contacts.SetValue(row, 0, i % 4 == 0 ? "CEO" : "intern");
            if (i % 7 != 6)
            {
                contacts.SetAssociation(row, 1, $"co{i % 12}");
            }
        }

        return builder.Build();
    }
}
