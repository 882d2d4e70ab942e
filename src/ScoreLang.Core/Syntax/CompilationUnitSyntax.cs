using System.Collections.Immutable;
using ScoreLang.Text;

namespace ScoreLang.Syntax;

/// <summary>
/// One file. Score files and schema files share this grammar: a file is a list of imports, schema
/// declarations (record, event, list) and scores. Declarations that failed to parse appear as
/// <see cref="SkippedTokensSyntax"/> inside <see cref="ErrorDeclarationSyntax"/>.
/// </summary>
public sealed record CompilationUnitSyntax(ImmutableArray<DeclarationSyntax> Declarations, SyntaxToken EndOfFile, TextSpan Span) : SyntaxNode(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Declarations;
}

public abstract record DeclarationSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>import "crm.schema"</c>: the path is relative to the importing file.</summary>
public sealed record ImportSyntax(StringLiteralSyntax Path, TextSpan Span) : DeclarationSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Path);
}

public sealed record ErrorDeclarationSyntax(SkippedTokensSyntax Skipped, TextSpan Span) : DeclarationSyntax(Span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => Children(Skipped);
}
