using CsCheck;
using ScoreLang.Cli.Engines.DirectRead;
using ScoreLang.Data;
using ScoreLang.Runtime;
using ScoreLang.Semantics;
using ScoreLang.Sql.Execution;
using Xunit;

namespace ScoreLang.Cli.Tests.DirectRead;

/// <summary>
/// DuckDB reading the files itself (run --engine duckdb) against ScoreLang's reader, on generated cells that probe every
/// rule of docs/data-format.md: white space (also Unicode's), number shapes, bool spellings in any case, dates and
/// date-times with offsets and fractions, enum members and event types in another case, empty cells, duplicate and
/// unknown ids. Whenever the reader reports a problem, DuckDB must refuse (the run then goes through the reader, which
/// reports it with its line); whenever DuckDB accepts, every stored value must be the reader's.
/// </summary>
public sealed class DirectReadDifferentialTests
{
    private static readonly string[] Pads = ["", "", "", " ", "\t", "\u00A0", "\u3000", "\u2003", "\r"];

    private static readonly Gen<string> Number = Gen.OneOfConst("1", "-2.5", "3.", ".5", "+7", "1e3", "1E+3", "2.5e-3", "0", "-0", "123456789012345678901", "0.1", "1,5", "abc", "1e400", "NaN", "Infinity", "0x10", "1_000", "--1", "١٢");

    private static readonly Gen<string> Bool = Gen.OneOfConst("true", "TRUE", "False", "Yes", "no", "NO", "1", "0", "2", "ja", "t", "yeſ");

    private static readonly Gen<string> Time = Gen.OneOfConst(
        "2024-02-29", "2023-02-29", "2024-1-5", "2024-01-05T10:00:00Z", "2024-01-05 10:00", "2024-01-05T10:00", "0001-01-01",
        "9999-12-31T23:59:59-01:00", "2024-01-05T23:30:00+14:00", "2024-01-05T23:30:00+14:30", "2024-01-05T10:00:00.1234567", "2024-01-05T10:00:00.123",
        "2024-01-05T10:00:00.123456+02:00", "2024-01-05T24:00:00", "2024-01-05T10:00:60", "2024-01-05Z", "0001-01-01T00:30:00+01:00", "2024-06-30T12:00:00-05:30");

    private static readonly Gen<string> Member = Gen.OneOfConst("alpha", "ALPHA", "Alpha", "beta", "Beta", "BETA", "gamma", "GAMMA", "delta", "ålpha");

    private static readonly Gen<string> Text = Gen.OneOfConst("plain", "a,b", "say \"hi\"", "two\nlines", "é", "x y", "NULL");

    private static readonly Gen<string> EventType = Gen.OneOfConst("visit", "VISIT", "Visit", "call", "Call", "CALL", "meeting", "");

    [Fact]
    public void DirectRead_AgreesWithTheReader_OnGeneratedCsvCells() =>
        DataSets().Sample(data => { Check(data, parquet: false); }, iter: 40);

    [Fact]
    public void DirectRead_AgreesWithTheReader_OnGeneratedParquetCells() =>
        DataSets().Sample(data => { Check(data, parquet: true); }, iter: 25);

    [Fact]
    public void DirectRead_ReadsValidCellsItself_InEveryShapeTheReaderAccepts() =>
        ValidDataSets().Sample(data => Assert.True(Check(data, parquet: false, out var refusal), "valid cells must be read by DuckDB itself: " + refusal), iter: 25);

    [Fact]
    public void DirectRead_ReadsCleanCellsItself_WithTheReadersValues()
    {
        string?[][] persons =
        [
            ["p1", " 2.5 ", "YES", "2024-02-29", "2024-01-05T10:00:00.123+02:00", "beta", "  hello  ", "o1"],
            ["p2", "", "no", "2024-03-01T23:30:00-05:00", "2024-01-05 10:00", "GAMMA", "", ""],
            ["p3", "1e3", "0", "", "2024-06-30", "Alpha", "a,b", "o1"],
        ];
        string?[][] events =
        [
            ["p1", "VISIT", "2024-05-01T08:00:00Z", "/pricing", "2", "2024-05-01", "App"],
            ["p2", "Call", "2024-05-02", "ignored: Call has no page", "x", "", "nope"],
        ];
        var data = new DataSet(persons, events, [["vip", "p3"], ["vip", "p3"]]);

        var accepted = Check(data, parquet: false);

        Assert.True(accepted, "clean data must be read by DuckDB itself, not sent back to the reader");
    }

