using ScoreLang.Syntax;

namespace ScoreLang.Formatting;

/// <summary>
/// Prints a whole file: declarations separated by one empty line (consecutive one-line declarations such as imports
/// and lists keep at most one empty line the user left), then the comments after the last declaration.
/// </summary>
internal sealed class CompilationUnitPrinter
{
    private readonly FormatWriter _writer;
    private readonly SchemaPrinter _schema;
    private readonly ScorePrinter _scores;

    public CompilationUnitPrinter(FormatWriter writer)
    {
        _writer = writer;
        var expressions = new ExpressionPrinter(writer);
        var blocks = new BlockPrinter(writer);
        var rules = new RulePrinter(writer, expressions);
        var tests = new TestPrinter(writer, expressions, blocks);
        _schema = new SchemaPrinter(writer, expressions, blocks);
        _scores = new ScorePrinter(writer, expressions, rules, blocks, tests);
    }

    /// <summary>Formats the tokens of <paramref name="tree"/> and returns the text and where each source piece went.</summary>
    public static (string Text, IReadOnlyList<FormattedPiece> Pieces) Print(SyntaxTree tree, IReadOnlyList<SourceElement> elements, FormattingOptions options)
    {
        var lines = new LineWriter(options);
        var writer = new FormatWriter(elements, lines);
        new CompilationUnitPrinter(writer).Print(tree.Root);
        return (lines.Finish(), lines.Pieces);
    }

    private void Print(CompilationUnitSyntax root)
    {
        DeclarationSyntax? previous = null;
        foreach (var declaration in root.Declarations)
        {
            var bothOneLiners = previous is not null && SchemaPrinter.IsOneLiner(previous) && SchemaPrinter.IsOneLiner(declaration);
            _writer.Lines.RequestBreak(bothOneLiners ? LineBreak.Member : LineBreak.Declaration);
            Declaration(declaration);
            previous = declaration;
        }

        // Comments after the last declaration: on their own lines, keeping one empty line before them if there was one.
        _writer.Lines.RequestBreak(LineBreak.Member);
        _writer.End();
    }

    private void Declaration(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case ImportSyntax import:
                _schema.Import(import);
                break;
            case RecordDeclarationSyntax record:
                _schema.Record(record);
                break;
            case EventDeclarationSyntax eventDeclaration:
                _schema.Event(eventDeclaration);
                break;
            case ListDeclarationSyntax list:
                _schema.List(list);
                break;
            case ScoreDeclarationSyntax score:
                _scores.Score(score);
                break;
            default:
                throw new FormatterException($"Cannot print {declaration.GetType().Name}.");
        }
    }
}
