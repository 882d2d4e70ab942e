using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace ScoreLang.Predictive;

/// <summary>How an input becomes numbers for the model.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InputKind>))]
internal enum InputKind
{
    /// <summary>A number: its value (unknown: the training median) and an "unknown" flag.</summary>
    Number,
    /// <summary>A date or datetime: whole days from it to the evaluation date, like a number.</summary>
    Date,
    /// <summary>A bool: a "true" flag and a "false" flag (unknown: neither).</summary>
    Bool,
    /// <summary>An enum or a text: one flag per value in <see cref="FeatureInput.Values"/> (text compared ignoring case, as ScoreLang does).</summary>
    Category,
    /// <summary>Events of one type on the record up to the evaluation date: their count, days since the last one, and a "none" flag.</summary>
    Events,
}

/// <summary>
/// One input of a predictive model (S30): a property of the record type or an event type recorded on it, and how it is
/// encoded. Inputs are what <c>explain</c> reports contributions for; each one spans <see cref="Width"/> model features.
/// Stored in the model file so that <c>run</c> encodes records exactly as learning did.
/// </summary>
internal sealed record FeatureInput(string Name, InputKind Kind, ImmutableArray<string> Values, double Fill)
{
    [JsonIgnore]
    public int Width => Kind switch
    {
        InputKind.Number or InputKind.Date or InputKind.Bool => 2,
        InputKind.Category => Values.Length,
        _ => 3,
    };

    /// <summary>What explain shows for the input (an event type is named as such).</summary>
    [JsonIgnore]
    public string Label => Kind == InputKind.Events ? $"events {Name}" : Name;
}
