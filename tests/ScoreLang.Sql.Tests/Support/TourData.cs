using ScoreLang.Evaluation;
using static ScoreLang.Sql.Tests.Support.Models;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>
/// Records for the tour model that reach every branch: filters on and off, unknown values, month-end event dates,
/// events after the as-of date, windows, counts on both sides of their ranges, companies with several contacts.
/// </summary>
internal static class TourData
{
    public static DateTime AsOf { get; } = Utc(2024, 3, 31, 12);

    public static IReadOnlyList<RecordData> Contacts()
    {
        var acme = Records.Company("acme").With("name", "O'Brien \\ Sons").With("industry", "finance").With("size", 250.0).With("active", true);
        var tiny = Records.Company("tiny").With("name", "Tiny").With("industry", "retail").With("size", 3.0).With("active", false);
        return
        [
            Records.Contact("c1").With("title", "IT director").With("email", "ceo@example.com").With("age", 30.0).With("stage", "mql")
                .With("vip", true).With("last_open", Utc(2024, 3, 29)).With("created", Utc(2022, 1, 1)).WithCompany(acme)
                .WithEvent("visit", Utc(2024, 1, 31, 12), ("url", "https://x/PRICING"))
                .WithEvent("visit", Utc(2024, 2, 29, 12, 1), ("url", "/blog"))
                .WithEvent("visit", Utc(2024, 3, 30), ("url", null))
                .WithEvent("visit", Utc(2024, 4, 2), ("url", "/pricing"))
                .WithEvent("form", Utc(2024, 3, 1), ("form", "demo REQUEST"))
                .WithEvent("form", Utc(2024, 3, 20), ("form", "Demo request"))
                .WithEvent("email_open", Utc(2024, 3, 1)).WithEvent("email_open", Utc(2024, 3, 2)).WithEvent("email_open", Utc(2024, 3, 3))
                .InList("partners"),
            Records.Contact("c2").With("email", "kim@GMAIL.com").With("stage", "customer").WithCompany(tiny)
                .WithEvent("email_open", Utc(2024, 1, 1)).WithEvent("email_open", Utc(2024, 1, 2)).WithEvent("email_open", Utc(2024, 1, 3))
                .WithEvent("email_open", Utc(2024, 1, 4)).WithEvent("email_open", Utc(2024, 1, 5)).WithEvent("email_open", Utc(2024, 1, 6))
                .WithEvent("visit", Utc(2023, 3, 31, 12)),
            Records.Contact("c3").With("stage", "lead").With("title", "Director"),
            Records.Contact("c4").With("title", "Director").InList("employees").InList("partners"),
            Records.Contact("c5").With("age", 45.0).With("vip", false).With("last_open", Utc(2024, 2, 29)).With("created", Utc(2023, 3, 31, 12))
                .WithEvent("visit", Utc(2024, 3, 1, 12), ("url", "/pricing/x"))
                .WithEvent("visit", Utc(2023, 12, 31, 13)),
        ];
    }

    public static IReadOnlyList<RecordData> Companies()
    {
        var alice = Records.Contact("alice").WithEvent("form", Utc(2024, 3, 30)).WithEvent("visit", Utc(2024, 2, 29, 12));
        var bob = Records.Contact("bob").WithEvent("form", Utc(2024, 3, 1)).WithEvent("visit", Utc(2024, 3, 31, 12));
        var carol = Records.Contact("carol").WithEvent("form", Utc(2024, 3, 1)).WithEvent("form", Utc(2024, 3, 2));
        return
        [
            Records.Company("acme").With("size", 800.0).WithContact(alice).WithContact(bob)
                .WithEvent("call", Utc(2024, 3, 10), ("minutes", 30.0)).WithEvent("call", Utc(2024, 3, 11), ("minutes", 5.0)),
            Records.Company("globex").With("size", 20.0).InList("key_accounts").WithContact(carol),
            Records.Company("alice").With("size", null),
        ];
    }
}
