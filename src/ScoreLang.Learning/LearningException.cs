namespace ScoreLang.Learning;

/// <summary>Learning cannot go on (too little data, no usable property); the message says what to do.</summary>
public sealed class LearningException : Exception
{
    public LearningException(string message)
        : base(message)
    {
    }

    public LearningException()
    {
    }

    public LearningException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
