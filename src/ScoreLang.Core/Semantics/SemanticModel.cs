using System.Collections.Immutable;
using ScoreLang.Binding;
using ScoreLang.Syntax;

namespace ScoreLang.Semantics;

/// <summary>
/// Queries over one tree of a compilation, for the language server and the CLI: the symbol at a position, every
/// reference to a symbol across the compilation, completions, and descriptions for hovers.
/// </summary>
public sealed class SemanticModel
{
    private static readonly string TimestampDescription = "When the event happened (implicit on every event)";

    private readonly Lazy<SpanIndex<SymbolOccurrence>> _occurrences;
    private readonly Lazy<SpanIndex<BoundRule>> _rules;

    internal SemanticModel(Compilation compilation, SyntaxTree tree)
    {
        Compilation = compilation;
        SyntaxTree = tree;

        // Built on first use, once per model: position queries then cost a binary search, not a scan of the program.
        _occurrences = new Lazy<SpanIndex<SymbolOccurrence>>(() => new SpanIndex<SymbolOccurrence>(
            compilation.Occurrences.Where(o => ReferenceEquals(o.Tree, tree)), o => o.Span));
        _rules = new Lazy<SpanIndex<BoundRule>>(() => new SpanIndex<BoundRule>(
            compilation.Program.Scores.SelectMany(s => s.Groups).SelectMany(g => g.Rules).Where(r => ReferenceEquals(r.Location.Source, tree.Source)),
            r => r.Location.Span));
    }

    public Compilation Compilation { get; }

    public SyntaxTree SyntaxTree { get; }

    private BoundProgram Program => Compilation.Program;

    /// <summary>The symbol declared or referenced at <paramref name="position"/> (a caret just after a name counts), or null.</summary>
    public SymbolReference? SymbolAt(int position)
    {
        var candidates = _occurrences.Value.At(position)
            .OrderBy(o => o.Span.Contains(position) ? 0 : 1)
            .ThenBy(o => o.Span.Length);
        foreach (var occurrence in candidates)
        {
            if (Resolve(occurrence.Key) is { } symbol)
            {
                return new SymbolReference(symbol, occurrence.Tree, occurrence.Span, occurrence.IsDeclaration);
            }
        }

        return null;
    }

    /// <summary>The declaration, then every use of <paramref name="symbol"/> in every tree of the compilation, in file order.</summary>
    public ImmutableArray<SymbolReference> ReferencesOf(Symbol symbol)
    {
        if (KeyOf(symbol) is not { } key || Resolve(key) is not { } resolved)
        {
            return [];
        }

        var treeOrder = Compilation.SyntaxTrees.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        return [.. Compilation.Occurrences
            .Where(o => o.Key == key)
            .DistinctBy(o => (o.Tree, o.Span))
            .OrderBy(o => o.IsDeclaration ? 0 : 1)
            .ThenBy(o => treeOrder.GetValueOrDefault(o.Tree))
            .ThenBy(o => o.Span.Start)
            .Select(o => new SymbolReference(resolved, o.Tree, o.Span, o.IsDeclaration))];
    }

    /// <summary>The names and keywords valid at <paramref name="position"/> (not filtered by what is typed there).</summary>
    public ImmutableArray<CompletionItem> CompletionsAt(int position) => new CompletionProvider(Program, SyntaxTree).GetCompletions(position);

    /// <summary>The innermost rule written at <paramref name="position"/> in this tree (for hovers), or null.</summary>
    public BoundRule? RuleAt(int position) => _rules.Value.At(position)
        .OrderBy(r => r.Location.Span.Length)
        .FirstOrDefault();

    /// <summary>The score whose declaration contains <paramref name="position"/> in this tree, or null.</summary>
    public ScoreSymbol? ScoreAt(int position)
    {
        var declaration = SyntaxTree.Root.Declarations.OfType<ScoreDeclarationSyntax>().FirstOrDefault(d => d.Span.ContainsOrTouches(position));
        return declaration is null ? null : Program.FindScore(declaration.Name.Text);
    }

    private Symbol? Resolve(SymbolKey key)
    {
        var schema = Program.Schema;
        return key.Kind switch
        {
            SymbolKind.Record => schema.Records.GetValueOrDefault(key.Name),
            SymbolKind.Event => schema.Events.GetValueOrDefault(key.Name),
            SymbolKind.List => schema.Lists.GetValueOrDefault(key.Name),
            SymbolKind.Score => Program.FindScore(key.Name),
            SymbolKind.Property => schema.Records.GetValueOrDefault(key.Container)?.FindProperty(key.Name),
            SymbolKind.Attribute when key.Name == OperandBinder.TimestampName && schema.Events.ContainsKey(key.Container) =>
                new PropertySymbol(OperandBinder.TimestampName, key.Container, ValueType.DateTime, TimestampDescription, -1, null),
            SymbolKind.Attribute => schema.Events.GetValueOrDefault(key.Container)?.FindAttribute(key.Name),
            SymbolKind.Group => Program.FindScore(key.Container)?.FindGroup(key.Name),
            _ => null,
        };
    }

    private SymbolKey? KeyOf(Symbol symbol)
    {
        var schema = Program.Schema;
        switch (symbol)
        {
            case RecordTypeSymbol:
                return SymbolKey.Record(symbol.Name);
            case EventTypeSymbol:
                return SymbolKey.Event(symbol.Name);
            case ListSymbol:
                return SymbolKey.List(symbol.Name);
            case ScoreSymbol:
                return SymbolKey.Score(symbol.Name);
            case GroupSymbol group:
                var owner = Program.Scores.FirstOrDefault(s => s.Groups.Any(g => ReferenceEquals(g, group)))
                    ?? Program.Scores.FirstOrDefault(s => s.Groups.Any(g => g.Name == group.Name && g.Location == group.Location))
                    ?? Program.Scores.FirstOrDefault(s => s.FindGroup(group.Name) is not null);
                return owner is null ? null : SymbolKey.Group(owner.Name, group.Name);
            case PropertySymbol property:
                var isProperty = schema.Records.GetValueOrDefault(property.OwnerName)?.FindProperty(property.Name) is { } p
                    && (p.Location == property.Location || !schema.Events.ContainsKey(property.OwnerName));
                return isProperty ? SymbolKey.Property(property.OwnerName, property.Name) : SymbolKey.Attribute(property.OwnerName, property.Name);
            default:
                return null;
        }
    }
}
