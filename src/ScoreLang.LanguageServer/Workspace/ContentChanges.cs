using System.Text;
using ScoreLang.LanguageServer.Protocol;
using ScoreLang.Text;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>Applies the content changes of a <c>textDocument/didChange</c> notification to a document's text.</summary>
internal static class ContentChanges
{
    /// <summary>
    /// Applies <paramref name="changes"/> in order, each to the result of the previous one. A change without a range
    /// replaces the whole text. Ranges are clamped to the text (see <see cref="LspPositions"/>), so a client that is
    /// out of step produces a wrong text rather than an exception; the next full sync repairs it.
    /// </summary>
    public static SourceText Apply(SourceText text, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var current = text;
        foreach (var change in changes)
        {
            current = Apply(current, change);
        }

        return current;
    }

    private static SourceText Apply(SourceText text, TextDocumentContentChangeEvent change)
    {
        var newText = change.Text ?? string.Empty;
        if (change.Range is null)
        {
            return SourceText.From(newText, text.Path);
        }

        var span = LspPositions.ToSpan(text, change.Range);
        var builder = new StringBuilder(text.Length - span.Length + newText.Length);
        builder.Append(text.Text, 0, span.Start);
        builder.Append(newText);
        builder.Append(text.Text, span.End, text.Length - span.End);
        return SourceText.From(builder.ToString(), text.Path);
    }
}
