namespace ScoreLang.Diagnostics;

/// <summary>SL1xxx: the lexer and the parser. Owned by the parser.</summary>
public static partial class DiagnosticCatalog
{
    public static DiagnosticDescriptor UnexpectedCharacter { get; } = Error("SL1001", "Unexpected character", "Unexpected character '{0}'. Remove it, or put text inside double quotes.");

    public static DiagnosticDescriptor UnterminatedString { get; } = Error("SL1002", "Unterminated string", "This string has no closing '\"' on its line. Add the closing quote.");

    public static DiagnosticDescriptor UnterminatedComment { get; } = Error("SL1003", "Unterminated comment", "This comment has no closing '*/'. Add it where the comment should end.");

    public static DiagnosticDescriptor InvalidNumber { get; } = Error("SL1004", "Invalid number", "'{0}' is not a valid number.");

    public static DiagnosticDescriptor InvalidDate { get; } = Error("SL1005", "Invalid date", "'{0}' is not a valid date. Write dates as YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z].");

    public static DiagnosticDescriptor InvalidEscape { get; } = Error("SL1006", "Invalid escape sequence", "'{0}' is not a valid escape in a string. Use \\\", \\\\, \\n, \\t or \\uXXXX.");

    public static DiagnosticDescriptor Expected { get; } = Error("SL1010", "Syntax error", "Expected {0} but found {1}.");

    public static DiagnosticDescriptor MissingCloseBrace { get; } = Error("SL1011", "Missing '}'", "'{0}' opened here is never closed. Add '}}'.");

    public static DiagnosticDescriptor UnexpectedTopLevel { get; } = Error("SL1012", "Unexpected text", "Expected 'import', 'record', 'event', 'list' or 'score' but found {0}.");

    public static DiagnosticDescriptor NestingTooDeep { get; } = Error("SL1013", "Nesting too deep", "Conditions are nested more than {0} levels deep. Simplify the condition.");

    public static DiagnosticDescriptor MisspelledKeyword { get; } = Error("SL1014", "Misspelt keyword", "Expected {0} but found '{1}'. Did you mean '{2}'?");

    public static DiagnosticDescriptor ConditionTooLong { get; } = Error("SL1015", "Condition too long", "This condition joins more than {0} terms with 'and'/'or'. Split it into several rules, or use 'in [...]'.");

    public static DiagnosticDescriptor InternalParserError { get; } = Error("SL1099", "Parser failure", "The parser could not read this file ({0}). Please report this file to the ScoreLang maintainers.");
}
