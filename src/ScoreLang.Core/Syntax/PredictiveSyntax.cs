using ScoreLang.Text;

namespace ScoreLang.Syntax;

/// <summary>
/// <c>model "lead-conversion.model.zip" sha256 "9f2c..."</c> in a predictive score (S30): the model file that
/// <c>scorelang learn --predictive</c> wrote beside the score file, and the SHA-256 of its bytes. The path is relative
/// to the score file; the runtime checks the hash before it loads the model, so a replaced model never scores silently.
/// </summary>
public sealed record ModelClauseSyntax(StringLiteralSyntax Path, StringLiteralSyntax? Hash, TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Path, Hash);
}

/// <summary>
/// <c>closed when lifecycle_stage == customer</c> in a predictive score (S30): a record for which the condition holds
/// has already reached the end stage, so it gets the priority "Closed won" and no probability.
/// </summary>
public sealed record ClosedClauseSyntax(ExpressionSyntax Condition, TextSpan Span) : ScoreMemberSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Condition);
}
