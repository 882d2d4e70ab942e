using ScoreLang.Semantics;
using ScoreLang.Sql.Mapping;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// What the parts of one score's query share: the layout, the dialect, the fixed table aliases, and the associated
/// records and static lists the rules turn out to read (collected while the rules are translated, then joined once).
/// </summary>
internal sealed class ScoreQueryContext
{
    /// <summary>The scored record.</summary>
    public const string RecordAlias = "r";

    /// <summary>The one-row <c>params</c> step holding the as-of date.</summary>
    public const string ParamsAlias = "p";

    /// <summary>The event being matched by an event rule.</summary>
    public const string EventAlias = "e";

    /// <summary>The static list memberships of the scored record, one 0/1 column per list.</summary>
    public const string MembershipsAlias = "m";

    private readonly List<(PropertySymbol Association, string Alias)> _associations = [];
    private readonly List<(string List, string Column)> _lists = [];

    public ScoreQueryContext(SqlSchemaLayout layout, ScoreSymbol score)
    {
        Layout = layout;
        Score = score;
        Calendar = new CalendarSql(layout.Dialect);
        SteppedBoundaries = new SteppedDecayBoundaries(layout.Dialect, Calendar);
        Decay = new DecaySql(layout.Dialect, Calendar, SteppedBoundaries);
    }

    public SqlSchemaLayout Layout { get; }

    public SqlDialect Dialect => Layout.Dialect;

    public SchemaModel Schema => Layout.Schema;

    public ScoreSymbol Score { get; }

    public CalendarSql Calendar { get; }

    public DecaySql Decay { get; }

    /// <summary>The stepped decay boundaries the rules turn out to compare events with, computed in the <c>params</c> step.</summary>
    public SteppedDecayBoundaries SteppedBoundaries { get; }

    /// <summary>The as-of date, read from the <c>params</c> step.</summary>
    public static string AsOf => $"{ParamsAlias}.as_of";

    public IReadOnlyList<(PropertySymbol Association, string Alias)> Associations => _associations;

    public IReadOnlyList<(string List, string Column)> StaticLists => _lists;

    /// <summary>The alias of the record reached through <paramref name="association"/> (S3), joined once per query.</summary>
    public string AssociationAlias(PropertySymbol association)
    {
        var index = _associations.FindIndex(a => string.Equals(a.Association.Name, association.Name, StringComparison.Ordinal));
        if (index < 0)
        {
            _associations.Add((association, $"a{_associations.Count + 1}"));
            index = _associations.Count - 1;
        }

        return _associations[index].Alias;
    }

    /// <summary>The column of the memberships step that is 1 when the scored record is in the static list (S4).</summary>
    public string MembershipColumn(string listName)
    {
        var index = _lists.FindIndex(l => string.Equals(l.List, listName, StringComparison.Ordinal));
        if (index < 0)
        {
            _lists.Add((listName, $"in_list_{_lists.Count + 1}"));
            index = _lists.Count - 1;
        }

        return $"{MembershipsAlias}.{_lists[index].Column}";
    }
}
