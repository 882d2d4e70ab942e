using CsCheck;
using ScoreLang.Semantics;
using ScoreLang.Sql.Tests.Support;
using static ScoreLang.Sql.Tests.Support.Models;

namespace ScoreLang.Sql.Tests.Generators;

/// <summary>
/// Random bound scores over <see cref="TestSchema"/> for contacts or companies: every kind, limits or none, floors or
/// none, filters, groups of both parts, property rules and event rules of every shape (where, count ranges, once,
/// windows, every decay), thresholds with open, negative and overflowing bands.
/// </summary>
internal sealed class ScoreGen
{
    private static readonly double[] Points = [-20, -5, 1, 2.5, 3, 10, 40, 0.1];

    private readonly string _recordType;
    private readonly DateTime _asOf;

    public ScoreGen(string recordType, DateTime asOf)
    {
        _recordType = recordType;
        _asOf = asOf;
    }

    public Gen<ScoreSymbol> Score() =>
        from kind in Gen.Enum<ScoreKind>()
        from limit in Gen.OneOfConst<double?>(null, 20, 50, 100)
        from allowNegative in Gen.Frequency((4, Gen.Const(false)), (1, Gen.Const(true)))
        from groups in Group(kind).Array[1, 3]
        from filters in Filter().Array[0, 2]
        from thresholds in Thresholds(kind)
        select Models.Score("generated", kind, limit, [.. groups.Select((g, i) => g with { Name = $"group{i + 1}" })], _recordType, thresholds, filters, allowNegative);

    private Gen<GroupSymbol> Group(ScoreKind kind) =>
        from part in kind switch
        {
            ScoreKind.Engagement => Gen.Const(ScorePart.Engagement),
            ScoreKind.Fit => Gen.Const(ScorePart.Fit),
            _ => Gen.Enum<ScorePart>(),
        }
        from limit in Gen.OneOfConst<double?>(null, 5, 10, 30, 60)
        from rules in Rule().Array[1, 4]
        select new GroupSymbol("group", null, part, limit, null, [.. rules], TestSchema.Here);

    private Gen<BoundRule> Rule() => Gen.Frequency(
        (2, from condition in new ConditionGen(_recordType, null, _asOf).Condition(2)
            from points in Gen.OneOfConst(Points)
            select (BoundRule)When(condition, points)),
        (3, EventRule()));

    private Gen<BoundRule> EventRule() =>
        from type in Gen.OneOfConst(_recordType == "contact"
            ? [TestSchema.Visit, TestSchema.Form, TestSchema.EmailOpen]
            : new[] { TestSchema.Visit, TestSchema.Form, TestSchema.EmailOpen, TestSchema.Call })
        from test in Gen.Frequency((1, Gen.Const((BoundExpression?)null)), (1, new ConditionGen(_recordType, type, _asOf).Condition(1).Select(c => (BoundExpression?)c)))
        from shape in Gen.Int[0, 3]
        from count in Gen.Select(Gen.Int[0, 3], Gen.OneOfConst<int?>(null, 0, 1, 3), (low, span) => new CountRange(low, span is null ? null : low + span))
        from within in Gen.Frequency((3, Gen.Const((Duration?)null)), (1, DurationGen.Any.Select(d => (Duration?)d)))
        from decay in Gen.Frequency((1, Gen.Const((DecaySpec?)null)), (2, DurationGen.Decay.Select(d => (DecaySpec?)d)))
        from points in Gen.OneOfConst(Points)
        select (BoundRule)Event(type, points, test, shape == 1 ? count : null, within, once: shape == 2, decay);

    private Gen<BoundFilter> Filter() =>
        from exclude in Gen.Bool
        from byList in Gen.Bool
        from list in Gen.OneOfConst(_recordType == "contact" ? ["employees", "partners", "customers"] : new[] { "key_accounts", "big" })
        from condition in new ConditionGen(_recordType, null, _asOf).Condition(1)
        select byList ? new BoundFilter(exclude, list, null, TestSchema.Here) : new BoundFilter(exclude, null, condition, TestSchema.Here);

    private static Gen<ThresholdSet[]> Thresholds(ScoreKind kind)
    {
        var bands = Gen.OneOfConst(
            new (string, int, int?)[] { ("high", 70, null), ("medium", 40, 69), ("low", 0, 39) },
            new (string, int, int?)[] { ("hot", 10, 20), ("cold", -5, 4) },
            new (string, int, int?)[] { ("all", int.MinValue, int.MaxValue) },
            new (string, int, int?)[] { ("o'brien \\", 3, 3), ("any", 0, null) });
        var single = bands.Select(b => new[] { Models.Thresholds(null, b) });
        return kind == ScoreKind.Combined
            ? Gen.Frequency(
                (2, Gen.Select(bands, bands, (fit, engagement) => new[] { Models.Thresholds(ScorePart.Fit, fit), Models.Thresholds(ScorePart.Engagement, engagement) })),
                (1, single),
                (1, Gen.Const(Array.Empty<ThresholdSet>())))
            : Gen.Frequency((3, single), (1, Gen.Const(Array.Empty<ThresholdSet>())));
    }
}
