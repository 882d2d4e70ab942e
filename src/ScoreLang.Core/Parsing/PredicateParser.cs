using System.Collections.Immutable;
using Pidgin;
using ScoreLang.Syntax;
using ScoreLang.Text;
using static Pidgin.Parser;
using static ScoreLang.Parsing.TokenParsers;

namespace ScoreLang.Parsing;

/// <summary>
/// One predicate: an operand optionally followed by one comparison-like form (<c>== x</c>, <c>in [..]</c>,
/// <c>between a and b</c>, <c>is known</c>, <c>within last 30 days</c>, <c>more than 90 days ago</c>).
/// Comparisons do not chain: <c>a == b == c</c> stops after <c>b</c>.
/// </summary>
internal sealed class PredicateParser
{
    private readonly ExpressionParser _expressions;
    private readonly TokenParsers _tokens;
    private readonly Parser<SyntaxToken, ExpressionSyntax>?[] _predicates = new Parser<SyntaxToken, ExpressionSyntax>?[NestingGuard.MaxDepth + 1];

    public PredicateParser(ExpressionParser expressions, TokenParsers tokens)
    {
        _expressions = expressions;
        _tokens = tokens;
        Comparison = tokens.Node(FirstOf(
                Kind(TokenKind.EqualsEquals).ThenReturn(ComparisonOperator.Equal),
                Kind(TokenKind.BangEquals).ThenReturn(ComparisonOperator.NotEqual),
                Kind(TokenKind.LessEquals).ThenReturn(ComparisonOperator.LessOrEqual),
                Kind(TokenKind.Less).ThenReturn(ComparisonOperator.Less),
                Kind(TokenKind.GreaterEquals).ThenReturn(ComparisonOperator.GreaterOrEqual),
                Kind(TokenKind.Greater).ThenReturn(ComparisonOperator.Greater),
                Word("contains").ThenReturn(ComparisonOperator.Contains),
                Word("starts").Then(tokens.ExpectWord("with")).ThenReturn(ComparisonOperator.StartsWith),
                Word("ends").Then(tokens.ExpectWord("with")).ThenReturn(ComparisonOperator.EndsWith),
                SingleEquals())
            .Select(op => (Func<TextSpan, (ComparisonOperator, TextSpan)>)(span => (op, span))));
    }

    /// <summary>A comparison operator and its span (<c>starts with</c> spans both words).</summary>
    public Parser<SyntaxToken, (ComparisonOperator Operator, TextSpan Span)> Comparison { get; }

    private static readonly TokenKind[] ComparisonKinds =
        [TokenKind.EqualsEquals, TokenKind.BangEquals, TokenKind.Less, TokenKind.LessEquals, TokenKind.Greater, TokenKind.GreaterEquals, TokenKind.Equals];

    public Parser<SyntaxToken, ExpressionSyntax> PredicateAt(int depth) => _predicates[depth] ??= Build(depth);

    private Parser<SyntaxToken, ExpressionSyntax> Build(int depth)
    {
        var operand = _expressions.OperandAt(depth);
        var comparison = Map(
            (op, right) => (Func<ExpressionSyntax, TextSpan, ExpressionSyntax>)((left, span) => new ComparisonExpressionSyntax(left, op.Operator, op.Span, right, span)),
            Comparison,
            operand);
        var notIn = _tokens.WordFollowedBy("not", "in").Then(Word("in")).Then(Items(operand))
            .Select(items => (Func<ExpressionSyntax, TextSpan, ExpressionSyntax>)((left, span) => new InExpressionSyntax(left, true, items, span)));
        var @in = Word("in").Then(Items(operand))
            .Select(items => (Func<ExpressionSyntax, TextSpan, ExpressionSyntax>)((left, span) => new InExpressionSyntax(left, false, items, span)));
        var between = Map(
            (_, low, _, high) => (Func<ExpressionSyntax, TextSpan, ExpressionSyntax>)((left, span) => new BetweenExpressionSyntax(left, low, high, span)),
            Word("between"),
            operand,
            _tokens.ExpectWord("and"),
            operand);
        var isKnown = Word("is").Then(FirstOf(
                Word("known").ThenReturn(true),
                Word("unknown").ThenReturn(false),
                _tokens.Missing("'known' or 'unknown'", _ => true)))
            .Select(known => (Func<ExpressionSyntax, TextSpan, ExpressionSyntax>)((left, span) => new IsKnownExpressionSyntax(left, known, span)));
        var withinLast = Word("within").Then(_tokens.ExpectWord("last")).Then(_expressions.Duration)
            .Select(d => (Func<ExpressionSyntax, TextSpan, ExpressionSyntax>)((left, span) => new RelativeDateExpressionSyntax(left, RelativeDateOperator.WithinLast, d, span)));
        var moreThanAgo = Word("more").Then(_tokens.ExpectWord("than")).Then(_expressions.Duration).Before(_tokens.ExpectWord("ago"))
            .Select(d => (Func<ExpressionSyntax, TextSpan, ExpressionSyntax>)((left, span) => new RelativeDateExpressionSyntax(left, RelativeDateOperator.MoreThanAgo, d, span)));
        var suffix = Dispatch(
            [("contains", comparison), ("starts", comparison), ("ends", comparison), ("not", notIn), ("in", @in), ("between", between),
             ("is", isKnown), ("within", withinLast), ("more", moreThanAgo)],
            [.. ComparisonKinds.Select(kind => (kind, comparison))]);

        return _tokens.Node(Map(
            // A missing left operand sits before the first consumed token; the predicate's span covers it.
            (left, tail) => (Func<TextSpan, ExpressionSyntax>)(span => tail.HasValue ? tail.Value(left, left.Span.Cover(span)) : left),
            operand,
            suffix.OrNothing()));
    }

    /// <summary><c>[a, b, c]</c> with an optional trailing comma; a missing comma between two values is reported.</summary>
    private Parser<SyntaxToken, ImmutableArray<ExpressionSyntax>> Items(Parser<SyntaxToken, ExpressionSyntax> operand)
    {
        var separator = FirstOf(
            Kind(TokenKind.Comma).IgnoreResult(),
            TokenParsers.Peek(i => !_expressions.IsOperandStart(i)),
            _tokens.Missing("','", _ => Unit.Value));
        var item = TokenParsers.Peek(_expressions.IsOperandStart).Then(operand).Before(separator);
        var items = item.AtLeastOnce().OrElse(_tokens.Missing("a value", _ => Enumerable.Empty<ExpressionSyntax>()));
        return Kind(TokenKind.OpenBracket)
            .Then(items)
            .Before(_tokens.ExpectKind(TokenKind.CloseBracket, "]"))
            .Select(values => values.ToImmutableArray())
            .OrElse(_tokens.Missing("'['", _ => ImmutableArray<ExpressionSyntax>.Empty));
    }

    /// <summary>A single '=' is read as '==' after saying so: a common slip that should not derail the rest.</summary>
    private Parser<SyntaxToken, ComparisonOperator> SingleEquals() =>
        TokenParsers.Cursor(i =>
        {
            if (!_tokens.Context.IsKind(i, TokenKind.Equals))
            {
                return CursorStep<ComparisonOperator>.Fail;
            }

            _tokens.Context.ReportExpected(i, "'=='");
            return CursorStep<ComparisonOperator>.Ok(1, ComparisonOperator.Equal);
        });
}
