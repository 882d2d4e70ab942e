namespace ScoreLang.Benchmarks.Contenders.Rules;

// The input objects of the RulesEngine workflow: what a .NET team would hand to a rules engine, one object per contact
// with its properties, its company's properties and its events. Public: the rules engine's expression language binds
// to public members only.

/// <summary>An event with an attribute value (text) or an enum attribute (code).</summary>
public sealed record RuleEvent(long Ticks, string? Text, int Code);

/// <summary>One contact.</summary>
public sealed class RuleContact
{
    public bool Employee { get; init; }

    public bool Competitor { get; init; }

    public int Stage { get; init; }

    public string? JobTitle { get; init; }

    public bool Unsubscribed { get; init; }

    public bool HasBudget { get; init; }

    public double Budget { get; init; }

    public bool HasEmployees { get; init; }

    public double Employees { get; init; }

    public int Industry { get; init; }

    public string? CompanyCountry { get; init; }

    public long[] MeetingBooked { get; init; } = [];

    public long[] MeetingCompleted { get; init; } = [];

    public long[] EmailOpened { get; init; } = [];

    public RuleEvent[] EmailClicked { get; init; } = [];

    public RuleEvent[] FormSubmitted { get; init; } = [];

    public RuleEvent[] PageViewed { get; init; } = [];
}

/// <summary>The evaluation date and its decay schedules (built once per run).</summary>
public sealed class RuleContext
{
    public long AsOf { get; init; }

    public required HandDecay Monthly { get; init; }

    public required HandDecay Quarterly { get; init; }

    public required HandDecay MeetingDecay { get; init; }

    public required HandDecay FormDecay { get; init; }
}

/// <summary>Text tests as the language defines them: ordinal, ignoring case, false on an unknown value.</summary>
public static class RuleText
{
    public static bool Contains(string? value, string part) => value?.Contains(part, StringComparison.OrdinalIgnoreCase) == true;

    public static bool StartsWith(string? value, string part) => value?.StartsWith(part, StringComparison.OrdinalIgnoreCase) == true;

    public static bool IsText(string? value, string other) => value is not null && value.Equals(other, StringComparison.OrdinalIgnoreCase);
}
