using CsCheck;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using static ScoreLang.Compiler.Tests.Support.Model;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Compiler.Tests.Support;

/// <summary>
/// CsCheck generators of bound programs over <see cref="Model.Schema"/>: random scores (all three kinds, contact and
/// company scores), groups, limits, floors, filters, thresholds, event rules (where, count, within, once, every
/// decay form) and property rules over every kind of condition, including associated-company properties (S3), static
/// and conditional lists (S4), relative dates and days since.
/// </summary>
internal static class ModelGenerators
{
    private static readonly Gen<double> Points = Gen.OneOfConst(1.0, 2.0, 5.0, 10.0, 15.0, 0.1, 3.3, 7.25, 1.0 / 3, -2.0, -7.5, -20.0, 0.0);

    private static readonly Gen<Duration> Durations = Gen.Select(
        Gen.OneOfConst(1, 2, 3, 7, 30, 90),
        Gen.OneOfConst(DurationUnit.Day, DurationUnit.Week, DurationUnit.Month, DurationUnit.Year),
        (amount, unit) => new Duration(unit is DurationUnit.Day ? amount : Math.Min(amount, 3), unit));

    private static readonly Gen<DecaySpec?> Decays = Gen.OneOf(
        Gen.Const((DecaySpec?)null),
        Gen.Select(Gen.OneOfConst(10.0, 25.0, 33.3, 50.0, 100.0), Durations, (p, d) => (DecaySpec?)new DecaySpec(DecayForm.Stepped, p, d)),
        Gen.Select(Gen.OneOfConst(50.0, 100.0), Durations, (p, d) => (DecaySpec?)new DecaySpec(DecayForm.Linear, p, d)),
        Durations.Select(d => (DecaySpec?)new DecaySpec(DecayForm.HalfLife, 50, d)),
        Gen.Const<DecaySpec?>(new DecaySpec(DecayForm.None, 0, new Duration(1, DurationUnit.Day))));

    private static readonly Gen<ComparisonOperator> Ordered = Gen.OneOfConst(
        ComparisonOperator.Equal, ComparisonOperator.NotEqual, ComparisonOperator.Less, ComparisonOperator.LessOrEqual,
        ComparisonOperator.Greater, ComparisonOperator.GreaterOrEqual);

    private static readonly Gen<ComparisonOperator> Textual = Gen.OneOfConst(
        ComparisonOperator.Equal, ComparisonOperator.NotEqual, ComparisonOperator.Contains, ComparisonOperator.StartsWith,
        ComparisonOperator.EndsWith);

    private static readonly Gen<string> Texts = Gen.OneOfConst("vp", "VP of Sales", "director", "", "Acme", "pricing", "ad", "LEAD", "e");

    private static readonly Gen<DateTime> Dates = Gen.OneOfConst(Utc(2023, 12, 31), Utc(2024, 2, 29), Utc(2024, 3, 1, 12), Utc(2024, 5, 15));

    public static Gen<BoundProgram> Programs { get; } = Score.Array[1, 6].Select(scores =>
        Program([.. scores.Select((s, i) => s with { Name = $"s{i}", Outputs = new ScoreOutputs($"s{i}", $"s{i}_tier", null, null) })]));

    private static Gen<ScoreSymbol> Score => Gen.OneOfConst("contact", "contact", "company").SelectMany(recordType =>
        Gen.OneOfConst(ScoreKind.Engagement, ScoreKind.Fit, ScoreKind.Combined).SelectMany(kind =>
            Gen.Select(
                Gen.OneOf(Gen.Const((double?)null), Gen.OneOfConst<double?>(10, 25, 50, 100)),
                Gen.Bool,
                Filter(recordType).Array[0, 2],
                Group(recordType, kind).Array[1, 3],
                Thresholds(kind),
                (limit, allowNegative, filters, groups, thresholds) => Model.Score(
                    "s", kind, limit, groups, filters, thresholds, allowNegative, recordType))));

    private static Gen<BoundFilter> Filter(string recordType) => Gen.Select(
        Gen.Bool,
        Gen.Bool,
        Condition(recordType, 1),
        Gen.OneOfConst(recordType == "contact" ? ["partners", "vips", "nonexistent"] : new[] { "big", "partners" }),
        (isExclude, byList, condition, list) => byList
            ? new BoundFilter(isExclude, list, null, Here(3))
            : new BoundFilter(isExclude, null, condition, Here(3)));

