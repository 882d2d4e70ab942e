namespace ScoreLang.LanguageServer.Protocol;

// "Window Features": messages the server sends to the client's log or to the user.

internal enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

internal sealed record LogMessageParams(MessageType Type, string Message);

internal sealed record ShowMessageParams(MessageType Type, string Message);
