namespace ScoreLang.Learning;

/// <summary>
/// One condition a learned rule can test, written as ScoreLang text (<see cref="Condition"/>), with the rows of the
/// data where it holds. The conditions of one candidate are disjoint (bins), so each record meets at most one of them.
/// <see cref="Property"/> names the property, or the event type of an event rule (<see cref="IsEvent"/>: the condition is
/// then the whole rule without its points). A <see cref="IsReference"/> bin is the candidate's baseline: it gets no rule,
/// and the others get points relative to it, negative where they convert less (S9).
/// </summary>
internal sealed record CandidateRule(string Property, string Condition, bool[] Holds)
{
    public int Support => Holds.Count(h => h);

    public bool IsEvent { get; init; }

    public bool IsReference { get; init; }

    /// <summary>For a bin of a number, its range [low, high) (null: open), so that neighbours can be merged.</summary>
    public (double? Low, double? High)? Range { get; init; }

    /// <summary>For an equality bin (an enum member, a text), the values as literals, so that merged bins read <c>in [a, b]</c>.</summary>
    public IReadOnlyList<string>? Members { get; init; }

    /// <summary>
    /// For a decayed event rule (<see cref="EventDecays"/>): per row, the sum of its events' decay factors; the rule gives
    /// its points per unit. Null for a bin, which counts 1 where it holds.
    /// </summary>
    public double[]? Amounts { get; init; }

    /// <summary>A decayed rule's decay clause, e.g. <c>decay 50% every 1 month</c>.</summary>
    public string? Decay { get; init; }

    /// <summary>A decayed rule's points are a multiple of this, so that every total is a whole number.</summary>
    public int Step { get; init; } = 1;

    /// <summary>A decayed rule's amount that the points are scaled for (nearly every record's is at most this).</summary>
    public double TopAmount { get; init; } = 1;

    /// <summary>For an event count bin, its inclusive range of counts (To null: open), so that neighbours can be merged.</summary>
    public (int From, int? To)? Counts { get; init; }
}
