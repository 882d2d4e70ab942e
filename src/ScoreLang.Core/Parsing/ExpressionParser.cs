using System.Collections.Immutable;
using Pidgin;
using ScoreLang.Syntax;
using ScoreLang.Text;
using static Pidgin.Parser;
using static ScoreLang.Parsing.TokenParsers;

namespace ScoreLang.Parsing;

/// <summary>
/// Conditions: <c>or</c> over <c>and</c> over <c>not</c> over one predicate. Each nesting level (a parenthesis or a
/// <c>not</c>) gets its own parser, built on first use; the level past <see cref="NestingGuard.MaxDepth"/> is the
/// guard, which reports SL1013 and skips instead of recursing, so no input can overflow the stack.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly TokenParsers _tokens;
    private readonly ParseContext _context;
    private readonly NestingGuard _guard;
    private readonly Parser<SyntaxToken, ExpressionSyntax>?[] _conditions = new Parser<SyntaxToken, ExpressionSyntax>?[NestingGuard.MaxDepth + 1];
    private readonly Parser<SyntaxToken, ExpressionSyntax>?[] _operands = new Parser<SyntaxToken, ExpressionSyntax>?[NestingGuard.MaxDepth + 1];
    private readonly Parser<SyntaxToken, ExpressionSyntax>?[] _nots = new Parser<SyntaxToken, ExpressionSyntax>?[NestingGuard.MaxDepth + 1];
    private readonly PredicateParser _predicates;

    public ExpressionParser(TokenParsers tokens, Recovery recovery)
    {
        _tokens = tokens;
        _context = tokens.Context;
        _guard = new NestingGuard(tokens, recovery);
        Duration = tokens.Node(Map(
            (amount, unit) => (Func<TextSpan, DurationSyntax>)(span => new DurationSyntax(amount, unit, amount.Span.Cover(span))),
            tokens.ExpectNumber("a duration such as '30 days'"),
            tokens.ExpectIdentifier("a time unit such as 'days' or 'months'")));
        Path = tokens.Node(Map(
            (first, rest) => (Func<TextSpan, ExpressionSyntax>)(span => new NameExpressionSyntax([first, .. rest], span)),
            tokens.Identifier,
            Kind(TokenKind.Dot).Then(tokens.ExpectIdentifier("a property name after '.'")).Many()));
        _predicates = new PredicateParser(this, tokens);
    }

    /// <summary><c>30 days</c>: a number and a unit word (the binder checks the unit).</summary>
    public Parser<SyntaxToken, DurationSyntax> Duration { get; }

    /// <summary><c>company.industry</c>.</summary>
    public Parser<SyntaxToken, ExpressionSyntax> Path { get; }

    /// <summary>A whole condition; never fails (a missing one is a reported <see cref="MissingExpressionSyntax"/>).</summary>
    public Parser<SyntaxToken, ExpressionSyntax> Condition => ConditionAt(0);

    /// <summary>One value (a name, literal, <c>days since x</c> or a parenthesised condition); never fails.</summary>
    public Parser<SyntaxToken, ExpressionSyntax> Operand => OperandAt(0);

    public Parser<SyntaxToken, (ComparisonOperator Operator, TextSpan Span)> Comparison => _predicates.Comparison;

    /// <summary>Whether a token can start an operand (used where a value is optional).</summary>
    public bool IsOperandStart(int i) => _context.At(i).Kind switch
    {
        TokenKind.Identifier or TokenKind.String or TokenKind.Number or TokenKind.Date or TokenKind.OpenParen => true,
        TokenKind.Minus => _context.IsKind(i + 1, TokenKind.Number),
        _ => false,
    };

    public Parser<SyntaxToken, ExpressionSyntax> ConditionAt(int depth) =>
        _conditions[depth] ??= BuildCondition(depth);

    public Parser<SyntaxToken, ExpressionSyntax> OperandAt(int depth) =>
        _operands[depth] ??= BuildOperand(depth);

    private Parser<SyntaxToken, ExpressionSyntax> NotExpressionAt(int depth) =>
        _nots[depth] ??= NotExpression(depth);

    private Parser<SyntaxToken, ExpressionSyntax> BuildCondition(int depth)
    {
        var notExpression = Rec(() => NotExpressionAt(depth));
        var andExpression = Map(
            (first, rest) => Chain(first, LogicalOperator.And, rest),
            notExpression,
            Word("and").Then(notExpression).Many());
        return Map(
            (first, rest) => Chain(first, LogicalOperator.Or, rest),
            andExpression,
            Word("or").Then(andExpression).Many());
    }

    private Parser<SyntaxToken, ExpressionSyntax> NotExpression(int depth)
    {
        var listName = _tokens.ExpectIdentifier("a list name");
        var negatedInList = _tokens.Node(
            TokenParsers.Peek(i => _context.IsWord(i, "not") && _context.IsWord(i + 1, "in") && _context.IsWord(i + 2, "list"))
                .Then(Word("not")).Then(Word("in")).Then(Word("list"))
                .Then(listName)
                .Select(name => (Func<TextSpan, ExpressionSyntax>)(span => new InListExpressionSyntax(true, name, span))));
        var inList = _tokens.Node(
            _tokens.WordFollowedBy("in", "list").Then(Word("list"))
                .Then(listName)
                .Select(name => (Func<TextSpan, ExpressionSyntax>)(span => new InListExpressionSyntax(false, name, span))));
        var inner = depth < NestingGuard.MaxDepth ? Rec(() => NotExpressionAt(depth + 1)) : null;
        var not = inner is null
            ? _guard.TooDeep
            : _tokens.Node(Word("not").Then(inner).Select(operand => (Func<TextSpan, ExpressionSyntax>)(span => new NotExpressionSyntax(operand, span))));
        var predicate = _predicates.PredicateAt(depth);
        return Dispatch([("not", negatedInList.OrElse(not)), ("in", inList.OrElse(predicate))], [], predicate);
    }

    private Parser<SyntaxToken, ExpressionSyntax> BuildOperand(int depth)
    {
        var daysSince = _tokens.Node(
            _tokens.WordFollowedBy("days", "since").Then(Word("since"))
                .Then(Path.OrElse(_tokens.Missing<ExpressionSyntax>("a date property after 'days since'", span => new MissingExpressionSyntax(span))))
                .Select(path => (Func<TextSpan, ExpressionSyntax>)(span => new DaysSinceExpressionSyntax(path, span))));
        var parenthesized = depth < NestingGuard.MaxDepth
            ? _tokens.Node(Map(
                (_, inner, _) => (Func<TextSpan, ExpressionSyntax>)(span => new ParenthesizedExpressionSyntax(inner, span)),
                Kind(TokenKind.OpenParen),
                Rec(() => ConditionAt(depth + 1)),
                _tokens.ExpectKind(TokenKind.CloseParen, ")")))
            : _guard.TooDeep;
        var signedNumber = _tokens.Node(Map(
            (_, number) => (Func<TextSpan, ExpressionSyntax>)(span =>
                new NumberLiteralExpressionSyntax(new NumberLiteralSyntax(-number.Value, span), span)),
            Kind(TokenKind.Minus),
            _tokens.ExpectNumber("a number after '-'")));
        return Dispatch(
            [("days", daysSince.OrElse(Path))],
            [
                (TokenKind.Identifier, Path),
                (TokenKind.OpenParen, parenthesized),
                (TokenKind.String, _tokens.String.Select(s => (ExpressionSyntax)new StringLiteralExpressionSyntax(s, s.Span))),
                (TokenKind.Number, _tokens.Number.Select(n => (ExpressionSyntax)new NumberLiteralExpressionSyntax(n, n.Span))),
                (TokenKind.Minus, signedNumber),
                (TokenKind.Date, _tokens.Date.Select(d => (ExpressionSyntax)d)),
            ],
            _tokens.Missing<ExpressionSyntax>("a value such as a name, a number or a string", span => new MissingExpressionSyntax(span)));
    }

    /// <summary>
    /// Folds <c>a or b or c</c> to the left. A chain longer than <see cref="NestingGuard.MaxChainTerms"/> is reported
    /// (SL1015) and folded as a balanced tree, so that walkers of the tree never recurse thousands of levels deep.
    /// </summary>
    private ExpressionSyntax Chain(ExpressionSyntax first, LogicalOperator op, IEnumerable<ExpressionSyntax> rest)
    {
        ImmutableArray<ExpressionSyntax> terms = [first, .. rest];
        if (terms.Length == 1)
        {
            return first;
        }

        if (terms.Length <= NestingGuard.MaxChainTerms)
        {
            var result = first;
            for (var i = 1; i < terms.Length; i++)
            {
                result = new LogicalExpressionSyntax(result, op, terms[i], result.Span.Cover(terms[i].Span));
            }

            return result;
        }

        _guard.ReportChainTooLong(first.Span.Cover(terms[^1].Span));
        return Balanced(terms.AsSpan(), op);
    }

    private static ExpressionSyntax Balanced(ReadOnlySpan<ExpressionSyntax> terms, LogicalOperator op)
    {
        if (terms.Length == 1)
        {
            return terms[0];
        }

        var left = Balanced(terms[..(terms.Length / 2)], op);
        var right = Balanced(terms[(terms.Length / 2)..], op);
        return new LogicalExpressionSyntax(left, op, right, left.Span.Cover(right.Span));
    }
}
