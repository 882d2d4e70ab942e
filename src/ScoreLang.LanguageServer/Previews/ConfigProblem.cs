namespace ScoreLang.LanguageServer.Previews;

/// <summary>
/// A problem with <c>scorelang.json</c> or the sample data it names, at a zero-based line and column of the config
/// file. Codes: SL7001 not valid JSON, SL7002 a setting with a wrong value, SL7003 an unknown setting (warning),
/// SL7004 the sample data cannot be loaded, SL7005 the sample data is larger than <c>maxRows</c>.
/// </summary>
internal sealed record ConfigProblem(int Line, int Column, string Code, string Message, bool IsError, int Length = 1)
{
    public const string InvalidJson = "SL7001";
    public const string InvalidSetting = "SL7002";
    public const string UnknownSetting = "SL7003";
    public const string DataUnreadable = "SL7004";
    public const string DataTooLarge = "SL7005";

    public static ConfigProblem Error(string text, string? setting, string code, string message) => At(text, setting, code, message, isError: true);

    public static ConfigProblem Warning(string text, string? setting, string code, string message) => At(text, setting, code, message, isError: false);

    /// <summary>Placed on the setting's name in the file (its first occurrence), or at the start when there is none.</summary>
    private static ConfigProblem At(string text, string? setting, string code, string message, bool isError)
    {
        var offset = setting is null ? -1 : text.IndexOf($"\"{setting}\"", StringComparison.Ordinal);
        if (offset < 0)
        {
            return new ConfigProblem(0, 0, code, message, isError);
        }

        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        // The range covers the quoted setting name.
        return new ConfigProblem(line, offset - lineStart, code, message, isError, setting!.Length + 2);
    }
}
