using ScoreLang.Semantics;
using ScoreLang.Syntax;

namespace ScoreLang.Binding;

/// <summary>
/// The names visible to a condition. Plain names are properties of <see cref="Record"/>, or, inside an event rule's
/// <c>where</c> (<see cref="Event"/> set), attributes of that event and its implicit <c>timestamp</c>.
/// <see cref="RecordTypeName"/> is the scored record type as written (lists must hold records of that type); when it
/// names no record type, <see cref="Record"/> is null and name errors are not repeated for every property.
/// </summary>
internal sealed record ExpressionScope(
    SyntaxTree Tree,
    SchemaModel Schema,
    string RecordTypeName,
    RecordTypeSymbol? Record,
    EventTypeSymbol? Event,
    bool InWhere = false)
{
    public static ExpressionScope ForRecord(SyntaxTree tree, SchemaModel schema, string recordTypeName) =>
        new(tree, schema, recordTypeName, schema.Records.GetValueOrDefault(recordTypeName), null);

    public ExpressionScope ForWhere(EventTypeSymbol? eventType) => this with { Event = eventType, InWhere = true };

    /// <summary>True when names cannot be checked because the record or event type itself is unknown (already reported).</summary>
    public bool IsUnresolved => InWhere ? Event is null : Record is null;
}