    private static Gen<ThresholdSet[]> Thresholds(ScoreKind kind)
    {
        var bands = Gen.Int[0, 40].Array[1, 4].Select(bounds =>
        {
            var sorted = bounds.Distinct().Order().ToArray();
            return sorted.Select((from, i) => ($"b{i}", from, i + 1 < sorted.Length ? (int?)(sorted[i + 1] - 1) : null)).Reverse().ToArray();
        });
        return kind == ScoreKind.Combined
            ? Gen.Select(bands, bands, Gen.Int[0, 2], (fit, engagement, shape) => shape switch
            {
                0 => new[] { Model.Thresholds(ScorePart.Fit, fit), Model.Thresholds(ScorePart.Engagement, engagement) },
                1 => [Model.Thresholds(null, fit)],
                _ => [],
            })
            : Gen.OneOf(bands.Select(b => new[] { Model.Thresholds(null, b) }), Gen.Const(Array.Empty<ThresholdSet>()));
    }

    private static Gen<GroupSymbol> Group(string recordType, ScoreKind kind) => Gen.Select(
        kind == ScoreKind.Combined ? Gen.OneOfConst(ScorePart.Engagement, ScorePart.Fit) : Gen.Const(kind == ScoreKind.Fit ? ScorePart.Fit : ScorePart.Engagement),
        Gen.OneOf(Gen.Const((double?)null), Gen.OneOfConst<double?>(5, 10, 20, 60)),
        Decays,
        Rule(recordType).Array[1, 4],
        (part, limit, decay, rules) => new GroupSymbol("g", null, part, limit, decay, [.. rules], Here(5)));

    private static Gen<BoundRule> Rule(string recordType) => Gen.OneOf(
        Gen.Select(Condition(recordType, 2), Points, (c, p) => (BoundRule)When(c, p)),
        EventRule(recordType));

    private static Gen<BoundRule> EventRule(string recordType) =>
        Gen.OneOfConst(Opened, Opened, Meeting, Visited).SelectMany(type => Gen.Select(
            Gen.OneOf(Gen.Const((BoundExpression?)null), Where(type, recordType).Select(w => (BoundExpression?)w)),
            Gen.Int[0, 3],
            Gen.OneOf(Gen.Const((Duration?)null), Durations.Select(d => (Duration?)d)),
            Points,
            Decays,
            Gen.Select(Gen.Int[0, 4], Gen.Int[0, 3], (from, width) => width == 3 ? new CountRange(from, null) : new CountRange(from, from + width)),
            (where, shape, within, points, decay, count) => (BoundRule)Model.EventRule(
                type, points, where, shape == 1 ? count : null, within, once: shape == 2, decay: decay)));

    private static Gen<BoundExpression> Where(EventTypeSymbol type, string recordType)
    {
        var atoms = new List<Gen<BoundExpression>>
        {
            Gen.Select(Ordered, Dates, (op, d) => (BoundExpression)new BoundComparison(new BoundEventTimestamp(default), op, Const(d), default)),
            Condition(recordType, 0),
        };
        if (type == Opened)
        {
            atoms.Add(Gen.Select(Textual, Texts, (op, t) => (BoundExpression)Compare(Attr(Opened, "subject"), op, t)));
            atoms.Add(Gen.Select(Gen.Int[0, 1], Gen.Bool, (c, neg) => (BoundExpression)new BoundIn(Attr(Opened, "campaign"), neg, [EnumConst(Campaigns, c)], default)));
            atoms.Add(Gen.Select(Ordered, Gen.OneOfConst(1.0, 2.5, 3.0), (op, v) => (BoundExpression)Compare(Attr(Opened, "rating"), op, v)));
            atoms.Add(Gen.Bool.Select(k => (BoundExpression)new BoundIsKnown(Attr(Opened, "rating"), k, default)));
        }
        else if (type == Visited)
        {
            atoms.Add(Gen.Select(Textual, Texts, (op, t) => (BoundExpression)Compare(Attr(Visited, "page"), op, t)));
        }

        var atom = Gen.OneOf([.. atoms]);
        return Gen.OneOf(atom, Gen.Select(atom, atom, Gen.Bool, (a, b, and) => (BoundExpression)new BoundLogical(a, and ? LogicalOperator.And : LogicalOperator.Or, b, default)));
    }

    /// <summary>A condition on a record of <paramref name="recordType"/>, nested up to <paramref name="depth"/> logical levels.</summary>
    private static Gen<BoundExpression> Condition(string recordType, int depth)
    {
        var atom = recordType == "contact" ? ContactAtom : CompanyAtom;
        if (depth == 0)
        {
            return atom;
        }

        var inner = Condition(recordType, depth - 1);
        return Gen.Frequency(
            (4, atom),
            (1, Gen.Select(inner, inner, Gen.Bool, (a, b, and) => (BoundExpression)new BoundLogical(a, and ? LogicalOperator.And : LogicalOperator.Or, b, default))),
            (1, inner.Select(c => (BoundExpression)new BoundNot(c, default))));
    }

