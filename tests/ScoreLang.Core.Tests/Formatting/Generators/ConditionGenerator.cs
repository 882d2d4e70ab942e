using CsCheck;
using static ScoreLang.Tests.Formatting.Generators.Tokens;

namespace ScoreLang.Tests.Formatting.Generators;

/// <summary>Random valid conditions following grammar.md: <c>condition = orExpr</c> down to operands.</summary>
internal static class ConditionGenerator
{
    public static Gen<List<string>> Path { get; } = Seq(Name, Many(Seq(Tok("."), Name), 0, 2));

    public static Gen<List<string>> SignedNumber { get; } = Seq(Opt(Tok("-")), Number);

    public static Gen<List<string>> CompareOp { get; } = OneOf(
        Word("==", "!=", "<", "<=", ">", ">=", "contains"), Tok("starts", "with"), Tok("ends", "with"));

    /// <summary>An operand without parentheses (test values, list items).</summary>
    public static Gen<List<string>> SimpleOperand { get; } = OneOf(Path, Quoted, SignedNumber, Date, Seq(Tok("days", "since"), Path));

    // Declared after the operands: static initialisers run in textual order.
    public static Gen<List<string>> Condition { get; } = Gen.Recursive<List<string>>((depth, condition) => OrExpr(depth, condition));

    private static Gen<List<string>> OrExpr(int depth, Gen<List<string>> condition)
    {
        var operand = depth > 2 ? SimpleOperand : Gen.Frequency((5, SimpleOperand), (1, Seq(Tok("("), condition, Tok(")"))));
        var predicate = Seq(operand, Gen.Frequency(
            (2, Tok()),
            (6, Seq(CompareOp, operand)),
            (2, Seq(Opt(Tok("not")), Tok("in", "["), Separated(SimpleOperand, 1, 3), Tok("]"))),
            (1, Seq(Tok("between"), operand, Tok("and"), operand)),
            (1, Seq(Tok("is"), Word("known", "unknown"))),
            (1, Seq(Tok("within", "last"), Duration)),
            (1, Seq(Tok("more", "than"), Duration, Tok("ago")))));
        var inList = Seq(Opt(Tok("not")), Tok("in", "list"), Name);
        var not = Seq(Tok("not"), Gen.OneOf(predicate, Seq(Tok("not"), predicate)));
        var notExpr = depth > 2 ? predicate : Gen.Frequency((6, predicate), (1, inList), (1, not));
        var andExpr = depth > 2 ? notExpr : JoinedBy("and", notExpr);
        return depth > 2 ? andExpr : JoinedBy("or", andExpr);
    }

    private static Gen<List<string>> JoinedBy(string word, Gen<List<string>> part) =>
        Gen.Frequency((4, part), (1, Seq(part, Tok(word), part)), (1, Seq(part, Tok(word), part, Tok(word), part)));
}
