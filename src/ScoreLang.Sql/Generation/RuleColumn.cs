namespace ScoreLang.Sql.Generation;

/// <summary>
/// One rule of a score as the query computes it. <see cref="Aggregate"/> (event rules that see events) is a column of
/// the <c>event_rules</c> step, summarizing the rule's matching events per record; <see cref="Value"/> is the rule's
/// points for the record in the <c>rules</c> step, computed from the aggregate or from the record's properties.
/// </summary>
internal sealed record RuleColumn(string Name, string Comment, RuleAggregate? Aggregate, string Value);

/// <summary>
/// An aggregate over the visible events of a record: <c>SUM(...) FILTER (WHERE ...) AS g1_r2</c>. An
/// <paramref name="Ordered"/> one (a sum in event-time order) goes to the <c>ordered_event_rules</c> step, which reads
/// only the events some ordered aggregate matches (<paramref name="Match"/>), so that the others are never sorted.
/// </summary>
internal sealed record RuleAggregate(string Expression, string Alias, bool Ordered = false, string? Match = null);