    private static Gen<DataSet> DataSets()
    {
        var id = Gen.OneOfConst("p1", "p2", "p3", " p4 ", "", "p1");
        Gen<string> Padded(Gen<string> cell) =>
            Gen.Select(Gen.OneOfConst(Pads), cell, Gen.OneOfConst(Pads), Gen.Int[0, 4], (before, value, after, empty) => empty == 0 ? string.Empty : before + value + after);
        var values = Gen.Select(Padded(Number), Padded(Bool), Padded(Time), Padded(Time), (n, b, d, t) => (n, b, d, t));
        var texts = Gen.Select(Padded(Member), Padded(Text), Gen.OneOfConst("o1", "", "o9"), (e, s, org) => (e, s, org));
        var person = Gen.Select(id, values, texts, (i, v, x) => new string?[] { i, v.n, v.b, v.d, v.t, x.e, x.s, x.org });
        var head = Gen.Select(Gen.OneOfConst("p1", "p2", "p3", "p9", ""), EventType, Padded(Time), (r, type, time) => (r, type, time));
        var attributes = Gen.Select(Padded(Text), Padded(Number), Padded(Time), Gen.OneOfConst("web", "APP", "tv", ""), (page, weight, at, kind) => (page, weight, at, kind));
        var evt = Gen.Select(head, attributes, (h, a) => new string?[] { h.r, h.type, h.time, a.page, a.weight, a.at, a.kind });
        var list = Gen.Select(Gen.OneOfConst("vip", "VIP", "other"), Gen.OneOfConst("p1", "p2", "p9"), (l, r) => new string?[] { l, r });
        return Gen.Select(person.Array[1, 6], evt.Array[0, 8], list.Array[0, 3], (p, e, l) => new DataSet(p, e, l));
    }

