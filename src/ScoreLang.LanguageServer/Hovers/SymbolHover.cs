using System.Globalization;
using System.Text;
using ScoreLang.Semantics;

namespace ScoreLang.LanguageServer.Hovers;

/// <summary>
/// The hovers of named things: a group (its rules, the most it can contribute, its limit), a score (kind, limit,
/// groups, thresholds), a property, attribute, event type, record type or list (type and description).
/// </summary>
internal static class SymbolHover
{
    public static string Markdown(Symbol symbol, BoundProgram program) => symbol switch
    {
        GroupSymbol group => Group(group, program.Scores.FirstOrDefault(s => s.Groups.Contains(group))),
        ScoreSymbol score => Score(score),
        PropertySymbol property => Property(property, program.Schema),
        EventTypeSymbol eventType => EventType(eventType),
        RecordTypeSymbol record => Record(record),
        ListSymbol list => List(list),
        _ => $"`{symbol.Name}`",
    };

    private static string Group(GroupSymbol group, ScoreSymbol? score)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Group** `{group.Name}`{Title(group.Title)} · {group.Part.ToString().ToLowerInvariant()}");
        if (score is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $" · score `{score.Name}`");
        }

        var max = SymbolDescriber.MaxContribution(group);
        text.Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Limit: **{(group.Limit is { } limit ? ConditionText.Number(limit) : "none")}** · ");
        text.Append(CultureInfo.InvariantCulture, $"can contribute at most **{(max is { } m ? ConditionText.Number(m) : "unbounded")}**");
        var positive = group.Rules.Where(r => r.Points > 0).Sum(r => r.Points);
        if (group.Limit is { } cap && positive > cap)
        {
            text.Append(CultureInfo.InvariantCulture, $" (its rules add up to {ConditionText.Number(positive)} per occurrence; the limit caps them, S13)");
        }

        text.Append('\n');
        if (group.Decay is { Form: not Syntax.DecayForm.None } decay)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nDecay: {RuleHover.DecayText(decay)} for its event rules.\n");
        }

        text.Append("\n| Rule | Points |\n|---|---:|\n");
        foreach (var rule in group.Rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{Cell(rule.Text)}` | {ConditionText.Points(rule.Points)} |\n");
        }

        return text.ToString();
    }

    private static string Score(ScoreSymbol score)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Score** `{score.Name}`{Title(score.Title)} · {score.Kind.ToString().ToLowerInvariant()} score for `{score.RecordTypeName}`\n\n");
        var max = SymbolDescriber.MaxContribution(score);
        text.Append(CultureInfo.InvariantCulture, $"Limit: **{(score.Limit is { } limit ? ConditionText.Number(limit) : "none")}** · can reach **{(max is { } m ? ConditionText.Number(m) : "unbounded")}** · {(score.AllowNegative ? "may go negative" : "never below 0")}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Writes `{score.Outputs.Score}`, `{score.Outputs.Tier}`");
        if (score.Outputs.Engagement is { } engagement)
        {
            text.Append(CultureInfo.InvariantCulture, $", `{engagement}`, `{score.Outputs.Fit}`");
        }

        text.Append("\n\n| Group | Part | Limit | At most |\n|---|---|---:|---:|\n");
        foreach (var group in score.Groups)
        {
            var capacity = SymbolDescriber.MaxContribution(group);
            text.Append(CultureInfo.InvariantCulture, $"| `{group.Name}` | {group.Part.ToString().ToLowerInvariant()} | {(group.Limit is { } l ? ConditionText.Number(l) : "—")} | {(capacity is { } c ? ConditionText.Number(c) : "unbounded")} |\n");
        }

        foreach (var set in score.Thresholds)
        {
            var part = set.Part is { } p ? $" ({p.ToString().ToLowerInvariant()})" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"\n**Thresholds{part}**\n\n| Band | From | To |\n|---|---:|---:|\n");
            foreach (var band in set.Bands)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Cell(band.Label)} | {band.From} | {(band.To is { } to ? to.ToString(CultureInfo.InvariantCulture) : "—")} |\n");
            }
        }

        if (!score.Tests.IsDefaultOrEmpty)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{score.Tests.Length} in-file test{(score.Tests.Length == 1 ? string.Empty : "s")}.\n");
        }

        return text.ToString();
    }

    private static string Property(PropertySymbol property, SchemaModel schema)
    {
        var isAttribute = schema.Events.ContainsKey(property.OwnerName) && !schema.Records.ContainsKey(property.OwnerName);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**{(isAttribute ? "Attribute" : "Property")}** `{property.OwnerName}.{property.Name}`: `{TypeName(property.Type)}`\n");
        if (property.Description is { } description)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{description}\n");
        }

        if (property.Type.Kind == DataKind.Enum)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nValues: {string.Join(", ", property.Type.EnumMembers.Select(m => $"`{m}`"))}\n");
        }
        else if (property.Type.Kind == DataKind.Association)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nAn association: `{property.Name}.<property>` reads the `{property.Type.TargetRecordType}` record's properties (S3).\n");
        }

        return text.ToString();
    }

    private static string EventType(EventTypeSymbol eventType)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Event type** `{eventType.Name}` on `{eventType.RecordTypeName}`\n");
        if (eventType.Description is { } description)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{description}\n");
        }

        text.Append("\n| Attribute | Type | Description |\n|---|---|---|\n");
        foreach (var attribute in eventType.Attributes)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{attribute.Name}` | `{Cell(TypeName(attribute.Type))}` | {Cell(attribute.Description ?? string.Empty)} |\n");
        }

        text.Append("| `timestamp` | `datetime` | when the event happened (implicit) |\n");
        return text.ToString();
    }

    private static string Record(RecordTypeSymbol record)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**Record type** `{record.Name}`\n");
        if (record.Description is { } description)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{description}\n");
        }

        text.Append("\n| Property | Type | Description |\n|---|---|---|\n");
        foreach (var property in record.Properties)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{property.Name}` | `{Cell(TypeName(property.Type))}` | {Cell(property.Description ?? string.Empty)} |\n");
        }

        return text.ToString();
    }

    private static string List(ListSymbol list)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"**List** `{list.Name}` of `{list.RecordTypeName}`\n");
        if (list.Description is { } description)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{description}\n");
        }

        text.Append(list.Condition is { } condition
            ? $"\nMembers: every `{list.RecordTypeName}` where {ConditionText.Describe(condition)} (S4).\n"
            : "\nStatic membership, given as input data (S4).\n");
        return text.ToString();
    }

    private static string TypeName(Semantics.ValueType type) => type.ToString();

    private static string Title(string? title) => title is null ? string.Empty : $" “{title}”";

    /// <summary>Text safe inside a markdown table cell (and inside backticks): no pipes, no line breaks.</summary>
    private static string Cell(string text) => text.Replace('|', '¦').Replace('\n', ' ').Replace('\r', ' ').Replace('`', '\'');
}
