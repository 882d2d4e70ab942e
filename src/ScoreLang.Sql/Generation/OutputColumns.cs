using System.Collections.Immutable;
using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// The result column of each group: its name, unless a fixed column (id, score, engagement, fit, tier) or an earlier
/// group already has that name ignoring case; then <c>group_</c> and the name (and a number, if even that is taken).
/// </summary>
internal static class OutputColumns
{
    public static ImmutableArray<ScoreQueryGroup> ForGroups(IEnumerable<GroupSymbol> groups)
    {
        var taken = new HashSet<string>(ScoreQuery.FixedColumns, StringComparer.OrdinalIgnoreCase);
        var result = ImmutableArray.CreateBuilder<ScoreQueryGroup>();
        foreach (var group in groups)
        {
            var column = group.Name;
            if (taken.Contains(column))
            {
                column = "group_" + group.Name;
                for (var n = 2; taken.Contains(column); n++)
                {
                    column = string.Create(CultureInfo.InvariantCulture, $"group_{group.Name}_{n}");
                }
            }

            taken.Add(column);
            result.Add(new ScoreQueryGroup(group.Name, column));
        }

        return result.ToImmutable();
    }
}
