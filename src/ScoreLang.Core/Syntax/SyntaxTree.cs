using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Text;

namespace ScoreLang.Syntax;

/// <summary>
/// The result of parsing one source: the root, every token (with trivia, for the formatter and the language server)
/// and the syntax diagnostics. Parsing never throws: whatever the text, a tree comes back.
/// </summary>
public sealed class SyntaxTree
{
    internal SyntaxTree(SourceText source, CompilationUnitSyntax root, ImmutableArray<SyntaxToken> tokens, ImmutableArray<Diagnostic> diagnostics)
    {
        Source = source;
        Root = root;
        Tokens = tokens;
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }

    public CompilationUnitSyntax Root { get; }

    public ImmutableArray<SyntaxToken> Tokens { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public static SyntaxTree Parse(SourceText source) => Parsing.Parser.ParseTree(source);

    public static SyntaxTree Parse(string text, string path = "") => Parse(SourceText.From(text, path));
}
