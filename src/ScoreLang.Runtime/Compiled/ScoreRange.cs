using ScoreLang.Runtime.Output;

namespace ScoreLang.Runtime.Compiled;

/// <summary>
/// A compiled score: evaluates rows [<paramref name="start"/>, <paramref name="end"/>) of the score's record type at
/// the evaluation date <paramref name="asOfTicks"/> (UTC ticks) and writes them into <paramref name="output"/>.
/// Ranges that run at the same time must not share a 64-row word of the output bitmaps: <paramref name="start"/> must
/// be a multiple of 64 and <paramref name="end"/> a multiple of 64 or the row count.
/// </summary>
public delegate void ScoreRange(ScoringData data, ScoreColumns output, int start, int end, long asOfTicks);