    private static Gen<BoundExpression> ContactAtom { get; } = Gen.OneOf(
        Gen.Select(Ordered, Gen.OneOfConst(0.0, 1.0, 2.5, 3.0, 10.0), (op, v) => (BoundExpression)Compare(Prop("visits"), op, v)),
        Gen.Select(Gen.OneOfConst(0.0, 2.0), Gen.OneOfConst(3.0, 10.0), (low, high) => (BoundExpression)new BoundBetween(Prop("visits"), Const(low), Const(high), default)),
        Gen.Select(Textual, Gen.Int[0, 2], (op, m) => (BoundExpression)new BoundComparison(Prop("stage"), op, EnumConst(Stages, m), default)),
        Gen.Select(Textual, Texts, (op, t) => (BoundExpression)Compare(Prop("stage"), op, t)),
        Gen.Select(Gen.Int[0, 2].Array[0, 2], Gen.Bool, (ms, neg) => (BoundExpression)new BoundIn(Prop("stage"), neg, [.. ms.Select(m => EnumConst(Stages, m))], default)),
        Gen.Select(Textual, Texts, (op, t) => (BoundExpression)Compare(Prop("title"), op, t)),
        Gen.Select(Texts.Array[1, 2], Gen.Bool, (ts, neg) => (BoundExpression)new BoundIn(Prop("title"), neg, [.. ts.Select(Const)], default)),
        Gen.Select(Ordered, Dates, (op, d) => (BoundExpression)Compare(Prop("created"), op, d)),
        Gen.Select(Gen.Bool, Durations, (within, d) => (BoundExpression)new BoundRelativeDate(Prop("created"), within ? RelativeDateOperator.WithinLast : RelativeDateOperator.MoreThanAgo, d, default)),
        Gen.Select(Gen.Bool, Durations, (within, d) => (BoundExpression)new BoundRelativeDate(Prop("last_open"), within ? RelativeDateOperator.WithinLast : RelativeDateOperator.MoreThanAgo, d, default)),
        Gen.Select(Ordered, Gen.OneOfConst(0.0, 30.0, 45.0), (op, v) => (BoundExpression)Compare(new BoundDaysSince(Prop("last_open"), default), op, v)),
        Gen.Const<BoundExpression>(new BoundTruth(Prop("vip"), default)),
        Gen.Select(Gen.OneOfConst(ComparisonOperator.Equal, ComparisonOperator.NotEqual), Gen.Bool, (op, b) => (BoundExpression)Compare(Prop("vip"), op, b)),
        Gen.Select(Gen.OneOfConst("visits", "stage", "title", "created", "vip", "last_open"), Gen.Bool, (p, k) => (BoundExpression)new BoundIsKnown(Prop(p), k, default)),
        Gen.Select(Gen.OneOfConst("partners", "vips", "big"), Gen.Bool, (l, neg) => (BoundExpression)new BoundInList(l, neg, default)),
        Gen.Select(Ordered, Gen.OneOfConst(50.0, 500.0), (op, v) => (BoundExpression)Compare(CompanyProp("employees"), op, v)),
        Gen.Select(Gen.Int[0, 2], Gen.Bool, (m, neg) => (BoundExpression)new BoundIn(CompanyProp("industry"), neg, [EnumConst(Industries, m)], default)),
        Gen.Select(Textual, Texts, (op, t) => (BoundExpression)Compare(CompanyProp("name"), op, t)),
        Gen.Bool.Select(k => (BoundExpression)new BoundIsKnown(CompanyProp("industry"), k, default)));

    private static Gen<BoundExpression> CompanyAtom { get; } = Gen.OneOf(
        Gen.Select(Ordered, Gen.OneOfConst(50.0, 500.0), (op, v) => (BoundExpression)Compare(Prop("employees", Company), op, v)),
        Gen.Select(Textual, Gen.Int[0, 2], (op, m) => (BoundExpression)new BoundComparison(Prop("industry", Company), op, EnumConst(Industries, m), default)),
        Gen.Select(Textual, Texts, (op, t) => (BoundExpression)Compare(Prop("name", Company), op, t)),
        Gen.Select(Gen.OneOfConst("big", "partners"), Gen.Bool, (l, neg) => (BoundExpression)new BoundInList(l, neg, default)),
        Gen.Bool.Select(k => (BoundExpression)new BoundIsKnown(Prop("employees", Company), k, default)));

    private static BoundConstant EnumConst(System.Collections.Immutable.ImmutableArray<string> members, int index) =>
        new(members[index], ValueType.EnumOf(members), default);
}
