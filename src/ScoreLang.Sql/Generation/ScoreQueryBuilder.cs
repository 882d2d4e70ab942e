using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Sql.Generation;

/// <summary>
/// Writes the query of one score as a pipeline of named steps, each a plain SELECT (docs/scale-out.md walks through
/// one): <c>params</c> (the as-of date), <c>memberships</c> (static lists), <c>visible_events</c> and
/// <c>event_rules</c> (events summarized per record and rule), <c>rule_points</c> (each rule's points and whether the
/// record is scored), <c>group_points</c> (limit then floor per group), <c>totals</c> (sum, score limit, floor, parts)
/// and the final SELECT (tier, NULLs for records that are not scored). The steps follow the evaluation order of
/// <see cref="Evaluation.ReferenceEvaluator"/> and add numbers in the same order (or in any order where that provably
/// gives the same double, <see cref="OrderFreeSum"/>), so results agree to the last bits.
/// </summary>
internal sealed class ScoreQueryBuilder
{
    public const string EventRulesAlias = "er";

    public const string OrderedEventRulesAlias = "eo";

    private const string Indent = "    ";

    private readonly ScoreQueryContext _context;
    private readonly ExpressionTranslator _expressions;

    private readonly DateTime? _asOf;

    /// <summary>The query of <paramref name="context"/>'s score, as of <paramref name="asOf"/> (a literal) or of the dialect's parameter (null).</summary>
    public ScoreQueryBuilder(ScoreQueryContext context, DateTime? asOf)
    {
        _context = context;
        _asOf = asOf;
        _expressions = new ExpressionTranslator(context);
    }

    private ScoreSymbol Score => _context.Score;

    private SqlDialect Dialect => _context.Dialect;

    public ScoreQuery Build()
    {
        // Translate first: that collects the associated records and static lists the rules read, joined once below.
        var sources = new EventSources(_context, Score.Groups.SelectMany(g => g.Rules).OfType<BoundEventRule>());
        var rules = TranslateRules(sources);
        var isScored = new FilterTranslator(_expressions).IsScored(Score.Filters);
        var groups = OutputColumns.ForGroups(Score.Groups);

        var steps = new List<string> { Step("params", ParamsBody()) };
        var aggregates = rules.Where(r => r.Aggregate is not null).ToList();
        if (aggregates.Count > 0)
        {
            // Read by both event_rules and ordered_event_rules when there are ordered sums.
            var sharedByTwo = aggregates.Any(r => r.Aggregate!.Ordered) && aggregates.Any(r => !r.Aggregate!.Ordered);
            steps.Add(Step("visible_events", sources.Body(Indent), sharedByTwo ? Dialect.NotMaterialized : string.Empty));
        }

        // Built now, but placed before the steps that read it. Ordered sums get a step of their own (RuleAggregate).
        var plain = aggregates.Where(r => !r.Aggregate!.Ordered).ToList();
        var ordered = aggregates.Where(r => r.Aggregate!.Ordered).ToList();
        var eventRules = plain.Count > 0 ? EventRulesStep("event_rules", plain, sources, null) : null;
        var orderedEventRules = ordered.Count > 0
            ? EventRulesStep("ordered_event_rules", ordered, sources, string.Join(" OR ", ordered.Select(r => $"({r.Aggregate!.Match})")))
            : null;
        var rulePoints = RulePointsStep(rules, isScored, eventRules is not null, orderedEventRules is not null);
        if (_context.StaticLists.Count > 0)
        {
            steps.Insert(1, Step("memberships", MembershipsBody()));
        }

        if (eventRules is not null)
        {
            steps.Add(eventRules);
        }

        if (orderedEventRules is not null)
        {
            steps.Add(orderedEventRules);
        }

        steps.Add(rulePoints);
        steps.Add(GroupPointsStep());
        steps.Add(TotalsStep());

        var sql = new StringBuilder();
        foreach (var line in new QueryHeader(_context).Lines(groups, _asOf))
        {
            sql.Append(line).Append('\n');
        }

        sql.Append("WITH\n").Append(string.Join(",\n", steps)).Append('\n');
        sql.Append(FinalSelect(groups));
        return new ScoreQuery(Score.Name, Score.RecordTypeName, Dialect, sql.ToString(), groups, _asOf is null);
    }

