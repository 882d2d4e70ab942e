using Pidgin;
using ScoreLang.Syntax;

namespace ScoreLang.Parsing;

/// <summary>
/// <c>Or</c> and <c>Optional</c> for token parsers, backed by <see cref="ChoiceParser{T}"/> and
/// <see cref="OptionalParser{T}"/> (same meaning as Pidgin's, less work per call).
/// </summary>
internal static class ChoiceExtensions
{
    public static Parser<SyntaxToken, T> OrElse<T>(this Parser<SyntaxToken, T> first, Parser<SyntaxToken, T> second) =>
        new ChoiceParser<T>([first, second]);

    public static Parser<SyntaxToken, Maybe<T>> OrNothing<T>(this Parser<SyntaxToken, T> parser) => new OptionalParser<T>(parser);
}
