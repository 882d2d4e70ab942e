namespace ScoreLang.Formatting;

/// <summary>
/// The printers and the source tokens disagree: a formatter bug, never a user error. The formatter catches it and
/// returns the text unchanged with <see cref="FormatSkipReason.VerificationFailed"/>.
/// </summary>
internal sealed class FormatterException : Exception
{
    public FormatterException()
    {
    }

    public FormatterException(string message)
        : base(message)
    {
    }

    public FormatterException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
