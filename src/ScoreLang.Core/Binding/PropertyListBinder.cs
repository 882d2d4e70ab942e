using System.Collections.Immutable;
using ScoreLang.Diagnostics;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Binding;

/// <summary>
/// Binds the properties of a record type or the attributes of an event type: built-in types, enums and associations
/// to declared record types (S1). Duplicates and unknown types are reported; the properties keep their order.
/// </summary>
internal sealed class PropertyListBinder(BindingContext context, IReadOnlySet<string> recordNames)
{
    public ImmutableArray<PropertySymbol> Bind(SyntaxTree tree, string ownerName, ImmutableArray<PropertyDeclarationSyntax> declarations, bool isEvent)
    {
        var result = ImmutableArray.CreateBuilder<PropertySymbol>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var declaration in declarations)
        {
            var name = declaration.Name;
            var type = BindType(tree, declaration.Type, isEvent);
            if (name.IsMissing)
            {
                continue;
            }

            var location = BindingContext.Location(tree, name.Span);
            if (seen.TryGetValue(name.Text, out var first))
            {
                context.ReportDuplicate(tree, name, isEvent ? "Attribute" : "Property", first);
                continue;
            }

            if (isEvent && name.Text == OperandBinder.TimestampName)
            {
                context.Report(DiagnosticCatalog.ReservedAttributeName, tree, name.Span);
                continue;
            }

            seen[name.Text] = location;
            context.Declare(tree, name, isEvent ? SymbolKey.Attribute(ownerName, name.Text) : SymbolKey.Property(ownerName, name.Text));
            result.Add(new PropertySymbol(name.Text, ownerName, type, declaration.Description?.Value, result.Count, location));
        }

        return result.ToImmutable();
    }

    private ValueType BindType(SyntaxTree tree, TypeSyntax syntax, bool isEvent)
    {
        switch (syntax)
        {
            case EnumTypeSyntax enumType:
                return BindEnum(tree, enumType);
            case NamedTypeSyntax { Name: var name } when !name.IsMissing:
                var builtIn = BuiltIn(name.Text);
                if (builtIn is not null)
                {
                    return builtIn;
                }

                if (recordNames.Contains(name.Text) && !isEvent)
                {
                    context.Reference(tree, name.Span, SymbolKey.Record(name.Text));
                    return ValueType.AssociationTo(name.Text);
                }

                var candidates = isEvent ? SyntaxFacts.BuiltInTypes : SyntaxFacts.BuiltInTypes.Concat(recordNames);
                var hint = isEvent
                    ? "Event attributes have the types string, number, bool, date, datetime or enum { ... }."
                    : "Use string, number, bool, date, datetime, enum { ... } or a declared record type (an association).";
                context.ReportUnknown(tree, name, isEvent ? "an attribute type" : "a type", candidates, hint);
                return ValueType.Error;
            default:
                return ValueType.Error;
        }
    }

    private ValueType BindEnum(SyntaxTree tree, EnumTypeSyntax syntax)
    {
        var members = ImmutableArray.CreateBuilder<string>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var member in syntax.Members.Where(m => !m.IsMissing))
        {
            if (seen.TryGetValue(member.Text, out var first))
            {
                context.ReportDuplicate(tree, member, "Enum member", first);
                continue;
            }

            seen[member.Text] = BindingContext.Location(tree, member.Span);
            members.Add(member.Text);
        }

        return ValueType.EnumOf(members.ToImmutable());
    }

    private static ValueType? BuiltIn(string name) => name switch
    {
        "string" => ValueType.String,
        "number" => ValueType.Number,
        "bool" => ValueType.Bool,
        "date" => ValueType.Date,
        "datetime" => ValueType.DateTime,
        _ => null,
    };
}
