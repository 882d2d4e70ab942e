using Pidgin;
using ScoreLang.Syntax;
using ScoreLang.Text;
using static Pidgin.Parser;
using static ScoreLang.Parsing.TokenParsers;

namespace ScoreLang.Parsing;

/// <summary>
/// <c>test "name" { member* }</c>: as of, given, member of, events, associated records (<c>contact alice { ... }</c>)
/// and expectations. Associated records may nest; past <see cref="MaxContactDepth"/> levels a nested block is
/// treated as an error and skipped, which bounds the recursion like <see cref="NestingGuard"/> does for conditions.
/// </summary>
internal sealed class TestBlockParser
{
    public const int MaxContactDepth = 8;

    private static readonly string[] MemberKeywords = ["as", "given", "member", "event", "expect"];

    private readonly TokenParsers _tokens;
    private readonly Recovery _recovery;
    private readonly ExpressionParser _expressions;
    private readonly Parser<SyntaxToken, Recovery.Block<TestMemberSyntax>>?[] _blocks = new Parser<SyntaxToken, Recovery.Block<TestMemberSyntax>>?[MaxContactDepth + 1];
    private readonly Parser<SyntaxToken, TestMemberSyntax> _simpleMember;

    public TestBlockParser(TokenParsers tokens, Recovery recovery, ExpressionParser expressions)
    {
        _tokens = tokens;
        _recovery = recovery;
        _expressions = expressions;
        _simpleMember = Dispatch([("as", AsOf()), ("given", Given()), ("member", MemberOf()), ("event", Event()), ("expect", Expect())], []);
        Test = tokens.NodeAt(Map(
            (name, body) => (Func<int, TextSpan, ScoreMemberSyntax>)((start, span) =>
            {
                if (body.HasOpen && !body.HasClose)
                {
                    recovery.ReportUnclosed(start, null);
                }

                return new TestDeclarationSyntax(name, body.Items, span);
            }),
            Word("test").Then(tokens.ExpectString("the test's name in double quotes")),
            Rec(() => BlockAt(0))));
    }

    public Parser<SyntaxToken, ScoreMemberSyntax> Test { get; }

    private Parser<SyntaxToken, Recovery.Block<TestMemberSyntax>> BlockAt(int depth) => _blocks[depth] ??= BuildBlock(depth);

    private Parser<SyntaxToken, Recovery.Block<TestMemberSyntax>> BuildBlock(int depth)
    {
        var member = depth < MaxContactDepth ? _simpleMember.OrElse(Contact(depth)) : _simpleMember;
        var error = _recovery.Skip(
                "a test statement such as 'given', 'event' or 'expect'", _recovery.IsTestMemberStart, _recovery.IsScoreMemberStart, MemberKeywords)
            .Select(skipped => (TestMemberSyntax)new ErrorTestMemberSyntax(skipped, skipped.Span));
        return _recovery.BlockOf(member, error, _recovery.IsScoreMemberStart);
    }

    private Parser<SyntaxToken, TestMemberSyntax> AsOf() =>
        Member(_tokens.WordFollowedBy("as", "of").Then(Word("of")).Then(_tokens.ExpectDate("a date such as 2024-03-01"))
            .Select(date => Make(span => new AsOfSyntax(date, span))));

    /// <summary><c>{ name: value, ... }</c>; the opening brace has been checked by the caller.</summary>
    private Parser<SyntaxToken, IEnumerable<FieldValueSyntax>> Fields()
    {
        var field = _tokens.Node(Map(
            (name, _, value) => (Func<TextSpan, FieldValueSyntax>)(span => new FieldValueSyntax(name, value, span)),
            _tokens.Identifier,
            _tokens.ExpectKind(TokenKind.Colon, ":"),
            _expressions.Operand));
        var separator = FirstOf(
            Kind(TokenKind.Comma).IgnoreResult(),
            TokenParsers.Peek(i => !_tokens.Context.IsKind(i, TokenKind.Identifier)),
            _tokens.Missing("','", _ => Unit.Value));
        return Kind(TokenKind.OpenBrace)
            .Then(field.Before(separator).Many())
            .Before(_tokens.ExpectKind(TokenKind.CloseBrace, "}"));
    }

    private Parser<SyntaxToken, TestMemberSyntax> Given() =>
        Member(Map(
            (_, association, fields) => Make(span => new GivenSyntax(association, [.. fields], span)),
            Word("given"),
            Opt(_tokens.Identifier),
            Fields().OrElse(_tokens.Missing("'{'", _ => Enumerable.Empty<FieldValueSyntax>()))));

