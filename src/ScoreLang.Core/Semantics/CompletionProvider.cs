using System.Collections.Immutable;
using ScoreLang.Binding;
using ScoreLang.Syntax;

namespace ScoreLang.Semantics;

/// <summary>
/// The names valid at a position: keywords of the context (from <see cref="SyntaxFacts"/>), record types, properties
/// of the right record (after <c>company.</c> the associated record's), event types, attributes inside <c>where</c> and
/// test event braces, enum members after <c>==</c> or <c>in [</c>, list names after <c>list</c>, test targets and labels.
/// </summary>
internal sealed class CompletionProvider(BoundProgram program, SyntaxTree tree)
{
    private static readonly string[] RuleClauses = ["where", "count", "within", "once", "decay", "no", "event", "when"];
    private static readonly string[] TestMembers = ["as", "given", "member", "event", "expect"];
    private static readonly string[] Continuing = ["when", "where", "and", "or", "not", "contains", "with", "in", "between", "since", "is"];

    private SchemaModel Schema => program.Schema;

    public ImmutableArray<CompletionItem> GetCompletions(int position)
    {
        // Position-based: the index (built once per tree) gives the frame at the caret by binary search, and only the
        // tokens of the current statement are read.
        if (CompletionIndex.IsInStringOrComment(tree, position))
        {
            return [];
        }

        var index = CompletionIndex.For(tree, Schema);
        var tokens = index.Tokens;
        var count = index.CountBefore(position);
        var (frame, lastBrace) = index.FrameAfter(count);
        var segment = new Segment(tokens.GetRange(lastBrace + 1, count - lastBrace - 1));
        var items = frame.Kind switch
        {
            FrameKind.Top => TopLevel(segment),
            FrameKind.Record => segment.Last == ":" ? TypeNames(includeRecords: true) : [],
            FrameKind.EventDeclaration => segment.Last == ":" ? TypeNames(includeRecords: false) : [],
            FrameKind.Output => segment.Last == ":" ? [] : Keywords(SyntaxFacts.OutputSlots),
            FrameKind.Score => ScoreMember(segment, frame),
            FrameKind.Group => Rule(segment, frame.RecordType),
            FrameKind.Test or FrameKind.Contact => TestMember(segment, frame, tokens),
            FrameKind.Given => Fields(segment, GivenTarget(frame)),
            FrameKind.EventFields => Fields(segment, AttributesOf(frame.Detail)),
            _ => [],
        };
        return [.. items.DistinctBy(i => i.Label).OrderBy(i => i.Kind).ThenBy(i => i.Label, StringComparer.Ordinal)];
    }

    private IEnumerable<CompletionItem> TopLevel(Segment segment)
    {
        var start = segment.LastIndexOf("import", "record", "event", "list", "score");
        if (segment.Last is "on" or "of" or "for")
        {
            return RecordTypes();
        }

        if (start >= 0 && segment.Words[start] == "list" && segment.IndexAfter(start, "when") >= 0 && segment.IsContinuing(Continuing))
        {
            return Expression(segment, segment.WordAt(start + 3), null);
        }

        return Keywords(SyntaxFacts.DeclarationKeywords);
    }

    private IEnumerable<CompletionItem> ScoreMember(Segment segment, CompletionFrame frame)
    {
        var score = frame.ScoreName is null ? null : program.FindScore(frame.ScoreName);
        switch (segment.Last)
        {
            case "kind":
                return Keywords(SyntaxFacts.ScoreKinds);
            case "list":
                return Lists(frame.RecordType, staticOnly: false);
            case "floor":
                return Keywords(["none"]);
            case "thresholds":
                return score?.Kind == ScoreKind.Combined ? Keywords(["fit", "engagement"]) : [];
        }

        if (segment.IsDurationAmount())
        {
            return Units(); // a group header's decay: "decay 50% every 1 |"
        }

        var filter = segment.LastIndexOf("include", "exclude");
        if (filter >= 0 && segment.IndexAfter(filter, "when") >= 0 && segment.IsContinuing(Continuing))
        {
            return Expression(segment, frame.RecordType, null);
        }

        return Keywords(SyntaxFacts.ScoreMemberKeywords);
    }

