using CsCheck;
using static ScoreLang.Tests.Formatting.Generators.ConditionGenerator;
using static ScoreLang.Tests.Formatting.Generators.Tokens;

namespace ScoreLang.Tests.Formatting.Generators;

/// <summary>Random tests inside scores: <c>test "name" { testMember* }</c> with every test member of grammar.md.</summary>
internal static class TestGenerator
{
    public static Gen<List<string>> Test { get; } = Seq(Tok("test"), Quoted, Tok("{"), Many(Member(allowContact: true), 0, 5), Tok("}"));

    private static Gen<List<string>> Fields() => Separated(Seq(Name, Tok(":"), SimpleOperand), 0, 3);

    private static Gen<List<string>> Member(bool allowContact)
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
            var contact = Seq(Tok("contact"), Name, Tok("{"), Many(Member(allowContact: false), 0, 3), Tok("}"));
            members.Add((1, contact));
        }

        return Gen.Frequency([.. members]);
    }
}
