using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using ScoreLang.Syntax;
using ScoreLang.Text;

namespace ScoreLang.Formatting;

/// <summary>
/// Structural equality of syntax trees ignoring where things are: spans, trivia (whitespace and comments) and how
/// points were signed (<c>15</c> and <c>+15</c> mean the same, S9). Two files whose trees are equivalent mean the
/// same thing; the formatter must map every file to an equivalent one. Works by reflection over the records, so
/// new node types and properties are covered without changes here.
/// </summary>
internal static class SyntaxEquivalence
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static bool AreEquivalent(SyntaxNode left, SyntaxNode right) =>
        string.Equals(Describe(left), Describe(right), StringComparison.Ordinal);

    /// <summary>
    /// A one-node-per-line description of <paramref name="node"/> without spans or trivia: equal descriptions mean
    /// equivalent trees, and a test that fails can show the two descriptions.
    /// </summary>
    public static string Describe(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case SyntaxNode node:
                WriteNode(builder, node, depth);
                break;
            case SyntaxToken token:
                builder.Append(CultureInfo.InvariantCulture, $"{token.Kind} '{token.Text}'");
                break;
            case string text:
                builder.Append(LiteralText.String(text));
                break;
            case double number:
                builder.Append(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateTime date:
                builder.Append(date.ToString("O", CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                builder.Append('[');
                foreach (var item in items)
                {
                    builder.AppendLine().Append(' ', (depth + 1) * 2);
                    Write(builder, item, depth + 1);
                }

                builder.Append(']');
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteNode(StringBuilder builder, SyntaxNode node, int depth)
    {
        builder.Append(node.GetType().Name).Append('(');
        var first = true;
        foreach (var property in Properties.GetOrAdd(node.GetType(), RelevantProperties))
        {
            builder.Append(first ? string.Empty : ", ").Append(property.Name).Append('=');
            Write(builder, property.GetValue(node), depth + 1);
            first = false;
        }

        builder.Append(')');
    }

    private static PropertyInfo[] RelevantProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0
                && p.PropertyType != typeof(TextSpan)
                && p.PropertyType != typeof(TextSpan?)
                && !(type == typeof(PointsSyntax) && p.Name == nameof(PointsSyntax.HasSign)))
            .OrderBy(p => p.MetadataToken)];
}
