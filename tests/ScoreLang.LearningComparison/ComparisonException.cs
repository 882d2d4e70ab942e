namespace ScoreLang.LearningComparison;

/// <summary>A problem with the samples or the shared data, shown to the person running the comparison as one line.</summary>
internal sealed class ComparisonException : Exception
{
    public ComparisonException()
    {
    }

    public ComparisonException(string message)
        : base(message)
    {
    }

    public ComparisonException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
