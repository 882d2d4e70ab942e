using CsCheck;
using ScoreLang.Semantics;
using ScoreLang.Sql.Tests.Support;
using ScoreLang.Syntax;
using static ScoreLang.Sql.Tests.Support.Models;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Sql.Tests.Generators;

/// <summary>
/// Random bound conditions over <see cref="TestSchema"/>: every expression form, on properties of the scored record,
/// of its company (contacts only, S3) and, inside an event rule, of the event. Constants are drawn from small pools
/// that sit on the boundaries of the generated data (equal, one either side, other case, quotes and backslashes).
/// </summary>
internal sealed class ConditionGen
{
    public static readonly string[] Texts =
        ["Director", "director", "IT", "gmail.com", "@GMAIL.COM", "ceo", "", "o'hara", "a\\b", "/pricing", "Demo request", "x%_y", "é"];

    private static readonly double[] Numbers = [0, 3, 24.5, 25, 45, 100, 499, 500, 10.5, -1];

    private readonly string _recordType;
    private readonly EventTypeSymbol? _event;
    private readonly DateTime _asOf;

    public ConditionGen(string recordType, EventTypeSymbol? eventType, DateTime asOf)
    {
        _recordType = recordType;
        _event = eventType;
        _asOf = asOf;
    }

    public Gen<BoundExpression> Condition(int depth) => depth <= 0
        ? Leaf()
        : Gen.Frequency(
            (5, Leaf()),
            (1, Gen.Select(Condition(depth - 1), Condition(depth - 1), (l, r) => (BoundExpression)And(l, r))),
            (1, Gen.Select(Condition(depth - 1), Condition(depth - 1), (l, r) => (BoundExpression)Or(l, r))),
            (1, Condition(depth - 1).Select(c => (BoundExpression)Not(c))));

    private Gen<BoundExpression> Leaf()
    {
        var gens = new List<(int, IGen<BoundExpression>)>
        {
            (3, Gen.Select(Operand(IsNumber), Gen.Enum<ComparisonOperator>(), Gen.OneOfConst(Numbers), (o, op, n) => (BoundExpression)Compare(o, op, Const(n)))),
            (3, Gen.Select(Operand(IsText), Gen.Enum<ComparisonOperator>(), Gen.OneOfConst(Texts), (o, op, t) => (BoundExpression)Compare(o, op, Const(t)))),
            (2, Gen.Select(Operand(IsTemporal), Gen.Enum<ComparisonOperator>(), DateConstant(), (o, op, d) => (BoundExpression)Compare(o, op, Const(d)))),
            (1, Gen.Select(Operand(IsBool), Gen.Bool, Gen.Bool, (o, value, truth) => truth
                ? new BoundTruth(o, default)
                : (BoundExpression)Compare(o, ComparisonOperator.Equal, Const(value)))),
            (1, Gen.Select(Operand(IsText), Gen.OneOfConst(Texts).Array[0, 3], Gen.Bool, (o, items, negated) =>
                (BoundExpression)new BoundIn(o, negated, [.. items.Select(i => Const(i, o.Type.Kind == DataKind.Enum ? o.Type : ValueType.String))], default))),
            (1, Gen.Select(Operand(IsNumber), Gen.OneOfConst(Numbers).Array[0, 3], Gen.Bool, (o, items, negated) =>
                (BoundExpression)new BoundIn(o, negated, [.. items.Select(i => Const(i))], default))),
            (1, Gen.Select(Operand(IsNumber), Gen.OneOfConst(Numbers), Gen.OneOfConst(Numbers), (o, a, b) =>
                (BoundExpression)new BoundBetween(o, Const(Math.Min(a, b)), Const(Math.Max(a, b)), default))),
            (1, Gen.Select(Operand(_ => true), Gen.Bool, (o, known) => (BoundExpression)new BoundIsKnown(o, known, default))),
            (1, Gen.Select(Gen.OneOfConst(Lists()), Gen.Bool, (list, negated) => (BoundExpression)InList(list, negated))),
            (1, Gen.Select(Operand(IsTemporal), Gen.Bool, DurationGen.Any, (o, within, duration) => (BoundExpression)new BoundRelativeDate(
                o, within ? RelativeDateOperator.WithinLast : RelativeDateOperator.MoreThanAgo, duration, default))),
            (1, Gen.Select(Operand(IsTemporal), Gen.Enum<ComparisonOperator>(), Gen.Int[-40, 400], (o, op, days) =>
                (BoundExpression)Compare(new BoundDaysSince(o, default), op, Const((double)days)))),
            // Kinds that do not match (the binder reports them, the evaluator says false): SQL must say false too.
            (1, Gen.Select(Operand(IsNumber), Gen.OneOfConst(Texts), (o, t) => (BoundExpression)Compare(o, ComparisonOperator.Equal, Const(t)))),
        };
        return Gen.Frequency([.. gens]);
    }

    /// <summary>An operand of the wanted kind: a property, a company property (contacts), an attribute or the event time.</summary>
    private Gen<BoundExpression> Operand(Func<ValueType, bool> wanted)
    {
        // An association is never a value: the binder reports it (SL2xxx), so valid models never hold one.
        bool kind(ValueType type) => type.Kind != DataKind.Association && wanted(type);

        var operands = new List<BoundExpression>();
        var record = _recordType == "contact" ? TestSchema.Contact : TestSchema.Company;
        operands.AddRange(record.Properties.Where(p => kind(p.Type)).Select(p => (BoundExpression)new BoundPropertyAccess(p, null, default)));
        if (_recordType == "contact")
        {
            operands.AddRange(TestSchema.Company.Properties.Where(p => kind(p.Type))
                .Select(p => (BoundExpression)new BoundPropertyAccess(p, TestSchema.Property(TestSchema.Contact, "company"), default)));
        }

        if (_event is not null)
        {
            operands.AddRange(_event.Attributes.Where(a => kind(a.Type)).Select(a => (BoundExpression)new BoundAttributeAccess(a, default)));
            if (kind(ValueType.DateTime))
            {
                operands.Add(new BoundEventTimestamp(default));
            }
        }

        return operands.Count == 0 ? Gen.Const<BoundExpression>(new BoundErrorExpression(default)) : Gen.OneOfConst([.. operands]);
    }

    private Gen<DateTime> DateConstant() => Gen.Frequency(
        (2, Gen.Int[-400, 30].Select(days => _asOf.Date.AddDays(days))),
        (1, Gen.Int[0, 24].Select(months => _asOf.AddMonths(-months))),
        (1, Gen.Const(_asOf)));

    private string[] Lists() => _recordType == "contact" ? ["employees", "partners", "customers"] : ["key_accounts", "big"];

    private static bool IsNumber(ValueType type) => type.Kind == DataKind.Number;

    private static bool IsText(ValueType type) => type.Kind is DataKind.String or DataKind.Enum;

    private static bool IsTemporal(ValueType type) => type.IsTemporal;

    private static bool IsBool(ValueType type) => type.Kind == DataKind.Bool;
}
