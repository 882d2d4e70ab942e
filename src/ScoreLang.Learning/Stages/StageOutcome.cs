using System.Collections.Immutable;
using System.Globalization;
using ScoreLang.Runtime;

namespace ScoreLang.Learning.Stages;

/// <summary>
/// A stage-transition outcome over the records of one type (S29): <see cref="Outcome"/> is known for the records that
/// entered the start stage and whose whole time frame has elapsed by the as-of date, and true for those that reached
/// the end stage within it. <see cref="ScoringTicks"/>[row] is the moment each record entered the start stage: it is
/// scored as of then, so nothing that happened later can leak into its score (<see cref="PointInTimeData"/>).
/// </summary>
public sealed record StageOutcome(
    StageTransition Transition,
    Outcome Outcome,
    long[] ScoringTicks,
    DateTime AsOf,
    int NotStarted,
    int AlreadyEnded,
    int Censored)
{
    /// <summary>
    /// Records without the start stage are left out (they never made the move); so are records already in the end stage
    /// before they entered the start stage, and records whose time frame ends after <paramref name="asOf"/> (censored:
    /// whether they will convert in time is not known yet). Without an as-of date, the data's latest event or stage date is used.
    /// </summary>
    public static StageOutcome Build(ScoringData data, string recordType, StageTransition transition, DateTime? asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(transition);
        var start = StageDates.Resolve(data, recordType, transition.Start);
        var end = StageDates.Resolve(data, recordType, transition.End);
        var until = asOf?.Ticks ?? StageDates.Latest(data, recordType, start, end);
        var known = new bool[start.Length];
        var values = new bool[start.Length];
        int notStarted = 0, alreadyEnded = 0, censored = 0;
        for (var row = 0; row < start.Length; row++)
        {
            var windowEnd = start[row] == 0 ? 0 : transition.Window.AddTo(new DateTime(start[row], DateTimeKind.Utc)).Ticks;
            if (start[row] == 0)
            {
                notStarted++;
            }
            else if (end[row] != 0 && end[row] < start[row])
            {
                alreadyEnded++;
            }
            else if (windowEnd > until)
            {
                censored++;
            }
            else
            {
                known[row] = true;
                values[row] = end[row] != 0 && end[row] <= windowEnd;
            }
        }

        var asOfTime = new DateTime(until, DateTimeKind.Utc);
        var outcome = new Outcome(transition.ToString(), known, values) { Notes = Notes(transition, recordType, start.Length, notStarted, alreadyEnded, censored, asOfTime) };
        return new StageOutcome(transition, outcome, start, asOfTime, notStarted, alreadyEnded, censored);
    }

    private static ImmutableArray<string> Notes(StageTransition transition, string recordType, int records, int notStarted, int alreadyEnded, int censored, DateTime asOf)
    {
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        var notes = ImmutableArray.CreateBuilder<string>();
        notes.Add(F($"Each {recordType} is scored as of the moment it entered '{transition.Start}': later events and later dates never count."));
        notes.Add(F($"Of {records} {recordType} records, {notStarted} never entered '{transition.Start}', {alreadyEnded} were in '{transition.End}' before '{transition.Start}', and {censored} are censored (their {transition.Window} had not elapsed by {asOf:yyyy-MM-dd HH:mm} UTC): all left out."));
        return notes.ToImmutable();
    }
}