    private List<RuleColumn> TranslateRules(EventSources sources)
    {
        var eventRules = new EventRuleTranslator(_context, _expressions, sources.VisibleTypes);
        var columns = new List<RuleColumn>();
        for (var g = 0; g < Score.Groups.Length; g++)
        {
            var group = Score.Groups[g];
            // Fit never decays (S6): neither a fit score's groups nor a combined score's fit groups.
            var mayDecay = Score.Kind != ScoreKind.Fit && group.Part == ScorePart.Engagement;
            for (var r = 0; r < group.Rules.Length; r++)
            {
                var rule = group.Rules[r];
                var name = RuleName(g, r);
                var decay = mayDecay && rule is BoundEventRule { Decay: { } spec } ? $" (decay {DescribeDecay(spec)}, S17-S19)" : string.Empty;
                var comment = $"{SqlComment.Where(rule.Location)}: {rule.Text}{decay}";
                columns.Add(rule switch
                {
                    BoundEventRule eventRule => eventRules.Translate(eventRule, name, comment, mayDecay ? eventRule.Decay : null),
                    BoundPropertyRule propertyRule => new RuleColumn(name, comment, null,
                        $"CASE WHEN {_expressions.Condition(propertyRule.Condition)} THEN {Dialect.DoubleLiteral(rule.Points)} ELSE {Zero} END"),
                    _ => new RuleColumn(name, comment, null, Zero),
                });
            }
        }

        return columns;
    }

    /// <summary>
    /// A step of per-record aggregates over the visible events; with <paramref name="where"/>, over only the events it
    /// holds for (the ordered sums: each filters its own events anyway, and no other event needs sorting).
    /// </summary>
    private string EventRulesStep(string stepName, List<RuleColumn> aggregates, EventSources sources, string? where)
    {
        var id = RecordId;
        var select = new List<string> { $"{Indent}SELECT {id} AS id" };
        foreach (var rule in aggregates)
        {
            select.Add($"{Indent}{Indent}{SqlComment.Line(rule.Comment)}");
            select.Add($"{Indent}{Indent}{rule.Aggregate!.Expression} AS {rule.Aggregate.Alias}");
        }

        var body = JoinColumns(select) + "\n" + RecordSource()
            + $"\n{Indent}JOIN visible_events AS {ScoreQueryContext.EventAlias} ON {ScoreQueryContext.EventAlias}.{sources.ScoredIdColumn} = {id}"
            + (where is null ? string.Empty : $"\n{Indent}WHERE {where}")
            + $"\n{Indent}GROUP BY {id}";
        return Step(stepName, body);
    }

    private string RulePointsStep(List<RuleColumn> rules, string isScored, bool hasEventRules, bool hasOrderedEventRules)
    {
        var select = new List<string>
        {
            $"{Indent}SELECT {RecordId} AS id",
            $"{Indent}{Indent}{SqlComment.Line("whether the record is scored at all: include and exclude filters (S20)")}",
            $"{Indent}{Indent}{isScored} AS is_scored",
        };
        foreach (var rule in rules)
        {
            select.Add($"{Indent}{Indent}{SqlComment.Line(rule.Comment)}");
            select.Add($"{Indent}{Indent}{rule.Value} AS {rule.Name}");
        }

        var body = JoinColumns(select) + "\n" + RecordSource();
        if (hasEventRules)
        {
            body += $"\n{Indent}LEFT JOIN event_rules AS {EventRulesAlias} ON {EventRulesAlias}.id = {RecordId}";
        }

        if (hasOrderedEventRules)
        {
            body += $"\n{Indent}LEFT JOIN ordered_event_rules AS {OrderedEventRulesAlias} ON {OrderedEventRulesAlias}.id = {RecordId}";
        }

        return Step("rule_points", body);
    }

