using ScoreLang.Syntax;

namespace ScoreLang.Formatting;

/// <summary>
/// Prints imports and schema declarations (S1, S4):
/// <code>
/// record contact "A person we talk to" {
///   email: string "Email address"
///   stage: enum { lead, customer }
/// }
/// event page_viewed on contact {
///   url: string
/// }
/// list big_companies of company when num_employees >= 500
/// </code>
/// </summary>
internal sealed class SchemaPrinter(FormatWriter w, ExpressionPrinter expressions, BlockPrinter blocks)
{
    public void Import(ImportSyntax import)
    {
        w.Word("import");
        w.String(import.Path);
    }

    public void Record(RecordDeclarationSyntax record)
    {
        w.Word("record");
        w.Name(record.Name);
        Description(record.Description);
        blocks.Block(record.Properties, Property, dropCommas: true);
    }

    public void Event(EventDeclarationSyntax declaration)
    {
        w.Word("event");
        w.Name(declaration.Name);
        w.Word("on");
        w.Name(declaration.RecordType);
        Description(declaration.Description);

        // The body is optional and an empty one means the same as none; keep whichever the user wrote.
        if (w.Peek().Kind == TokenKind.OpenBrace)
        {
            blocks.Block(declaration.Attributes, Property, dropCommas: true);
        }
    }

    public void List(ListDeclarationSyntax list)
    {
        w.Word("list");
        w.Name(list.Name);
        w.Word("of");
        w.Name(list.RecordType);
        Description(list.Description);
        if (list.Condition is not null)
        {
            w.Word("when");
            expressions.Print(list.Condition);
        }
    }

    /// <summary>True for declarations that fit on one line: consecutive ones need no empty line between them.</summary>
    public static bool IsOneLiner(DeclarationSyntax declaration) => declaration switch
    {
        ImportSyntax or ListDeclarationSyntax => true,
        EventDeclarationSyntax e => e.Attributes.IsEmpty,
        _ => false,
    };

    private void Property(PropertyDeclarationSyntax property)
    {
        w.Name(property.Name);
        w.Punct(TokenKind.Colon, ":");
        switch (property.Type)
        {
            case NamedTypeSyntax named:
                w.Name(named.Name);
                break;
            case EnumTypeSyntax enumType:
                w.Word("enum");
                blocks.InlineList(enumType.Members, (member, space) => w.Name(member, space));
                break;
            default:
                throw new FormatterException($"Cannot print {property.Type.GetType().Name}.");
        }

        Description(property.Description);
    }

    private void Description(StringLiteralSyntax? description)
    {
        if (description is not null)
        {
            w.String(description);
        }
    }
}