    private IEnumerable<CompletionItem> Rule(Segment segment, string? recordType)
    {
        var start = segment.LastIndexOf("event", "when");
        if (start < 0)
        {
            return Keywords(["event", "when"]);
        }

        if (segment.Words[start] == "event" && start == segment.Count - 1)
        {
            return EventTypes(recordType);
        }

        if (segment.IsDurationAmount())
        {
            return Units();
        }

        if (segment.IsContinuing(Continuing))
        {
            var eventType = segment.Words[start] == "event" ? segment.WordAt(start + 1) : null;
            return Expression(segment, recordType, eventType);
        }

        return Keywords(RuleClauses).Concat(Keywords(["and", "or"]));
    }

    private IEnumerable<CompletionItem> TestMember(Segment segment, CompletionFrame frame, List<SyntaxToken> tokens)
    {
        var isTest = frame.Kind == FrameKind.Test;
        var score = frame.ScoreName is null ? null : program.FindScore(frame.ScoreName);
        var expect = segment.LastIndexOf("expect");
        switch (segment.Last)
        {
            case "event":
                return EventTypes(frame.RecordType);
            case "expect" when isTest:
                return ExpectTargets(score);
            case "given":
                return Associations(frame.RecordType);
            case "as":
                return Keywords(["of"]);
            case "by" when isTest:
                return TestContacts(tokens, frame.OpenIndex);
            case "of" or "," when segment.LastIndexOf("member") >= 0 && segment.LastIndexOf("member") >= segment.LastIndexOf("event", "given", "expect", "as"):
                return Lists(frame.RecordType, staticOnly: true);
            case "==" or "!=" when expect >= 0 && segment.WordAt(expect + 1) == "tier":
                return TierLabels(score);
        }

        if (segment.IsDurationAmount())
        {
            return Units();
        }

        var members = Keywords(TestMembers);
        if (isTest && frame.RecordType is { } recordType)
        {
            members = members.Concat(Schema.Records.Values
                .Where(r => r.Properties.Any(p => p.Type.Kind == DataKind.Association && p.Type.TargetRecordType == recordType))
                .Select(r => new CompletionItem(r.Name, CompletionKind.RecordType, r.Description)));
        }

        return members;
    }

    private static IEnumerable<CompletionItem> Fields(Segment segment, ImmutableArray<PropertySymbol> properties)
    {
        if (segment.Last == ":")
        {
            var field = properties.FirstOrDefault(p => p.Name == segment.WordAt(segment.Count - 2));
            return field is null ? [] : Values(field.Type);
        }

        return properties.Where(p => p.Type.Kind != DataKind.Association).Select(p => Item(p, CompletionKind.Property));
    }

    private IEnumerable<CompletionItem> Expression(Segment segment, string? recordType, string? eventType)
    {
        var record = recordType is null ? null : Schema.Records.GetValueOrDefault(recordType);
        var eventSymbol = eventType is null ? null : Schema.Events.GetValueOrDefault(eventType);
        switch (segment.Last)
        {
            case ".":
                var association = record?.FindProperty(segment.WordAt(segment.Count - 2) ?? string.Empty);
                var target = association?.Type.TargetRecordType is { } name ? Schema.Records.GetValueOrDefault(name) : null;
                return target?.Properties.Where(p => p.Type.Kind != DataKind.Association).Select(p => Item(p, CompletionKind.Property)) ?? [];
            case "list":
                return Lists(recordType, staticOnly: false);
            case "is":
                return Keywords(["known", "unknown"]);
            case "since":
                return record?.Properties.Where(p => p.Type.IsTemporal).Select(p => Item(p, CompletionKind.Property)) ?? [];
            case "==" or "!=" or "[" or ",":
                var operand = segment.OperandType(record, eventSymbol, Schema);
                return operand is null ? [] : Values(operand);
        }

        if (eventSymbol is not null)
        {
            return eventSymbol.Attributes.Select(a => Item(a, CompletionKind.Attribute))
                .Append(new CompletionItem(OperandBinder.TimestampName, CompletionKind.Attribute, "datetime"))
                .Concat(Keywords(["not"]));
        }

        return (record?.Properties.Select(p => Item(p, CompletionKind.Property)) ?? []).Concat(Keywords(["not", "in", "days"]));
    }

