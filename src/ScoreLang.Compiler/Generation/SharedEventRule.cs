using ScoreLang.Semantics;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// An event rule served by a pass shared with the other rules of its event type (issue 5): its decay as its group
/// resolves it, and the per-record local that holds its contribution until its group adds it in declaration order.
/// </summary>
internal sealed record SharedEventRule(BoundEventRule Rule, DecaySpec? Decay, string Contribution);
