using CsCheck;
using static ScoreLang.Tests.Formatting.Generators.ConditionGenerator;
using static ScoreLang.Tests.Formatting.Generators.Tokens;

namespace ScoreLang.Tests.Formatting.Generators;

/// <summary>
/// Random syntactically valid ScoreLang files covering every production of grammar.md (they need not bind: the
/// formatter works on syntax). <see cref="Program"/> is a token list; <see cref="Text"/> weaves random whitespace
/// and comments between the tokens.
/// </summary>
internal static class ProgramGenerator
{
    public static Gen<List<string>> Program { get; } = Many(Gen.Frequency(
        (1, Import()), (2, Record()), (2, Event()), (2, List()), (4, Score())), 0, 4);

    public static Gen<string> Text { get; } = Program.SelectMany(TriviaWeaver.Weave);

    private static Gen<List<string>> Import() => Seq(Tok("import"), Quoted);

    private static Gen<List<string>> Property()
    {
        var enumType = Seq(Tok("enum", "{"), Separated(Name, 1, 4), Tok("}"));
        var type = Gen.Frequency((3, Word("string", "number", "bool", "date", "datetime", "company")), (1, enumType));
        return Seq(Name, Tok(":"), type, Opt(Quoted));
    }

    private static Gen<List<string>> Properties() => Many(Seq(Property(), Opt(Tok(","))), 0, 4);

    private static Gen<List<string>> Record() => Seq(Tok("record"), Name, Opt(Quoted), Tok("{"), Properties(), Tok("}"));

    private static Gen<List<string>> Event() =>
        Seq(Tok("event"), Name, Tok("on"), Name, Opt(Quoted), Opt(Seq(Tok("{"), Properties(), Tok("}"))));

    private static Gen<List<string>> List() =>
        Seq(Tok("list"), Name, Tok("of"), Name, Opt(Quoted), Opt(Seq(Tok("when"), Condition)));

    private static Gen<List<string>> Score()
    {
        var output = Seq(Tok("output", "{"), Separated(Seq(Word("score", "tier", "engagement", "fit"), Tok(":"), Name), 1, 4), Tok("}"));
        var filter = Seq(Word("include", "exclude"), OneOf(Seq(Tok("list"), Name), Seq(Tok("when"), Condition)));
        var member = Gen.Frequency(
            (1, Seq(Tok("kind"), Word("engagement", "fit", "combined"))),
            (1, Seq(Tok("limit"), Number)),
            (1, Seq(Tok("floor"), OneOf(Number, Tok("none")))),
            (1, output),
            (1, filter),
            (4, Group()),
            (2, Thresholds()),
            (2, Test()));
        return Seq(Tok("score"), Name, Tok("for"), Name, Opt(Quoted), Tok("{"), Many(member, 0, 5), Tok("}"));
    }

    private static Gen<List<string>> Decay() => OneOf(
        Seq(Tok("decay"), Number, Tok("%"), Word("every", "over"), Duration),
        Seq(Tok("decay", "half", "-", "life"), Duration),
        Tok("no", "decay"));

    private static Gen<List<string>> Points(bool signed = false) =>
        Seq(Gen.OneOfConst<string>(signed ? ["+", "-"] : ["+", "-", string.Empty]).Select(s => s.Length == 0 ? new List<string>() : [s]), Number);

    private static Gen<List<string>> Range() => OneOf(Seq(Number, Tok(".."), Number), Seq(Number, Tok("..")), Number);

    private static Gen<List<string>> Group()
    {
        // After "count 6.." unsigned points would read as the end of the range: points after a count are signed.
        var eventRule = Gen.Bool.SelectMany(withCount => Seq(
            Tok("event"),
            Name,
            Opt(Seq(Tok("where"), Condition)),
            withCount ? Seq(Tok("count"), Range()) : Tok(),
            Opt(Seq(Tok("within", "last"), Duration)),
            Opt(Tok("once")),
            Points(signed: withCount),
            Opt(Decay())));
        var propertyRule = Seq(Tok("when"), Condition, Points());
        var rule = Gen.Frequency((2, eventRule), (1, propertyRule));
        var limit = Seq(Tok("limit"), Number, Opt(Tok("%")));
        return Seq(Opt(Word("fit", "engagement")), Tok("group"), Name, Opt(Quoted), Opt(limit), Opt(Decay()), Tok("{"), Many(rule, 0, 4), Tok("}"));
    }

    /// <summary>Bands; only the last may be open (<c>65..</c>): an open range followed by a number label would read as one range.</summary>
    private static Gen<List<string>> Thresholds()
    {
        var label = Gen.Frequency((3, Name), (1, Quoted), (1, WholeNumber));
        var closed = Seq(label, OneOf(Seq(Number, Tok(".."), Number), Number));
        var last = Seq(label, Range());
        return Seq(Tok("thresholds"), Opt(Word("fit", "engagement")), Tok("{"), Many(closed, 0, 3), Opt(last), Tok("}"));
    }

    /// <summary><c>test "name" { testMember* }</c> with every test member, and contacts nested one level.</summary>
    private static Gen<List<string>> Test() => Seq(Tok("test"), Quoted, Tok("{"), Many(TestMember(allowContact: true), 0, 5), Tok("}"));

    private static Gen<List<string>> Fields() => Separated(Seq(Name, Tok(":"), SimpleOperand), 0, 3);

    private static Gen<List<string>> TestMember(bool allowContact)
    {
        var asOf = Seq(Tok("as", "of"), Date);
        var given = Seq(Tok("given"), Opt(Name), Tok("{"), Fields(), Tok("}"));
        var memberOf = Seq(Tok("member", "of"), Separated(Name, 1, 3, trailingComma: false));
        var repeat = OneOf(Seq(Tok("x"), WholeNumber), Word("x2", "x10", "x007"));
        var at = Seq(Tok("at"), OneOf(Date, Seq(Duration, Tok("ago"))));
        var by = Seq(Tok("by"), Name);
        var atBy = OneOf(Seq(Opt(at), Opt(by)), Seq(by, at));
        var testEvent = Seq(Tok("event"), Name, Opt(repeat), Opt(Seq(Tok("{"), Fields(), Tok("}"))), atBy);
        var expect = Seq(Tok("expect"), OneOf(
            Seq(Word("score", "tier", "engagement", "fit", "sales"), CompareOp, SimpleOperand),
            Word("unscored", "scored")));
        var members = new List<(int, IGen<List<string>>)> { (1, asOf), (2, given), (1, memberOf), (3, testEvent), (2, expect) };
        if (allowContact)
        {
            var contact = Seq(Tok("contact"), Name, Tok("{"), Many(TestMember(allowContact: false), 0, 3), Tok("}"));
            members.Add((1, contact));
        }

        return Gen.Frequency([.. members]);
    }
}