    /// <summary>Cells the reader accepts, in every written shape (padding of any white space, any case): DuckDB must never refuse them.</summary>
    private static Gen<DataSet> ValidDataSets()
    {
        // No carriage return here: DuckDB refuses some cells holding one (a CSV error; the run then falls back, as the test of all cells checks).
        var pads = Pads.Where(p => p != "\r").ToArray();
        Gen<string> Padded(params string[] values) =>
            Gen.Select(Gen.OneOfConst(pads), Gen.OneOfConst(values), Gen.OneOfConst(pads), Gen.Int[0, 5], (before, value, after, empty) => empty == 0 ? string.Empty : before + value + after);
        var numbers = Padded("1", "-2.5", "3.", ".5", "+7", "1e3", "1E+3", "2.5e-3", "0", "0.1", "123456789012345678901");
        var bools = Padded("true", "TRUE", "False", "Yes", "no", "NO", "1", "0");
        var times = Padded("2024-02-29", "2024-01-05T10:00:00Z", "2024-01-05 10:00", "2024-01-05T10:00", "0001-01-01", "2024-01-05T10:00:00.123", "2024-01-05T10:00:00.123456+02:00", "2024-06-30T12:00:00-05:30", "2024-01-05T23:30:00+14:00");
        var members = Padded("alpha", "ALPHA", "Beta", "beta", "gamma", "GAMMA");
        var texts = Padded("plain", "a,b", "say \"hi\"", "two\nlines", "é", "NULL");
        var person = Gen.Select(Gen.Select(numbers, bools, times, times, (n, b, d, t) => (n, b, d, t)), Gen.Select(members, texts, Gen.OneOfConst("o1", ""), (e, x, org) => (e, x, org)), (v, x) => new[] { v.n, v.b, v.d, v.t, x.e, x.x, x.org });
        var evt = Gen.Select(Gen.OneOfConst("visit", "VISIT", "call", "Call"), Gen.Select(Gen.OneOfConst(pads), Gen.OneOfConst("2024-03-01", "2024-03-01T10:00:00+01:00"), (pad, time) => pad + time + pad), texts, numbers, (type, time, page, weight) => new string?[] { "p1", type, time, page, weight, string.Empty, "App" });
        return Gen.Select(person.Array[1, 5], evt.Array[0, 5], (p, e) => new DataSet(
            [.. p.Select((cells, i) => (string?[])["p" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), .. cells])], e, [["vip", "p1"]]));
    }

    /// <summary>True when DuckDB read the data itself (and then agreed with the reader on every value).</summary>
    private static bool Check(DataSet data, bool parquet) => Check(data, parquet, out _);

    private static bool Check(DataSet data, bool parquet, out string? refusal)
    {
        refusal = null;
        using var folder = new TemporaryDirectory();
        var schema = DirectReadData.Bind(folder);
        var dataFolder = Path.Combine(folder.Path, "data");
        Directory.CreateDirectory(dataFolder);
        Write(dataFolder, "org", ["id", "name"], [["o1", "Org one"]], parquet);
        Write(dataFolder, "person", DirectReadData.PersonColumns, data.Persons, parquet);
        Write(dataFolder, "events", DirectReadData.EventColumns, data.Events, parquet);
        Write(dataFolder, "lists", DirectReadData.ListColumns, data.Lists, parquet);

        var loaded = DataSetLoader.Load(schema, DataSource.Folder(dataFolder), new LoadOptions { MaxErrors = int.MaxValue });
        var clean = loaded.IssueCount == 0 && loaded.SkippedRowCount == 0 && loaded.BadRowCount == 0;
        using var engine = DuckDbScoreEngine.Open();
        try
        {
            var (ids, counts) = DuckDbDirectRead.Load(schema, dataFolder, engine);
            Assert.True(clean, "DuckDB accepted data that the reader reports: " + string.Join(" | ", loaded.Issues));
            Assert.Equal(loaded.Data.RecordsOf("person").Ids, ids.RecordsOf("person").Ids);
            Assert.Equal((loaded.RecordCount, loaded.EventCount), (counts.Records, counts.Events));
            Assert.Equal(ReaderRecords(loaded.Data, schema.Records["person"]), TableRows(engine, "SELECT * FROM person ORDER BY rowid"));
            Assert.Equal(ReaderEvents(loaded.Data), TableRows(engine, "SELECT * FROM events").Order(StringComparer.Ordinal));
            return true;
        }
        catch (DirectReadUnavailableException) when (!clean)
        {
            refusal = "the reader reports " + string.Join(" | ", loaded.Issues);
            return false;
        }
        catch (DirectReadUnavailableException e)
        {
            // Refusing clean data is allowed (the reader then gives the same result), but only for what CellSql is unsure of.
            Assert.Contains("ScoreLang's reader", e.Message, StringComparison.Ordinal);
            refusal = e.Message;
            return false;
        }
    }

    private static void Write(string folder, string name, string[] header, IReadOnlyList<string?[]> rows, bool parquet)
    {
        if (parquet)
        {
            DirectReadData.WriteParquetAsync(Path.Combine(folder, name + ".parquet"), header, rows).GetAwaiter().GetResult();
        }
        else
        {
            DirectReadData.WriteCsv(Path.Combine(folder, name + ".csv"), header, rows);
        }
    }

    private static List<string> ReaderRecords(ScoringData data, RecordTypeSymbol recordType)
    {
        var batch = data.RecordsOf(recordType.Name);
        return [.. Enumerable.Range(0, batch.Count).Select(row =>
            string.Join(" | ", [DirectReadData.Show(batch.Ids[row]), .. recordType.Properties.Select(p => DirectReadData.Show(batch.Columns[p.Ordinal].GetValue(row)))]))];
    }

    private static List<string> ReaderEvents(ScoringData data)
    {
        var attributes = new[] { "page", "weight", "at", "kind" };
        var rows = new List<string>();
        foreach (var table in data.Events.Values)
        {
            var batch = data.RecordsOf(table.RecordTypeName);
            for (var row = 0; row < batch.Count; row++)
            {
                var range = table.RangeOf(row);
                for (var i = range.Start.Value; i < range.End.Value; i++)
                {
                    var values = attributes.Select(a => table.EventType.FindAttribute(a) is { } attribute ? table.Attributes[attribute.Ordinal].GetValue(i) : null);
                    rows.Add(string.Join(" | ", [DirectReadData.Show(batch.Ids[row]), DirectReadData.Show(table.Name), DirectReadData.Show(new DateTime(table.Ticks[i], DateTimeKind.Utc)), .. values.Select(DirectReadData.Show)]));
                }
            }
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }

    private static List<string> TableRows(DuckDbScoreEngine engine, string sql)
    {
        using var command = engine.Connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => DirectReadData.Show(reader.GetValue(i)))));
        }

        return rows;
    }

    /// <summary>The cells of one generated data set: persons, events and list rows.</summary>
    public sealed record DataSet(IReadOnlyList<string?[]> Persons, IReadOnlyList<string?[]> Events, IReadOnlyList<string?[]> Lists);
}
