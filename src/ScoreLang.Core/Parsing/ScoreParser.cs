using Pidgin;
using ScoreLang.Syntax;
using ScoreLang.Text;
using static Pidgin.Parser;
using static ScoreLang.Parsing.TokenParsers;

namespace ScoreLang.Parsing;

/// <summary>
/// <c>score name for record "Title" { member* }</c> and its members: kind, limit, floor, output, include/exclude,
/// groups, thresholds, tests, and a predictive score's model and end stage (S30). Members may come in any order; the binder checks which ones make sense.
/// </summary>
internal sealed class ScoreParser
{
    private static readonly string[] MemberKeywords = ["kind", "limit", "floor", "output", "include", "exclude", "group", "fit", "engagement", "thresholds", "test", "model", "closed"];

    private readonly TokenParsers _tokens;
    private readonly Recovery _recovery;

    public ScoreParser(TokenParsers tokens, Recovery recovery, ExpressionParser expressions, RuleParser rules, TestBlockParser tests)
    {
        _tokens = tokens;
        _recovery = recovery;

        var kind = Member(Word("kind").Then(tokens.ExpectIdentifier("a score kind: engagement, fit or combined"))
            .Select(k => Make(span => new KindClauseSyntax(k, span))));
        var limit = Member(Word("limit").Then(tokens.ExpectNumber("a number such as '100'"))
            .Select(n => Make(span => new LimitClauseSyntax(n, span))));
        var floor = Member(Word("floor").Then(FirstOf(
                Word("none").ThenReturn(Make(span => new FloorClauseSyntax(null, true, span))),
                tokens.ExpectNumber("a number or 'none'").Select(n => Make(span => new FloorClauseSyntax(n, false, span))))));
        var filter = Member(Map(
            (word, target) => Make(span => word.Text == "exclude"
                ? target(true, span)
                : target(false, span)),
            AnyWord("include", "exclude"),
            FirstOf(
                Word("list").Then(tokens.ExpectIdentifier("a list name"))
                    .Select(name => (Func<bool, TextSpan, ScoreMemberSyntax>)((exclude, span) => new FilterClauseSyntax(exclude, name, null, span))),
                Word("when").Then(expressions.Condition)
                    .Select(condition => (Func<bool, TextSpan, ScoreMemberSyntax>)((exclude, span) => new FilterClauseSyntax(exclude, null, condition, span))),
                tokens.Missing("'list' or 'when'", _ => (Func<bool, TextSpan, ScoreMemberSyntax>)((exclude, span) =>
                    new FilterClauseSyntax(exclude, new IdentifierSyntax(string.Empty, new TextSpan(span.End, 0)), null, span))))));

        // S30: the model file of a predictive score (with its hash) and the end-stage condition.
        var model = Member(Map(
            (path, hash) => Make(span => new ModelClauseSyntax(path, hash, span)),
            Word("model").Then(tokens.ExpectString("the model file in double quotes, such as \"lead.model.zip\"")),
            Opt(Word("sha256").Then(tokens.ExpectString("the model file's SHA-256 in double quotes")))));
        var closed = Member(Word("closed").Then(tokens.ExpectWord("when")).Then(expressions.Condition)
            .Select(condition => Make(span => new ClosedClauseSyntax(condition, span))));

        var group = Group(rules);
        var members = Dispatch(
            [("kind", kind), ("limit", limit), ("floor", floor), ("output", Output()), ("include", filter), ("exclude", filter),
             ("group", group), ("fit", group), ("engagement", group), ("thresholds", Thresholds(rules)), ("test", tests.Test),
             ("model", model), ("closed", closed)],
            []);
        var error = recovery.Skip(
                "a score member such as 'group', 'kind', 'limit', 'thresholds' or 'test'", recovery.IsScoreMemberStart, _ => false, MemberKeywords)
            .Select(skipped => (ScoreMemberSyntax)new ErrorScoreMemberSyntax(skipped, skipped.Span));

        Score = tokens.NodeAt(Map(
            (name, recordType, title, body) => (Func<int, TextSpan, DeclarationSyntax>)((start, span) =>
            {
                ReportIfUnclosed(body, start, name);
                return new ScoreDeclarationSyntax(name, recordType, title, body.Items, span);
            }),
            Word("score").Then(tokens.ExpectName("a score name", "for")),
            tokens.ExpectWord("for").Then(tokens.ExpectIdentifier("the record type the score is for, such as 'contact'")),
            tokens.OptionalString,
            recovery.BlockOf(members, error)));
    }

    public Parser<SyntaxToken, DeclarationSyntax> Score { get; }

    private static Func<TextSpan, ScoreMemberSyntax> Make(Func<TextSpan, ScoreMemberSyntax> make) => make;

    private Parser<SyntaxToken, ScoreMemberSyntax> Member(Parser<SyntaxToken, Func<TextSpan, ScoreMemberSyntax>> parser) => _tokens.Node(parser);

    private void ReportIfUnclosed<T>(Recovery.Block<T> block, int start, IdentifierSyntax? name)
    {
        if (block.HasOpen && !block.HasClose)
        {
            _recovery.ReportUnclosed(start, name);
        }
    }

