using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// Binds the schema declarations of every file of a compilation (imports first, so a duplicate is reported where it
/// is declared again): record types, event types (S1, S10) and lists (S4). Record types, event types and lists
/// have separate name spaces.
/// </summary>
internal sealed class SchemaBinder(BindingContext context)
{
    public SchemaModel Bind(IReadOnlyList<SyntaxTree> trees)
    {
        var records = Collect<RecordDeclarationSyntax>(trees, d => d.Name, "Record type", SymbolKey.Record);
        var events = Collect<EventDeclarationSyntax>(trees, d => d.Name, "Event type", SymbolKey.Event);
        var lists = Collect<ListDeclarationSyntax>(trees, d => d.Name, "List", SymbolKey.List);

        var properties = new PropertyListBinder(context, records.Keys.ToHashSet(StringComparer.Ordinal));
        var recordSymbols = records.ToImmutableDictionary(
            pair => pair.Key,
            pair => new RecordTypeSymbol(
                pair.Key,
                pair.Value.Syntax.Description?.Value,
                properties.Bind(pair.Value.Tree, pair.Key, pair.Value.Syntax.Properties, isEvent: false),
                pair.Value.Location),
            StringComparer.Ordinal);

        var eventSymbols = events.ToImmutableDictionary(
            pair => pair.Key,
            pair => new EventTypeSymbol(
                pair.Key,
                BindRecordTypeName(pair.Value.Tree, pair.Value.Syntax.RecordType, recordSymbols),
                pair.Value.Syntax.Description?.Value,
                properties.Bind(pair.Value.Tree, pair.Key, pair.Value.Syntax.Attributes, isEvent: true),
                pair.Value.Location),
            StringComparer.Ordinal);

        // Lists first without conditions, so that a list's condition can name other lists.
        var headers = lists.ToImmutableDictionary(
            pair => pair.Key,
            pair => new ListSymbol(
                pair.Key,
                BindRecordTypeName(pair.Value.Tree, pair.Value.Syntax.RecordType, recordSymbols),
                pair.Value.Syntax.Description?.Value,
                null,
                pair.Value.Location),
            StringComparer.Ordinal);
        var provisional = new SchemaModel(recordSymbols, eventSymbols, headers);
        var listSymbols = headers.ToImmutableDictionary(
            pair => pair.Key,
            pair => lists[pair.Key].Syntax.Condition is { } condition
                ? pair.Value with { Condition = BindListCondition(lists[pair.Key].Tree, provisional, pair.Value, condition) }
                : pair.Value,
            StringComparer.Ordinal);

        ReportListCycles(listSymbols, lists);
        return new SchemaModel(recordSymbols, eventSymbols, listSymbols);
    }

    private Dictionary<string, Declared<T>> Collect<T>(IReadOnlyList<SyntaxTree> trees, Func<T, IdentifierSyntax> nameOf, string kind, Func<string, SymbolKey> key)
        where T : DeclarationSyntax
    {
        var result = new Dictionary<string, Declared<T>>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            foreach (var declaration in tree.Root.Declarations.OfType<T>())
            {
                var name = nameOf(declaration);
                if (name.IsMissing)
                {
                    continue;
                }

                if (result.TryGetValue(name.Text, out var first))
                {
                    context.ReportDuplicate(tree, name, kind, first.Location);
                    continue;
                }

                context.Declare(tree, name, key(name.Text));
                result[name.Text] = new Declared<T>(tree, declaration, BindingContext.Location(tree, name.Span));
            }
        }

        return result;
    }

    private string BindRecordTypeName(SyntaxTree tree, IdentifierSyntax name, ImmutableDictionary<string, RecordTypeSymbol> records)
    {
        if (records.ContainsKey(name.Text))
        {
            context.Reference(tree, name.Span, SymbolKey.Record(name.Text));
        }
        else if (!name.IsMissing)
        {
            context.ReportUnknown(tree, name, "a record type", records.Keys, "Declare it with 'record " + name.Text + " { ... }', or check the spelling.");
        }

        return name.Text;
    }

    private BoundExpression BindListCondition(SyntaxTree tree, SchemaModel schema, ListSymbol list, ExpressionSyntax condition)
    {
        var scope = ExpressionScope.ForRecord(tree, schema, list.RecordTypeName);
        return new ExpressionBinder(context, scope).BindCondition(condition);
    }

    /// <summary>A list whose condition reaches itself through <c>in list</c> could never be evaluated (SL2012).</summary>
    private void ReportListCycles(ImmutableDictionary<string, ListSymbol> lists, Dictionary<string, Declared<ListDeclarationSyntax>> declarations)
    {
        foreach (var list in lists.Values.Where(l => l.Condition is not null).OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            var path = FindPathTo(list.Name, list.Name, lists, []);
            if (path is not null)
            {
                var declared = declarations[list.Name];
                context.Report(DiagnosticCatalog.ListCycle, declared.Tree, declared.Syntax.Name.Span, list.Name, string.Join(" -> ", path.Prepend(list.Name)));
            }
        }
    }

    private static List<string>? FindPathTo(string target, string from, ImmutableDictionary<string, ListSymbol> lists, HashSet<string> visited)
    {
        if (!lists.TryGetValue(from, out var list) || list.Condition is null || !visited.Add(from))
        {
            return null;
        }

        foreach (var next in ListReferences(list.Condition))
        {
            if (next == target)
            {
                return [next];
            }

            if (FindPathTo(target, next, lists, visited) is { } rest)
            {
                return [next, .. rest];
            }
        }

        return null;
    }

    private static IEnumerable<string> ListReferences(BoundExpression expression) => expression switch
    {
        BoundInList inList => [inList.ListName],
        BoundLogical logical => ListReferences(logical.Left).Concat(ListReferences(logical.Right)),
        BoundNot not => ListReferences(not.Operand),
        _ => [],
    };

    private sealed record Declared<T>(SyntaxTree Tree, T Syntax, SourceLocation Location);
}
