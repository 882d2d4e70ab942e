using System.Collections.Immutable;
using ScoreLang.Evaluation;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Building;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using Xunit;

namespace ScoreLang.Reports.Tests;

/// <summary>A small model bound from text and data built from evaluator records, for hand-computed report figures.</summary>
internal static class TestModel
{
    public static readonly DateTime AsOf = new(2024, 7, 1, 0, 0, 0, DateTimeKind.Utc);

    public const string Text = """
        record contact {
          won: bool
          stage: enum { lead, customer }
        }

        event visit on contact

        score eng for contact {
          kind engagement
          limit 100

          group a limit 30 decay 50% every 1 month {
            event visit +10
          }

          group b {
            event visit once +1 no decay
          }

          thresholds {
            high 50..100
            low 0..49
          }
        }
        """;

    public static BoundProgram Bind(string text = Text)
    {
        var compilation = Compilation.Create(SyntaxTree.Parse(text, "model.score"));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
        return compilation.Program;
    }

    public static RecordData Contact(string id, bool? won = null, params DateTime[] visits) => RecordData.Create(id, "contact") with
    {
        Properties = won is null
            ? ImmutableDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal)
            : ImmutableDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal).Add("won", won.Value),
        Events = [.. visits.Select(v => new EventData("visit", v, ImmutableDictionary<string, object?>.Empty))],
    };

    public static ScoringData Data(BoundProgram program, params RecordData[] records) =>
        RecordDataConverter.Convert(program.Schema, records).Data;

    /// <summary>Sets one row of a score's columns by hand: the report must count exactly what is there.</summary>
    public static void Set(ScoreColumns columns, int row, double value, int tier, params double[] groups)
    {
        columns.Scored[row] = true;
        columns.Values[row] = value;
        columns.Tiers[row] = tier;
        for (var g = 0; g < groups.Length; g++)
        {
            columns.Groups[g][row] = groups[g];
        }
    }
}
