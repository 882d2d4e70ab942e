namespace ScoreLang.Learning;

/// <summary>
/// One condition a learned rule can test, written as ScoreLang text (<see cref="Condition"/>), with the rows of the
/// data where it holds. The conditions of one property are disjoint (bins), so each record meets at most one of them.
/// </summary>
internal sealed record CandidateRule(string Property, string Condition, bool[] Holds)
{
    public int Support => Holds.Count(h => h);
}
