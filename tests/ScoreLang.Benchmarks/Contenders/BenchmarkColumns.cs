using ScoreLang.Runtime;

namespace ScoreLang.Benchmarks.Contenders;

/// <summary>
/// The arrays of the benchmark data set the hand-written contenders read, looked up by name once: contact properties,
/// list bitmaps, the contact's company's properties, and each event type's offsets, times and attributes.
/// </summary>
internal sealed class BenchmarkColumns
{
    public const int Opportunity = 4;
    public const int Customer = 5;
    public const int Software = 0;
    public const int Finance = 2;
    public const int Bofu = 2;

    public BenchmarkColumns(ScoringData data)
    {
        Data = data;
        var contacts = data.RecordsOf("contact");
        var companies = data.RecordsOf("company");
        Count = contacts.Count;
        Stage = contacts.Enums(Ordinal(contacts, "lifecycle_stage")).Codes;
        JobTitle = contacts.Strings(Ordinal(contacts, "job_title")).Values;
        Unsubscribed = contacts.Bools(Ordinal(contacts, "unsubscribed")).Values;
        var budget = contacts.Numbers(Ordinal(contacts, "budget"));
        Budget = budget.Values;
        BudgetKnown = budget.Known.Words;
        Company = contacts.Associations(Ordinal(contacts, "company")).Rows;
        Employees = contacts.List("employees").Words;
        Competitors = contacts.List("competitors").Words;
        var employees = companies.Numbers(Ordinal(companies, "num_employees"));
        CompanyEmployees = employees.Values;
        EmployeesKnown = employees.Known.Words;
        Industry = companies.Enums(Ordinal(companies, "industry")).Codes;
        CompanyCountry = companies.Strings(Ordinal(companies, "country")).Values;

        var booked = data.EventsOf("meeting_booked");
        (BookedOffsets, BookedTicks) = (booked.Offsets, booked.Ticks);
        var completed = data.EventsOf("meeting_completed");
        (CompletedOffsets, CompletedTicks) = (completed.Offsets, completed.Ticks);
        var opened = data.EventsOf("email_opened");
        (OpenedOffsets, OpenedTicks) = (opened.Offsets, opened.Ticks);
        var clicked = data.EventsOf("email_clicked");
        (ClickedOffsets, ClickedTicks, ClickedCampaign) = (clicked.Offsets, clicked.Ticks, clicked.Strings(0).Values);
        var forms = data.EventsOf("form_submitted");
        (FormOffsets, FormTicks, FormName, FormStage) = (forms.Offsets, forms.Ticks, forms.Strings(0).Values, forms.Enums(1).Codes);
        var pages = data.EventsOf("page_viewed");
        (PageOffsets, PageTicks, PageUrl) = (pages.Offsets, pages.Ticks, pages.Strings(0).Values);
    }

    public ScoringData Data { get; }

    public int Count { get; }

    public int[] Stage { get; }

    public string?[] JobTitle { get; }

    public bool[] Unsubscribed { get; }

    public double[] Budget { get; }

    public ulong[] BudgetKnown { get; }

    public int[] Company { get; }

    public ulong[] Employees { get; }

    public ulong[] Competitors { get; }

    public double[] CompanyEmployees { get; }

    public ulong[] EmployeesKnown { get; }

    public int[] Industry { get; }

    public string?[] CompanyCountry { get; }

    public int[] BookedOffsets { get; }

    public long[] BookedTicks { get; }

    public int[] CompletedOffsets { get; }

    public long[] CompletedTicks { get; }

    public int[] OpenedOffsets { get; }

    public long[] OpenedTicks { get; }

    public int[] ClickedOffsets { get; }

    public long[] ClickedTicks { get; }

    public string?[] ClickedCampaign { get; }

    public int[] FormOffsets { get; }

    public long[] FormTicks { get; }

    public string?[] FormName { get; }

    public int[] FormStage { get; }

    public int[] PageOffsets { get; }

    public long[] PageTicks { get; }

    public string?[] PageUrl { get; }

    private static int Ordinal(RecordBatch batch, string property) =>
        batch.RecordType.FindProperty(property)?.Ordinal ?? throw new InvalidOperationException($"{batch.Name}.{property} is missing.");
}
