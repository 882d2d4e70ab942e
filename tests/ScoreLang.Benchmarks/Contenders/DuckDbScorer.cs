using System.Globalization;
using DuckDB.NET.Data;
using ScoreLang.Benchmarks.Workload;
using ScoreLang.Runtime;
using ScoreLang.Runtime.Output;

namespace ScoreLang.Benchmarks.Contenders;

/// <summary>
/// DuckDB in process with the hand-written SQL of Model/benchmark.sql. Before timing, the same data is loaded through
/// the appender into three tables (contacts, companies, one events table with a type code); a timed run executes the
/// query (DuckDB uses every core) and reads its rows back into the output. DuckDB sums continuous decay factors in an
/// order of its choosing, so its values are compared within a tolerance, its tiers exactly.
/// </summary>
internal sealed class DuckDbScorer : IScorer, IDisposable
{
    private static readonly string[] EventTypes =
        ["page_viewed", "email_opened", "email_clicked", "form_submitted", "meeting_booked", "meeting_completed"];

    private readonly DuckDBConnection _connection;
    private readonly string _sql;

    public DuckDbScorer(ScoringData data, DateTime asOf)
    {
        _sql = BenchmarkModel.ReadResource("benchmark.sql")
            .Replace("{asOf}", "TIMESTAMP '" + asOf.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "'", StringComparison.Ordinal);
        _connection = new DuckDBConnection("Data Source=:memory:");
        _connection.Open();
        Execute("""
            CREATE TABLE contacts (r INTEGER, employee BOOLEAN, competitor BOOLEAN, stage TINYINT, job_title VARCHAR,
                                   unsubscribed BOOLEAN, budget DOUBLE, company INTEGER);
            CREATE TABLE companies (r INTEGER, industry TINYINT, num_employees DOUBLE, country VARCHAR);
            CREATE TABLE events (contact INTEGER, type TINYINT, ts TIMESTAMP, txt VARCHAR, code TINYINT);
            """);
        Load(new BenchmarkColumns(data));
    }

    public string Name => "DuckDB (hand-written SQL)";

    /// <summary>Far below the smallest difference of points (whole numbers and halves) and of tier bounds.</summary>
    public double Tolerance => 1e-9;

    public IReadOnlyList<int>? Rows => null;

    public void Score(ScoringOutput output)
    {
        var engagement = output[BenchmarkModel.Engagement];
        var fit = output[BenchmarkModel.Fit];
        using var command = _connection.CreateCommand();
        command.CommandText = _sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var r = reader.GetInt32(0);
            Write(engagement, r, reader.GetBoolean(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetInt32(5));
            Write(fit, r, reader.GetBoolean(6), reader.GetDouble(7), reader.GetDouble(8), reader.GetDouble(9), reader.GetInt32(10));
        }
    }

    public void Dispose() => _connection.Dispose();

    private static void Write(ScoreColumns output, int row, bool scored, double group0, double group1, double total, int tier)
    {
        output.Scored[row] = scored;
        output.Values[row] = scored ? total : 0;
        output.Groups[0][row] = scored ? group0 : 0;
        output.Groups[1][row] = scored ? group1 : 0;
        output.Tiers[row] = scored ? tier : -1;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private void Load(BenchmarkColumns c)
    {
        var data = c.Data;
        using (var contacts = _connection.CreateAppender("contacts"))
        {
            var unsubscribedKnown = data.RecordsOf("contact").Column("unsubscribed").Known.Words;
            for (var r = 0; r < c.Count; r++)
            {
                var row = contacts.CreateRow()
                    .AppendValue(r)
                    .AppendValue(Has(c.Employees, r))
                    .AppendValue(Has(c.Competitors, r))
                    .AppendValue(c.Stage[r] >= 0 ? (sbyte?)c.Stage[r] : null)
                    .AppendValue(c.JobTitle[r])
                    .AppendValue(Has(unsubscribedKnown, r) ? c.Unsubscribed[r] : (bool?)null)
                    .AppendValue(Has(c.BudgetKnown, r) ? c.Budget[r] : (double?)null)
                    .AppendValue(c.Company[r] >= 0 ? c.Company[r] : (int?)null);
                row.EndRow();
            }
        }

        using (var companies = _connection.CreateAppender("companies"))
        {
            for (var r = 0; r < c.Industry.Length; r++)
            {
                var row = companies.CreateRow()
                    .AppendValue(r)
                    .AppendValue(c.Industry[r] >= 0 ? (sbyte?)c.Industry[r] : null)
                    .AppendValue(Has(c.EmployeesKnown, r) ? c.CompanyEmployees[r] : (double?)null)
                    .AppendValue(c.CompanyCountry[r]);
                row.EndRow();
            }
        }

        using var events = _connection.CreateAppender("events");
        for (var type = 0; type < EventTypes.Length; type++)
        {
            var table = data.EventsOf(EventTypes[type]);
            var text = table.Attributes.Length > 0 ? table.Strings(0).Values : null;
            var codes = table.Attributes.Length > 1 ? table.Enums(1).Codes : null;
            for (var r = 0; r < c.Count; r++)
            {
                for (var e = table.Offsets[r]; e < table.Offsets[r + 1]; e++)
                {
                    var row = events.CreateRow()
                        .AppendValue(r)
                        .AppendValue((sbyte?)type)
                        .AppendValue((DateTime?)new DateTime(table.Ticks[e], DateTimeKind.Unspecified))
                        .AppendValue(text?[e])
                        .AppendValue(codes is not null && codes[e] >= 0 ? (sbyte?)codes[e] : null);
                    row.EndRow();
                }
            }
        }
    }

    private static bool Has(ulong[] words, int index) => (words[index >> 6] & (1UL << index)) != 0;
}
