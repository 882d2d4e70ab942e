using Pidgin;
using ScoreLang.Syntax;
using ScoreLang.Text;
using static Pidgin.Parser;
using static ScoreLang.Parsing.TokenParsers;

namespace ScoreLang.Parsing;

/// <summary>
/// Group rules (<c>event ... +10</c>, <c>when ... +10</c>) and the clauses they share with groups: points, decay,
/// ranges. Every clause after the rule's first word is optional or expected-with-recovery, so a rule never fails once
/// it has started.
/// </summary>
internal sealed class RuleParser
{
    private readonly TokenParsers _tokens;

    public RuleParser(TokenParsers tokens, Recovery recovery, ExpressionParser expressions)
    {
        _tokens = tokens;
        var duration = expressions.Duration;

        Range = tokens.Node(Map(
            (from, to) => (Func<TextSpan, RangeSyntax>)(span => new RangeSyntax(from, to.HasValue ? to.Value : null, !to.HasValue, from.Span.Cover(span))),
            tokens.ExpectNumber("a number or a range such as '2..5'"),
            Kind(TokenKind.DotDot).Then(Opt(tokens.Number)).OrNothing()));

        Points = Points0();

        var percent = tokens.ExpectNumber("a percentage such as '50%'").Before(tokens.ExpectKind(TokenKind.Percent, "%"));
        Decay = tokens.Node(FirstOf(
            Word("decay").Then(FirstOf(
                Word("half").Then(tokens.ExpectKind(TokenKind.Minus, "-")).Then(tokens.ExpectWord("life")).Then(duration)
                    .Select(period => Make(DecayForm.HalfLife, null, period)),
                Map(
                    (amount, linear, period) => Make(linear ? DecayForm.Linear : DecayForm.Stepped, amount, period),
                    percent,
                    FirstOf(Word("every").ThenReturn(false), Word("over").ThenReturn(true), tokens.Missing("'every' or 'over'", _ => false)),
                    duration))),
            tokens.WordFollowedBy("no", "decay").Then(Word("decay")).ThenReturn(Make(DecayForm.None, null, null))));

        var eventRule = tokens.Node(Map(
            (eventType, where, count, within, once, points, decay) => (Func<TextSpan, RuleSyntax>)(span =>
                new EventRuleSyntax(eventType, where, count, within, once, points, decay, span)),
            TokenParsers.Peek(i => !recovery.IsDeclarationStart(i)).Then(Word("event")).Then(tokens.ExpectIdentifier("an event type")),
            Opt(Word("where").Then(expressions.Condition)),
            Opt(Word("count").Then(Range)),
            Opt(Word("within").Then(tokens.ExpectWord("last")).Then(duration)),
            Word("once").OrNothing().Select(m => m.HasValue),
            Points,
            Opt(Decay)));

        var propertyRule = tokens.Node(Map(
            (condition, points) => (Func<TextSpan, RuleSyntax>)(span => new PropertyRuleSyntax(condition, points, span)),
            Word("when").Then(expressions.Condition),
            Points));

        var error = recovery.Skip("a rule starting with 'event' or 'when'", recovery.IsRuleStart, recovery.IsScoreMemberStart, ["event", "when"])
            .Select(skipped => (RuleSyntax)new ErrorRuleSyntax(skipped, skipped.Span));

        Rules = recovery.BlockOf(Dispatch([("event", eventRule), ("when", propertyRule)], []), error, recovery.IsScoreMemberStart);
    }

    /// <summary><c>{ rule* }</c>; the group reports a missing '}' itself.</summary>
    public Parser<SyntaxToken, Recovery.Block<RuleSyntax>> Rules { get; }

    /// <summary><c>+15</c>, <c>-20</c>, <c>2.5</c>; a missing value is reported as "Expected points such as '+10'".</summary>
    public Parser<SyntaxToken, PointsSyntax> Points { get; }

    public Parser<SyntaxToken, DecaySyntax> Decay { get; }

    public Parser<SyntaxToken, RangeSyntax> Range { get; }

    private static Func<TextSpan, DecaySyntax> Make(DecayForm form, NumberLiteralSyntax? percent, DurationSyntax? period) =>
        span => new DecaySyntax(form, percent, period, span);

    private Parser<SyntaxToken, PointsSyntax> Points0()
    {
        var signed = _tokens.Node(Map(
            (sign, number) => (Func<TextSpan, PointsSyntax>)(span => new PointsSyntax(sign.Kind == TokenKind.Minus ? -number.Value : number.Value, true, span)),
            Kind(TokenKind.Plus).OrElse(Kind(TokenKind.Minus)),
            _tokens.ExpectNumber("a number of points after the sign")));
        var unsigned = _tokens.Number.Select(n => new PointsSyntax(n.Value, false, n.Span));
        return FirstOf(signed, unsigned, _tokens.Missing("points such as '+10'", span => new PointsSyntax(0, false, span)));
    }
}
