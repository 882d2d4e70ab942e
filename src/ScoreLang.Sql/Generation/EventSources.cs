using ScoreLang.Semantics;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// Which events a record of the scored type can see, as the <c>visible_events</c> step: its own events, and (S2) the
/// events of every record of another type associated with it through that type's first association to the scored
/// type (a company sees its contacts' events, as <see cref="Evaluation.RecordData.Contacts"/> does). Each branch keeps
/// only the event types of its record type that the rules use, up to the as-of date (S19). Every row carries the id of
/// the record it counts for, in a column whose name no attribute column takes.
/// </summary>
internal sealed class EventSources
{
    private readonly ScoreQueryContext _context;
    private readonly List<(string RecordType, PropertySymbol? Association, List<string> EventTypes)> _branches = [];

    public EventSources(ScoreQueryContext context, IEnumerable<BoundEventRule> rules)
    {
        _context = context;
        var scoredType = context.Score.RecordTypeName;
        foreach (var eventType in rules.Select(r => r.EventType).DistinctBy(e => e.Name).OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var owner = eventType.RecordTypeName;
            PropertySymbol? association = null;
            if (!string.Equals(owner, scoredType, StringComparison.Ordinal))
            {
                association = FirstAssociation(owner, scoredType);
                if (association is null)
                {
                    continue;
                }
            }

            var branch = _branches.FindIndex(b => string.Equals(b.RecordType, owner, StringComparison.Ordinal));
            if (branch < 0)
            {
                _branches.Add((owner, association, []));
                branch = _branches.Count - 1;
            }

            _branches[branch].EventTypes.Add(eventType.Name);
        }

        VisibleTypes = _branches.SelectMany(b => b.EventTypes).ToHashSet(StringComparer.Ordinal);
        var attributeNames = context.Layout.EventColumns.Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        ScoredIdColumn = Enumerable.Range(0, int.MaxValue)
            .Select(i => i == 0 ? "scored_id" : $"scored_id_{i}")
            .First(candidate => !attributeNames.Contains(candidate));
    }

    public IReadOnlySet<string> VisibleTypes { get; }

    public bool IsEmpty => _branches.Count == 0;

    /// <summary>The column of <c>visible_events</c> holding the id of the scored record an event counts for.</summary>
    public string ScoredIdColumn { get; }

    /// <summary>The body of the <c>visible_events</c> step, indented for the query.</summary>
    public string Body(string indent)
    {
        var layout = _context.Layout;
        var dialect = _context.Dialect;
        var e = ScoreQueryContext.EventAlias;
        var p = ScoreQueryContext.ParamsAlias;
        var recordId = $"{e}.{layout.Column(SqlTableMapping.RecordIdColumn)}";
        var parts = new List<string>();
        foreach (var (recordType, association, eventTypes) in _branches)
        {
            var lines = new List<string>();
            var types = string.Join(", ", eventTypes.Select(dialect.StringLiteral));
            if (association is null)
            {
                lines.Add(indent + SqlComment.Line($"the {recordType}'s own events"));
                lines.Add($"{indent}SELECT {recordId} AS {ScoredIdColumn}, {e}.*");
                lines.Add($"{indent}FROM {layout.EventsTable} AS {e}");
            }
            else
            {
                var owner = $"{layout.Column(association.Name)}";
                lines.Add(indent + SqlComment.Line(
                    $"events of the {recordType} records associated with it through {recordType}.{association.Name} (S2)"));
                lines.Add($"{indent}SELECT c.{owner} AS {ScoredIdColumn}, {e}.*");
                lines.Add($"{indent}FROM {layout.EventsTable} AS {e}");
                lines.Add($"{indent}JOIN {layout.RecordTable(recordType)} AS c ON c.{layout.Column(SqlTableMapping.IdColumn)} = {recordId}");
            }

            lines.Add($"{indent}CROSS JOIN params AS {p}");
            lines.Add($"{indent}WHERE {e}.{layout.Column(SqlTableMapping.TypeColumn)} IN ({types})");
            lines.Add($"{indent}  AND {e}.{layout.Column(SqlTableMapping.TimestampColumn)} <= {ScoreQueryContext.AsOf}");
            if (association is not null)
            {
                lines.Add($"{indent}  AND c.{layout.Column(association.Name)} IS NOT NULL");
            }

            parts.Add(string.Join('\n', lines));
        }

        return string.Join($"\n{indent}UNION ALL\n", parts);
    }

    private PropertySymbol? FirstAssociation(string fromType, string toType) =>
        _context.Schema.Records.TryGetValue(fromType, out var record)
            ? record.Properties
                .Where(p => p.Type.Kind == DataKind.Association && string.Equals(p.Type.TargetRecordType, toType, StringComparison.Ordinal))
                .OrderBy(p => p.Ordinal)
                .FirstOrDefault()
            : null;
}
