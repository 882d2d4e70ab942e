using ScoreLang.Semantics;

namespace ScoreLang.LanguageServer.Workspace;

/// <summary>
/// Names a symbol independently of the compilation that bound it, so that the same schema property can be found in
/// every compilation that imports its file: kind, container (a property's record, an attribute's event type, a group's
/// score), name, and the path of the file that declares it.
/// </summary>
internal sealed record SymbolIdentity(string Kind, string Container, string Name, string? DeclaringPath)
{
    public static SymbolIdentity? Of(Symbol symbol, BoundProgram program) => symbol switch
    {
        RecordTypeSymbol => new("record", string.Empty, symbol.Name, symbol.Location?.Path),
        EventTypeSymbol => new("event", string.Empty, symbol.Name, symbol.Location?.Path),
        ListSymbol => new("list", string.Empty, symbol.Name, symbol.Location?.Path),
        ScoreSymbol => new("score", string.Empty, symbol.Name, symbol.Location?.Path),
        GroupSymbol group => program.Scores.FirstOrDefault(s => s.Groups.Contains(group)) is { } owner
            ? new("group", owner.Name, group.Name, group.Location?.Path)
            : null,
        PropertySymbol { Location: { } location } property => program.Schema.Records.TryGetValue(property.OwnerName, out var record) && record.FindProperty(property.Name) is not null
            ? new("property", property.OwnerName, property.Name, location.Path)
            : new("attribute", property.OwnerName, property.Name, location.Path),
        _ => null, // built-ins (an event's timestamp) have no location and cannot be renamed
    };

    /// <summary>The symbol with this identity in <paramref name="program"/>, or null when it is not there.</summary>
    public Symbol? FindIn(BoundProgram program)
    {
        Symbol? found = Kind switch
        {
            "record" => program.Schema.Records.GetValueOrDefault(Name),
            "event" => program.Schema.Events.GetValueOrDefault(Name),
            "list" => program.Schema.Lists.GetValueOrDefault(Name),
            "score" => program.FindScore(Name),
            "group" => program.FindScore(Container)?.FindGroup(Name),
            "property" => program.Schema.Records.GetValueOrDefault(Container)?.FindProperty(Name),
            "attribute" => program.Schema.Events.GetValueOrDefault(Container)?.FindAttribute(Name),
            _ => null,
        };
        return found is not null && found.Location?.Path == DeclaringPath ? found : null;
    }
}