    private ImmutableArray<PropertySymbol> GivenTarget(CompletionFrame frame)
    {
        var record = frame.RecordType is null ? null : Schema.Records.GetValueOrDefault(frame.RecordType);
        if (frame.Detail is null)
        {
            return record?.Properties ?? [];
        }

        var target = record?.FindProperty(frame.Detail)?.Type.TargetRecordType;
        return target is not null && Schema.Records.TryGetValue(target, out var associated) ? associated.Properties : [];
    }

    private ImmutableArray<PropertySymbol> AttributesOf(string? eventType) =>
        eventType is not null && Schema.Events.TryGetValue(eventType, out var symbol) ? symbol.Attributes : [];

    private static IEnumerable<CompletionItem> ExpectTargets(ScoreSymbol? score)
    {
        var words = new List<string> { "score", "tier", "scored", "unscored" };
        if (score?.Kind == ScoreKind.Combined)
        {
            words.AddRange(["engagement", "fit"]);
        }

        return Keywords(words).Concat(score?.Groups.Select(g => new CompletionItem(g.Name, CompletionKind.Group, g.Title)) ?? []);
    }

    private static IEnumerable<CompletionItem> TierLabels(ScoreSymbol? score)
    {
        if (score is null)
        {
            return [];
        }

        var fit = score.Thresholds.Where(t => t.Part == ScorePart.Fit).SelectMany(t => t.Bands).Select(b => b.Label).ToList();
        var engagement = score.Thresholds.Where(t => t.Part == ScorePart.Engagement).SelectMany(t => t.Bands).Select(b => b.Label).ToList();
        var labels = score.Kind == ScoreKind.Combined
            ? fit.SelectMany(f => engagement.Select(e => f + e))
            : score.Thresholds.SelectMany(t => t.Bands).Select(b => b.Label);
        return labels.Select(l => new CompletionItem(l, CompletionKind.Label));
    }

    private IEnumerable<CompletionItem> TestContacts(List<SyntaxToken> tokens, int openIndex) =>
        CompletionTokens.DeclaredContacts(tokens, openIndex, Schema.Records.ContainsKey).Select(name => new CompletionItem(name, CompletionKind.Value, "associated record"));

    private IEnumerable<CompletionItem> RecordTypes() => Schema.Records.Values.Select(r => new CompletionItem(r.Name, CompletionKind.RecordType, r.Description));

    private IEnumerable<CompletionItem> TypeNames(bool includeRecords) =>
        Keywords(SyntaxFacts.BuiltInTypes.Append("enum")).Concat(includeRecords ? RecordTypes() : []);

    private IEnumerable<CompletionItem> EventTypes(string? recordType) => Schema.Events.Values
        .Where(e => recordType is null || !Schema.Records.ContainsKey(recordType) || RuleBinder.CountsFor(Schema, e, recordType))
        .Select(e => new CompletionItem(e.Name, CompletionKind.EventType, e.Description ?? $"on {e.RecordTypeName}"));

    private IEnumerable<CompletionItem> Lists(string? recordType, bool staticOnly) => Schema.Lists.Values
        .Where(l => (recordType is null || l.RecordTypeName == recordType) && (!staticOnly || l.IsStatic))
        .Select(l => new CompletionItem(l.Name, CompletionKind.List, l.Description));

    private IEnumerable<CompletionItem> Associations(string? recordType) =>
        (recordType is null ? null : Schema.Records.GetValueOrDefault(recordType))?.Properties
            .Where(p => p.Type.Kind == DataKind.Association).Select(p => Item(p, CompletionKind.Property)) ?? [];

    private static IEnumerable<CompletionItem> Values(ValueType type) => type.Kind switch
    {
        DataKind.Enum => type.EnumMembers.Select(m => new CompletionItem(m, CompletionKind.EnumMember)),
        DataKind.Bool => Keywords(["true", "false"]).Select(i => i with { Kind = CompletionKind.Value }),
        _ => [],
    };

    private static IEnumerable<CompletionItem> Units() => Keywords(["days", "weeks", "months", "years"]).Select(i => i with { Kind = CompletionKind.Unit });

    private static IEnumerable<CompletionItem> Keywords(IEnumerable<string> words) => words.Select(w => new CompletionItem(w, CompletionKind.Keyword));

    private static CompletionItem Item(PropertySymbol property, CompletionKind kind) => new(property.Name, kind, property.Type.ToString());
}
