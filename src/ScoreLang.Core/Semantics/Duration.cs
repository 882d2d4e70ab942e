namespace ScoreLang.Semantics;

public enum DurationUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// A calendar length of time (S19): months and years are calendar months and years, so "1 month" after 31 January
/// is the last day of February (DateTime.AddMonths semantics).
/// </summary>
public sealed record Duration(int Amount, DurationUnit Unit)
{
    /// <summary><paramref name="time"/> moved forward by this duration times <paramref name="times"/> (negative moves back).</summary>
    public DateTime AddTo(DateTime time, int times = 1) => Unit switch
    {
        DurationUnit.Day => time.AddDays((double)Amount * times),
        DurationUnit.Week => time.AddDays(7.0 * Amount * times),
        DurationUnit.Month => time.AddMonths(Amount * times),
        _ => time.AddYears(Amount * times),
    };

    public override string ToString()
    {
        var unit = Unit.ToString().ToLowerInvariant();
        return Amount == 1 ? $"1 {unit}" : $"{Amount} {unit}s";
    }
}