    /// <summary><c>output { score: lead_score, tier: lead_tier }</c>.</summary>
    private Parser<SyntaxToken, ScoreMemberSyntax> Output()
    {
        var binding = _tokens.Node(Map(
            (slot, _, property) => (Func<TextSpan, OutputBindingSyntax>)(span => new OutputBindingSyntax(slot, property, span)),
            _tokens.Identifier,
            _tokens.ExpectKind(TokenKind.Colon, ":"),
            _tokens.ExpectIdentifier("a property name")));
        var separator = FirstOf(
            Kind(TokenKind.Comma).IgnoreResult(),
            TokenParsers.Peek(i => !_tokens.Context.IsKind(i, TokenKind.Identifier)),
            _tokens.Missing("','", _ => Unit.Value));
        return _tokens.NodeAt(Map(
            (_, open, bindings, close) => (Func<int, TextSpan, ScoreMemberSyntax>)((start, span) =>
            {
                ReportIfUnclosed(new Recovery.Block<OutputBindingSyntax>([], open, close), start, null);
                return new OutputClauseSyntax([.. bindings], span);
            }),
            Word("output"),
            _tokens.ExpectKind(TokenKind.OpenBrace, "{"),
            binding.Before(separator).Many(),
            Kind(TokenKind.CloseBrace).ThenReturn(true).OrElse(Missing(_tokens, "'}'"))));
    }

    private static Parser<SyntaxToken, bool> Missing(TokenParsers tokens, string expected) => tokens.Missing(expected, _ => false);

    /// <summary><c>[fit|engagement] group name "Title" [limit N[%]] [decay ...] { rule* }</c>.</summary>
    private Parser<SyntaxToken, ScoreMemberSyntax> Group(RuleParser rules)
    {
        var part = Opt(AnyWord("fit", "engagement").Select(t => new IdentifierSyntax(t.Text, t.Span)));
        var limit = Opt(_tokens.Node(Map(
            (value, percent) => (Func<TextSpan, GroupLimitSyntax>)(span => new GroupLimitSyntax(value, percent.HasValue, span)),
            Word("limit").Then(_tokens.ExpectNumber("a number such as '40' or '25%'")),
            Kind(TokenKind.Percent).OrNothing())));
        return _tokens.NodeAt(Map(
            (p, name, title, l, decay, body) => (Func<int, TextSpan, ScoreMemberSyntax>)((start, span) =>
            {
                ReportIfUnclosed(body, start, name);
                return new GroupDeclarationSyntax(p, name, title, l, decay, body.Items, span);
            }),
            TokenParsers.Peek(IsGroupStart).Then(part).Before(_tokens.ExpectWord("group")),
            _tokens.ExpectIdentifier("a group name"),
            _tokens.OptionalString,
            limit,
            Opt(rules.Decay),
            rules.Rules));
    }

    private bool IsGroupStart(int i) =>
        _tokens.Context.IsWord(i, "group") || (_recovery.IsScoreMemberStart(i) && (_tokens.Context.IsWord(i, "fit") || _tokens.Context.IsWord(i, "engagement")));

    /// <summary><c>thresholds [fit|engagement] { label from..to  ... }</c>.</summary>
    private Parser<SyntaxToken, ScoreMemberSyntax> Thresholds(RuleParser rules)
    {
        var context = _tokens.Context;
        bool IsBandStart(int i) =>
            context.At(i).Kind is TokenKind.Identifier or TokenKind.String or TokenKind.Number && context.IsKind(i + 1, TokenKind.Number);
        var band = _tokens.Node(Map(
            (label, range) => (Func<TextSpan, BandSyntax>)(span => new BandSyntax(Label(label), label.Span, range, span)),
            TokenParsers.Peek(IsBandStart).Then(Token(t => t.Kind is TokenKind.Identifier or TokenKind.String or TokenKind.Number)),
            rules.Range));
        var error = _recovery.Skip("a band such as 'high 70..100'", IsBandStart, i => _recovery.IsScoreMemberStart(i) && !IsBandStart(i), [])
            .Select(skipped => (BandSyntax?)null);
        return _tokens.NodeAt(Map(
            (_, part, body) => (Func<int, TextSpan, ScoreMemberSyntax>)((start, span) =>
            {
                ReportIfUnclosed(body, start, null);
                return new ThresholdsSyntax(part, [.. body.Items.OfType<BandSyntax>()], span);
            }),
            Word("thresholds"),
            Opt(_tokens.Identifier),
            _recovery.BlockOf(band.Select(b => (BandSyntax?)b), error, i => _recovery.IsScoreMemberStart(i) && !IsBandStart(i))));
    }

    private static string Label(SyntaxToken token) => token.Kind == TokenKind.String ? token.Value as string ?? string.Empty : token.Text;

    private static Parser<SyntaxToken, SyntaxToken> Token(Func<SyntaxToken, bool> predicate) => Parser<SyntaxToken>.Token(predicate);
}
