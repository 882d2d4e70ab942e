namespace ScoreLang.Cli.Infrastructure;

/// <summary>A problem the user can fix (a missing file, a bad option value). Printed as one line, exit code 2, no stack trace.</summary>
internal sealed class UserErrorException : Exception
{
    public UserErrorException(string message)
        : base(message)
    {
    }

    public UserErrorException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public UserErrorException()
    {
    }
}
