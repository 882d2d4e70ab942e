namespace ScoreLang.Formatting;

/// <summary>Why a new line starts: decides its indentation and whether an empty line the user left survives.</summary>
internal enum LineBreak
{
    /// <summary>No break: the next piece continues the current line.</summary>
    None,

    /// <summary>
    /// A comment forced a line end inside a construct (between the tokens of a rule, say): the rest of the construct
    /// continues one level deeper, and empty lines are dropped.
    /// </summary>
    Continuation,

    /// <summary>Between members, rules or properties: at most one empty line the user left survives.</summary>
    Member,

    /// <summary>After <c>{</c> and before <c>}</c>: never an empty line.</summary>
    Tight,

    /// <summary>Between declarations that span several lines: always exactly one empty line.</summary>
    Declaration,
}
