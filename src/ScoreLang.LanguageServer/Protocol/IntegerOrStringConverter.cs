using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScoreLang.LanguageServer.Protocol;

/// <summary>
/// Reads the specification's <c>integer | string</c> unions (a diagnostic's code) as a string, so that a client echoing
/// another tool's numeric code back in a code action request is not rejected. Writes strings.
/// </summary>
internal sealed class IntegerOrStringConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => reader.TryGetInt64(out var integer)
            ? integer.ToString(CultureInfo.InvariantCulture)
            : reader.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected an integer or a string, found {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