    private Parser<SyntaxToken, TestMemberSyntax> MemberOf() =>
        Member(_tokens.WordFollowedBy("member", "of").Then(Word("of"))
            .Then(_tokens.ExpectIdentifier("a list name").Separated(Kind(TokenKind.Comma)))
            .Select(lists => Make(span => new MemberOfSyntax([.. lists], span))));

    /// <summary><c>event type [xN] [{ attrs }] [at DATE | at N unit ago] [by name]</c>; 'at' and 'by' may come in either order.</summary>
    private Parser<SyntaxToken, TestMemberSyntax> Event()
    {
        var repeat = TokenParsers.Cursor(i =>
        {
            var token = _tokens.Context.At(i);
            if (token.Kind == TokenKind.Identifier && token.Text.Length > 1 && token.Text[0] == 'x' && token.Text.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)
            {
                var count = double.Parse(token.Text.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
                return CursorStep<NumberLiteralSyntax>.Ok(1, new NumberLiteralSyntax(count, token.Span));
            }

            return _tokens.Context.IsWord(i, "x") && _tokens.Context.IsKind(i + 1, TokenKind.Number)
                ? CursorStep<NumberLiteralSyntax>.Ok(2, TokenParsers.ToNumber(_tokens.Context.At(i + 1)) with { Span = token.Span.Cover(_tokens.Context.At(i + 1).Span) })
                : CursorStep<NumberLiteralSyntax>.Fail;
        });
        var at = _tokens.Node(Word("at").Then(FirstOf(
                _tokens.Date.Select(date => (Func<TextSpan, TestTimeSyntax>)(span => new TestTimeSyntax(date, null, span))),
                TokenParsers.Peek(i => _tokens.Context.IsKind(i, TokenKind.Number)).Then(_expressions.Duration).Before(_tokens.ExpectWord("ago"))
                    .Select(ago => (Func<TextSpan, TestTimeSyntax>)(span => new TestTimeSyntax(null, ago, span))),
                _tokens.Missing("a date such as 2024-03-01 or a time ago such as '3 months ago'", missing =>
                    (Func<TextSpan, TestTimeSyntax>)(span => new TestTimeSyntax(new DateLiteralExpressionSyntax(DateTime.UnixEpoch, string.Empty, missing), null, span))))));
        var by = Word("by").Then(_tokens.ExpectIdentifier("the name of an associated record, such as 'alice'"));
        return Member(Map(
            (eventType, count, attributes, at1, by1, at2) => Make(span =>
                new TestEventSyntax(eventType, count, [.. attributes.GetValueOrDefault([])], at1 ?? at2, by1, span)),
            TokenParsers.Peek(i => !_recovery.IsDeclarationStart(i)).Then(Word("event")).Then(_tokens.ExpectIdentifier("an event type")),
            Opt(repeat),
            Fields().OrNothing(),
            Opt(at),
            Opt(by),
            Opt(at)));
    }

    /// <summary><c>expect score == 29</c>, <c>expect tier == high</c>, <c>expect unscored</c>.</summary>
    private Parser<SyntaxToken, TestMemberSyntax> Expect() =>
        Member(Map(
            (_, target, comparison) => Make(span => comparison.HasValue
                ? new ExpectSyntax(target, comparison.Value.Op.Operator, comparison.Value.Value, span)
                : new ExpectSyntax(target, null, null, span)),
            Word("expect"),
            _tokens.ExpectIdentifier("what to check, such as 'score' or 'tier'"),
            Map((op, value) => (Op: op, Value: value), _expressions.Comparison, _expressions.Operand).OrNothing()));

    /// <summary><c>contact alice { given {...} member of ... }</c>: an associated record in a company-score test.</summary>
    private Parser<SyntaxToken, TestMemberSyntax> Contact(int depth) =>
        _tokens.NodeAt(Map(
            (recordType, name, body) => (Func<int, TextSpan, TestMemberSyntax>)((start, span) =>
            {
                if (body.HasOpen && !body.HasClose)
                {
                    _recovery.ReportUnclosed(start, name);
                }

                return new TestContactSyntax(recordType, name, body.Items, span);
            }),
            TokenParsers.Peek(i => _tokens.Context.IsKind(i + 1, TokenKind.Identifier) && _tokens.Context.IsKind(i + 2, TokenKind.OpenBrace)).Then(_tokens.Identifier),
            _tokens.Identifier,
            Rec(() => BlockAt(depth + 1))));

    private static Func<TextSpan, TestMemberSyntax> Make(Func<TextSpan, TestMemberSyntax> make) => make;

    private Parser<SyntaxToken, TestMemberSyntax> Member(Parser<SyntaxToken, Func<TextSpan, TestMemberSyntax>> parser) => _tokens.Node(parser);
}
