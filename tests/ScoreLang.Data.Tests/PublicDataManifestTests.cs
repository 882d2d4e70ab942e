using ScoreLang.Runtime.Building;
using ScoreLang.Semantics;
using Xunit;
using ValueType = ScoreLang.Semantics.ValueType;

namespace ScoreLang.Data.Tests;

/// <summary>
/// A manifest maps a real public export (the X Education leads, ../shared/data, never copied into the repository) into a
/// small schema. The expected counts were computed independently from the file with Python's csv module and agree with
/// its SOURCE.md (9240 rows, 137 blank TotalVisits, 1942 "Select" specializations).
/// </summary>
public class PublicDataManifestTests
{
    private static readonly RecordTypeSymbol Lead = TestSchema.Record(
        "contact",
        ("lead_origin", ValueType.EnumOf(["api", "landing_page_submission", "lead_add_form", "lead_import", "quick_add_form"])),
        ("lead_source", ValueType.EnumOf(["google", "direct_traffic", "olark_chat", "organic_search", "reference"])),
        ("do_not_email", ValueType.Bool),
        ("converted", ValueType.Bool),
        ("total_visits", ValueType.Number),
        ("time_on_site", ValueType.Number),
        ("specialization", ValueType.String),
        ("occupation", ValueType.EnumOf(["unemployed", "working_professional", "student", "other", "housewife", "businessman"])));

    [Fact]
    public void XEducationLeads_LoadThroughAManifest_WithTheExpectedCountsAndIssues()
    {
        var leads = SharedData.Find("x-education-lead-scoring/Leads.csv");
        using var folder = new TempFolder();
        var manifest = folder.Write("leads.json", $$"""
            {
              // Paths are relative to the manifest; this one is absolute because the data lives outside the repository.
              "records": {
                "contact": {
                  "file": {{System.Text.Json.JsonSerializer.Serialize(leads)}},
                  "id": "Prospect ID",
                  "columns": {
                    "lead_origin": "Lead Origin", "lead_source": "Lead Source", "do_not_email": "Do Not Email",
                    "converted": "Converted", "total_visits": "TotalVisits", "time_on_site": "Total Time Spent on Website",
                    "specialization": "Specialization", "occupation": "What is your current occupation"
                  },
                  "values": {
                    "lead_origin": { "Landing Page Submission": "landing_page_submission", "Lead Add Form": "lead_add_form",
                                     "Lead Import": "lead_import", "Quick Add Form": "quick_add_form" },
                    "lead_source": { "Direct Traffic": "direct_traffic", "Olark Chat": "olark_chat", "Organic Search": "organic_search" },
                    "specialization": { "Select": null },
                    "occupation": { "Working Professional": "working_professional" }
                  }
                }
              }
            }
            """);

        var result = DataSetLoader.Load(TestSchema.With(Lead), DataSource.Manifest(manifest), new LoadOptions { MaxErrors = 1000 });
        var contacts = result.Data.RecordsOf("contact");

        Assert.Equal(9240, contacts.Count);
        Assert.Equal("7927b2df-8bba-4d29-b9a2-b6e0beafe620", contacts.Ids[0]);
        Assert.Equal([3580, 4886, 718, 55, 1], Histogram(contacts.Enums(0).Codes, 5));
        Assert.Equal([2873, 2543, 1755, 1154, 534], Histogram(contacts.Enums(1).Codes, 5)); // "Google" 2868 and "google" 5
        Assert.Equal(734, contacts.Bools(2).Values.Count(v => v));
        Assert.Equal(3561, contacts.Bools(3).Values.Count(v => v));
        Assert.Equal(9240 - 137, contacts.Numbers(4).Known.CountSet());
        Assert.Equal(9240, contacts.Numbers(5).Known.CountSet());
        Assert.Equal(9240 - 1942 - 1438, contacts.Strings(6).Known.CountSet());
        Assert.Equal([5600, 706, 210, 16, 10, 8], Histogram(contacts.Enums(7).Codes, 6));

        // Lead sources outside the enum (Welingak Website 142, Referral Sites 125, Facebook 55, bing 6 ...) are reported, not dropped.
        Assert.Equal(345, result.CountOf(DataIssueKind.UnknownEnumMember));
        Assert.Equal(345, result.IssueCount);
        Assert.Equal(345, result.BadRowCount);
        Assert.Equal(0, result.SkippedRowCount);
        var first = result.Issues[0];
        Assert.Equal(new DataLocation(leads, 19, "Lead Source"), first.Location); // the first row whose source is not a member
        Assert.Contains("is not a member of enum { google, direct_traffic", first.Message, StringComparison.Ordinal);
    }

    private static int[] Histogram(int[] codes, int members)
    {
        var counts = new int[members];
        foreach (var code in codes)
        {
            if (code >= 0)
            {
                counts[code]++;
            }
        }

        return counts;
    }
}
