using System.Diagnostics.CodeAnalysis;
using Pidgin;
using ScoreLang.Syntax;

namespace ScoreLang.Parsing;

/// <summary>What a <see cref="CursorParser{T}"/> step decided: fail, or succeed after consuming some tokens.</summary>
internal readonly record struct CursorStep<T>(bool Success, int Consumed, T Value)
{
    public static CursorStep<T> Fail { get; } = new(false, 0, default!);

    public static CursorStep<T> Ok(int consumed, T value) => new(true, consumed, value);
}

/// <summary>
/// A Pidgin parser whose decision is a plain function of the position in the token array. Recovery needs this: deciding
/// where to resynchronise looks several tokens ahead and counts braces, which a loop expresses far better (and without
/// recursion) than combinators. Everything else in the grammar is ordinary Pidgin combinators.
/// </summary>
internal sealed class CursorParser<T> : Parser<SyntaxToken, T>
{
    private readonly Func<int, CursorStep<T>> _step;

    public CursorParser(Func<int, CursorStep<T>> step)
    {
        _step = step;
    }

    public override bool TryParse(ref ParseState<SyntaxToken> state, ref PooledList<Expected<SyntaxToken>> expecteds, [MaybeNullWhen(false)] out T result)
    {
        var step = _step((int)state.Location);
        if (!step.Success)
        {
            var eof = !state.HasCurrent;
            state.SetError(eof ? Maybe.Nothing<SyntaxToken>() : Maybe.Just(state.Current), eof, state.Location, null);
            result = default;
            return false;
        }

        state.Advance(step.Consumed);
        result = step.Value;
        return true;
    }
}
