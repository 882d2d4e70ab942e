using ScoreLang.Syntax;

namespace ScoreLang.Formatting;

/// <summary>
/// Prints a test written inside a score, one member per line:
/// <code>
/// test "books a meeting" {
///   as of 2024-03-01
///   given { lifecycle_stage: lead, job_title: "CTO" }
///   member of employees, partners
///   event marketing_email_opened x2 { campaign: "spring" } at 1 week ago
///   contact alice {
///     given { job_title: "CTO" }
///   }
///   expect score == 29
/// }
/// </code>
/// </summary>
internal sealed class TestPrinter(FormatWriter w, ExpressionPrinter expressions, BlockPrinter blocks)
{
    public void Test(TestDeclarationSyntax test)
    {
        w.Word("test");
        w.String(test.Name);
        blocks.Block(test.Members, Member);
    }

    private void Member(TestMemberSyntax member)
    {
        switch (member)
        {
            case AsOfSyntax asOf:
                w.Word("as");
                w.Word("of");
                expressions.Print(asOf.Date);
                break;
            case GivenSyntax given:
                w.Word("given");
                if (given.Association is not null)
                {
                    w.Name(given.Association);
                }

                blocks.InlineList(given.Fields, Field);
                break;
            case MemberOfSyntax memberOf:
                // S4: static list memberships of the tested record.
                w.Word("member");
                w.Word("of");
                blocks.NameList(memberOf.Lists);
                break;
            case TestEventSyntax testEvent:
                Event(testEvent);
                break;
            case TestContactSyntax contact:
                // S2: a contact of the tested company, with its own members.
                w.Name(contact.RecordType);
                w.Name(contact.Name);
                blocks.Block(contact.Members, Member);
                break;
            case ExpectSyntax expect:
                w.Word("expect");
                w.Name(expect.Target);
                if (expect.Operator is { } op)
                {
                    expressions.Operator(op);
                    expressions.Print(expect.Value!);
                }

                break;
            default:
                throw new FormatterException($"Cannot print {member.GetType().Name}.");
        }
    }

    /// <summary>
    /// The clauses after the event type are printed in the order the user wrote them (the samples write both
    /// <c>by alice at ...</c> and <c>at ... by alice</c>), each at most once.
    /// </summary>
    private void Event(TestEventSyntax testEvent)
    {
        w.Word("event");
        w.Name(testEvent.EventType);
        bool repeat = testEvent.Repeat is null, attributes = false, at = testEvent.At is null, by = testEvent.Contact is null;
        while (true)
        {
            var next = w.Peek();
            if (!repeat && IsRepeat(next))
            {
                Repeat();
                repeat = true;
            }
            else if (!attributes && next.Kind == TokenKind.OpenBrace)
            {
                blocks.InlineList(testEvent.Attributes, Field);
                attributes = true;
            }
            else if (!at && IsWord(next, "at"))
            {
                At(testEvent.At!);
                at = true;
            }
            else if (!by && IsWord(next, "by"))
            {
                w.Word("by");
                w.Name(testEvent.Contact!);
                by = true;
            }
            else
            {
                break;
            }
        }

        if (!repeat || !at || !by || (!attributes && !testEvent.Attributes.IsEmpty))
        {
            throw new FormatterException($"Not every clause of the test event '{testEvent.EventType.Text}' was found.");
        }
    }

    /// <summary><c>x2</c>, canonical for both <c>x2</c> (one word) and <c>x 2</c>; <c>x 2.5</c> keeps its space.</summary>
    private void Repeat()
    {
        var token = w.Peek();
        if (token.Text.Length > 1)
        {
            w.Any("x" + LiteralText.Number(token.Text[1..]));
            return;
        }

        w.Word("x");
        var count = LiteralText.Number(w.Peek().Text);
        w.Number(spaceBefore: count.Contains('.', StringComparison.Ordinal));
    }

    private void At(TestTimeSyntax time)
    {
        w.Word("at");
        if (time.Date is not null)
        {
            expressions.Print(time.Date);
        }
        else
        {
            expressions.Duration(time.Ago!);
            w.Word("ago");
        }
    }

    private void Field(FieldValueSyntax field, bool spaceBefore)
    {
        w.Name(field.Name, spaceBefore);
        w.Punct(TokenKind.Colon, ":");
        expressions.Print(field.Value);
    }

    private static bool IsWord(SyntaxToken token, string word) =>
        token.Kind == TokenKind.Identifier && string.Equals(token.Text, word, StringComparison.Ordinal);

    private static bool IsRepeat(SyntaxToken token) =>
        token.Kind == TokenKind.Identifier && token.Text.Length > 0 && token.Text[0] == 'x'
        && token.Text.Skip(1).All(char.IsAsciiDigit);
}
