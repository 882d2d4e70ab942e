using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Parsing;

/// <summary>Entry point of the parser (lexer + Pidgin grammar with recovery).</summary>
internal static class Parser
{
    public static SyntaxTree ParseTree(SourceText source) =>
        throw new NotImplementedException("The parser is being written in the parser work item.");
}
