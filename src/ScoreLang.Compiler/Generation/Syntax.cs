namespace ScoreLang.Compiler.Generation;

/// <summary>Builds C# bool expressions, folding the constants <c>true</c> and <c>false</c> so generated code stays readable.</summary>
internal static class Syntax
{
    public static string And(string? left, string right)
    {
        if (left is null or "true")
        {
            return right;
        }

        if (right == "true")
        {
            return left;
        }

        return left == "false" || right == "false" ? "false" : $"({left} && {right})";
    }

    public static string Or(string left, string right)
    {
        if (left == "true" || right == "true")
        {
            return "true";
        }

        if (left == "false")
        {
            return right;
        }

        return right == "false" ? left : $"({left} || {right})";
    }

    public static string Not(string operand) => operand switch
    {
        "true" => "false",
        "false" => "true",
        _ when operand.StartsWith("!(", StringComparison.Ordinal) && IsOneGroup(operand[1..]) => operand[1..],
        _ => $"!{Parenthesize(operand)}",
    };

    /// <summary>The condition of an <c>if</c>: without the parentheses that enclose all of it, as a person writes it.</summary>
    public static string Unwrap(string condition) =>
        condition.StartsWith('(') && condition.EndsWith(')') && IsOneGroup(condition) ? condition[1..^1] : condition;

    private static string Parenthesize(string expression) =>
        expression.StartsWith('(') && expression.EndsWith(')') && IsOneGroup(expression) ? expression : $"({expression})";

    /// <summary>Whether the parenthesis at the start closes at the very end; parentheses in string literals do not count.</summary>
    private static bool IsOneGroup(string expression)
    {
        var depth = 0;
        for (var i = 0; i < expression.Length; i++)
        {
            if (expression[i] == '"')
            {
                // A literal of CSharpText.StringLiteral: a backslash escapes the next character.
                for (i++; i < expression.Length && expression[i] != '"'; i++)
                {
                    i += expression[i] == '\\' ? 1 : 0;
                }

                continue;
            }

            depth += expression[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && i < expression.Length - 1)
            {
                return false;
            }
        }

        return depth == 0;
    }
}
