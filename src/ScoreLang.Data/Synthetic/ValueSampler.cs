using ScoreLang.Semantics;

namespace ScoreLang.Data.Synthetic;

/// <summary>
/// Plausible values for a property or attribute, chosen from its type and, for text, from its name (an
/// <c>email</c> looks like an address, a <c>url</c> like a page of a website), so generated data exercises the
/// sample rules instead of never matching them. Deterministic for a given <see cref="Random"/> seed.
/// </summary>
internal sealed class ValueSampler(Random random, DateTime start, DateTime end)
{
    private static readonly string[] JobTitles =
        ["Marketing Director", "Head of Sales", "VP Engineering", "CTO", "Student", "Buyer", "Analyst", "IT Director", "Consultant", "Office Manager"];

    private static readonly string[] Countries = ["NL", "BE", "FR", "DE", "US", "GB", "ES", "BR", "IN"];

    private static readonly string[] Urls =
        ["/", "/pricing", "/blog/lead-scoring-101", "/blog/decay", "/product", "/docs", "/careers", "/pricing/enterprise", "/contact"];

    private static readonly string[] Forms = ["Demo request", "Newsletter", "White paper", "Contact us", "Webinar"];

    private static readonly string[] Domains = ["example.com", "acme.io", "gmail.com", "contoso.nl", "outlook.com"];

    /// <summary>A value, or null (unknown) for about one value in twelve.</summary>
    public object? Sample(PropertySymbol property, int rowIndex)
    {
        if (random.Next(12) == 0)
        {
            return null;
        }

        var name = property.Name.ToLowerInvariant();
        return property.Type.Kind switch
        {
            DataKind.Number => SampleNumber(name),
            DataKind.Bool => random.Next(5) == 0,
            DataKind.Date => Date().Date,
            DataKind.DateTime => Date(),
            DataKind.Enum => property.Type.EnumMembers[Skewed(property.Type.EnumMembers.Length)],
            DataKind.String => SampleText(name, rowIndex),
            _ => null,
        };
    }

    public DateTime Date() => start.AddSeconds(random.NextDouble() * (end - start).TotalSeconds);

    /// <summary>An index below <paramref name="count"/> where small indexes are more likely (a few common values, a long tail).</summary>
    public int Skewed(int count) => Math.Min(count - 1, (int)(count * Math.Pow(random.NextDouble(), 1.6)));

    private double SampleNumber(string name)
    {
        if (name.Contains("employee", StringComparison.Ordinal))
        {
            return Math.Round(Math.Exp(random.NextDouble() * 9));
        }

        if (name.Contains("revenue", StringComparison.Ordinal))
        {
            return Math.Round(Math.Exp(10 + (random.NextDouble() * 9)));
        }

        return random.Next(0, 100);
    }

    private string SampleText(string name, int rowIndex)
    {
        if (name.Contains("email", StringComparison.Ordinal))
        {
            return $"user{rowIndex}@{Domains[random.Next(Domains.Length)]}";
        }

        if (name.Contains("title", StringComparison.Ordinal))
        {
            return JobTitles[Skewed(JobTitles.Length)];
        }

        if (name.Contains("country", StringComparison.Ordinal))
        {
            return Countries[Skewed(Countries.Length)];
        }

        if (name.Contains("url", StringComparison.Ordinal) || name.Contains("page", StringComparison.Ordinal))
        {
            return "https://example.com" + Urls[Skewed(Urls.Length)];
        }

        if (name.Contains("form", StringComparison.Ordinal))
        {
            return Forms[Skewed(Forms.Length)];
        }

        if (name.Contains("phone", StringComparison.Ordinal))
        {
            return $"+31 6 {random.Next(10_000_000, 99_999_999)}";
        }

        return $"{name}-{random.Next(1, 20)}";
    }
}