    private string GroupPointsStep()
    {
        var select = new List<string> { $"{Indent}SELECT id, is_scored" };
        for (var g = 0; g < Score.Groups.Length; g++)
        {
            var group = Score.Groups[g];
            var raw = Sum(Enumerable.Range(0, group.Rules.Length).Select(r => RuleName(g, r)));
            var limits = $"limit {(group.Limit is { } limit ? limit.ToString(CultureInfo.InvariantCulture) : "none")}, floor {(Score.AllowNegative ? "none" : "0")}";
            select.Add($"{Indent}{Indent}{SqlComment.Line($"{SqlComment.Where(group.Location)}: group {group.Name} ({group.Part.ToString().ToLowerInvariant()}), {limits} (S13, S16)")}");
            select.Add($"{Indent}{Indent}{LimitAndFloor(raw, group.Limit)} AS {GroupName(g)}");
        }

        return Step("group_points", JoinColumns(select) + $"\n{Indent}FROM rule_points");
    }

    private string TotalsStep()
    {
        var groupNames = Enumerable.Range(0, Score.Groups.Length).Select(GroupName).ToList();
        var select = new List<string> { $"{Indent}SELECT {string.Join(", ", ["id", "is_scored", .. groupNames])}" };
        select.Add($"{Indent}{Indent}{SqlComment.Line("the groups add up, then the score limit and the floor apply (S14, S16)")}");
        select.Add($"{Indent}{Indent}{LimitAndFloor(Sum(groupNames), Score.Limit)} AS total");
        if (Score.Kind == ScoreKind.Combined)
        {
            select.Add($"{Indent}{Indent}{SqlComment.Line("a combined score's parts: the sum of its groups of each part (S7)")}");
            select.Add($"{Indent}{Indent}{PartSum(ScorePart.Engagement)} AS engagement");
            select.Add($"{Indent}{Indent}{PartSum(ScorePart.Fit)} AS fit");
        }
        else
        {
            select.Add($"{Indent}{Indent}CAST(NULL AS {Dialect.DoubleType}) AS engagement");
            select.Add($"{Indent}{Indent}CAST(NULL AS {Dialect.DoubleType}) AS fit");
        }

        return Step("totals", JoinColumns(select) + $"\n{Indent}FROM group_points");
    }

    private string FinalSelect(ImmutableArray<ScoreQueryGroup> groups)
    {
        string Scored(string value, string column) => $"{Indent}CASE WHEN is_scored THEN {value} END AS {Dialect.QuoteIdentifier(column)}";
        var tier = new TierTranslator(Dialect).Tier(Score, "total", "engagement", "fit");
        var select = new List<string>
        {
            $"SELECT id AS {Dialect.QuoteIdentifier("id")}",
            Scored("total", "score"),
            Scored("engagement", "engagement"),
            Scored("fit", "fit"),
            $"{Indent}{SqlComment.Line("thresholds (S23, S24)")}",
            Scored(tier, "tier"),
        };
        select.AddRange(groups.Select((group, g) => Scored(GroupName(g), group.Column)));
        return JoinColumns(select) + "\nFROM totals\n";
    }

    /// <summary>The scored records with what the rules read from around them: the as-of date, associated records, lists.</summary>
    private string RecordSource()
    {
        var layout = _context.Layout;
        var lines = new List<string>
        {
            $"{Indent}FROM {layout.RecordTable(Score.RecordTypeName)} AS {ScoreQueryContext.RecordAlias}",
            $"{Indent}CROSS JOIN params AS {ScoreQueryContext.ParamsAlias}",
        };
        foreach (var (association, alias) in _context.Associations)
        {
            var target = association.Type.TargetRecordType ?? association.Name;
            lines.Add($"{Indent}LEFT JOIN {layout.RecordTable(target)} AS {alias} ON {alias}.{layout.Column(SqlTableMapping.IdColumn)} = "
                + $"{ScoreQueryContext.RecordAlias}.{layout.Column(association.Name)}");
        }

        if (_context.StaticLists.Count > 0)
        {
            lines.Add($"{Indent}LEFT JOIN memberships AS {ScoreQueryContext.MembershipsAlias} ON {ScoreQueryContext.MembershipsAlias}.id = {RecordId}");
        }

        return string.Join('\n', lines);
    }

    /// <summary>The as-of date, and the stepped decay boundaries the event rules compare event times with (S18).</summary>
    private string ParamsBody()
    {
        var asOf = _asOf is { } fixedDate ? Dialect.TimestampLiteral(fixedDate) : Dialect.AsOfExpression;
        var boundaries = _context.SteppedBoundaries.Columns;
        if (boundaries.Count == 0)
        {
            return $"{Indent}SELECT {asOf} AS as_of";
        }

        var select = new List<string>
        {
            $"{Indent}SELECT {SteppedDecayBoundaries.AsOfColumn}",
            $"{Indent}{Indent}{SqlComment.Line("when an event is whole decay periods old, worked out once (S18, S19): d<n> as_of - n days, m<n>_* for n calendar months (SteppedDecayBoundaries)")}",
        };
        select.AddRange(boundaries.Select(b => $"{Indent}{Indent}{b.Expression} AS {b.Name}"));
        return JoinColumns(select) + $"\n{Indent}FROM (SELECT {asOf} AS {SteppedDecayBoundaries.AsOfColumn}) AS a";
    }

    private string MembershipsBody()
    {
        var layout = _context.Layout;
        var list = $"l.{layout.Column(SqlTableMapping.ListColumn)}";
        var select = new List<string> { $"{Indent}SELECT l.{layout.Column(SqlTableMapping.RecordIdColumn)} AS id" };
        select.AddRange(_context.StaticLists.Select(l =>
            $"{Indent}{Indent}MAX(CASE WHEN {list} = {Dialect.StringLiteral(l.List)} THEN 1 ELSE 0 END) AS {l.Column}"));
        return JoinColumns(select)
            + $"\n{Indent}FROM {layout.ListsTable} AS l"
            + $"\n{Indent}WHERE {list} IN ({string.Join(", ", _context.StaticLists.Select(l => Dialect.StringLiteral(l.List)))})"
            + $"\n{Indent}GROUP BY l.{layout.Column(SqlTableMapping.RecordIdColumn)}";
    }

    private static string DescribeDecay(DecaySpec decay) => decay.Form switch
    {
        DecayForm.Stepped => $"{decay.Percent.ToString(CultureInfo.InvariantCulture)}% every {decay.Period}",
        DecayForm.Linear => $"{decay.Percent.ToString(CultureInfo.InvariantCulture)}% over {decay.Period}",
        DecayForm.HalfLife => $"half-life {decay.Period}",
        _ => "none",
    };

    private string PartSum(ScorePart part) =>
        Sum(Enumerable.Range(0, Score.Groups.Length).Where(g => Score.Groups[g].Part == part).Select(GroupName));

    /// <summary>The limit caps first, then the floor (0 unless <c>floor none</c>) raises (S13, S14, S16).</summary>
    private string LimitAndFloor(string value, double? limit)
    {
        var capped = limit is { } max ? Dialect.Least(value, Dialect.DoubleLiteral(max)) : value;
        return Score.AllowNegative ? capped : Dialect.Greatest(Zero, capped);
    }

    private string Sum(IEnumerable<string> terms)
    {
        var list = terms.ToList();
        return list.Count == 0 ? Zero : string.Join(" + ", list);
    }

    private string Zero => Dialect.DoubleLiteral(0);

    private string RecordId => $"{ScoreQueryContext.RecordAlias}.{_context.Layout.Column(SqlTableMapping.IdColumn)}";

    private static string RuleName(int group, int rule) => $"g{group + 1}_r{rule + 1}";

    private static string GroupName(int group) => $"g{group + 1}";

    private static string Step(string name, string body, string modifier = "") => $"{name} AS {modifier}(\n{body}\n)";

    /// <summary>Select-list lines joined with commas, comment lines left without one.</summary>
    private static string JoinColumns(List<string> lines)
    {
        var result = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            result.Append(lines[i]);
            var isComment = lines[i].TrimStart().StartsWith("--", StringComparison.Ordinal);
            var hasLaterColumn = lines.Skip(i + 1).Any(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal));
            if (!isComment && hasLaterColumn)
            {
                result.Append(',');
            }

            if (i < lines.Count - 1)
            {
                result.Append('\n');
            }
        }

        return result.ToString();
    }
}
