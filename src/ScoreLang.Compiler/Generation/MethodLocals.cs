using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// The locals of one generated score method, declared on first use: columns read once per range of records (arrays
/// from the batches, never looked up per record), values that depend only on the evaluation date (window starts,
/// relative-date boundaries, decay schedules), and per-record association rows. Declarations come out in first-use
/// order, so the generated code is deterministic.
/// </summary>
internal sealed class MethodLocals
{
    private readonly ClassData _data;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly List<string> _prologue = [];
    private readonly List<string> _perRecord = [];
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);

    public MethodLocals(ClassData data) => _data = data;

    public IReadOnlyList<string> Prologue => _prologue;

    public IReadOnlyList<string> PerRecord => _perRecord;

    /// <summary>The scored record batch, <c>rec</c>.</summary>
    public string Records(string recordType) => Declare("rec", "rec", $"RecordBatch rec = data.RecordsOf({_data.String(recordType)});");

    public string RecordBatch(string recordType) =>
        Declare("batch:" + recordType, "batch", name => $"RecordBatch {name} = data.RecordsOf({_data.String(recordType)});");

    /// <summary>The values array of a property column of <paramref name="batch"/> (a batch local).</summary>
    public string Values(string batch, PropertySymbol property)
    {
        var (accessor, type) = property.Type.Kind switch
        {
            DataKind.Number => ("Numbers", "double[]"),
            DataKind.Bool => ("Bools", "bool[]"),
            DataKind.Date or DataKind.DateTime => ("Ticks", "long[]"),
            DataKind.String => ("Strings", "string[]"),
            DataKind.Enum => ("Enums", "int[]"),
            _ => ("Associations", "int[]"),
        };
        var member = property.Type.Kind is DataKind.Enum ? "Codes" : property.Type.Kind is DataKind.Association ? "Rows" : "Values";
        var ordinal = Int(property.Ordinal);
        return DeclareNamed($"values:{batch}:{ordinal}", $"{batch}P{ordinal}", name => $"{type} {name} = {batch}.{accessor}({ordinal}).{member}; // {CSharpText.Comment(property.OwnerName + "." + property.Name)}");
    }

    /// <summary>The known bitmap words of a property column of <paramref name="batch"/>.</summary>
    public string Known(string batch, PropertySymbol property)
    {
        var ordinal = Int(property.Ordinal);
        return DeclareNamed($"known:{batch}:{ordinal}", $"{batch}Known{ordinal}", name => $"ulong[] {name} = {batch}.Columns[{ordinal}].Known.Words;");
    }

    public string EventTable(string eventType) =>
        Declare("events:" + eventType, "ev", name => $"EventTable {name} = data.EventsOf({_data.String(eventType)}); // {CSharpText.Comment(eventType)}");

    public string EventOffsets(string table) => DeclareNamed("offsets:" + table, table + "Offsets", name => $"int[] {name} = {table}.Offsets;");

    public string EventTicks(string table) => DeclareNamed("ticks:" + table, table + "Ticks", name => $"long[] {name} = {table}.Ticks;");

    public string AttributeValues(string table, PropertySymbol attribute)
    {
        var (accessor, type) = attribute.Type.Kind switch
        {
            DataKind.Number => ("Numbers", "double[]"),
            DataKind.Bool => ("Bools", "bool[]"),
            DataKind.Date or DataKind.DateTime => ("TicksOf", "long[]"),
            DataKind.String => ("Strings", "string[]"),
            _ => ("Enums", "int[]"),
        };
        var member = attribute.Type.Kind is DataKind.Enum ? "Codes" : "Values";
        var ordinal = Int(attribute.Ordinal);
        return DeclareNamed($"attr:{table}:{ordinal}", $"{table}A{ordinal}", name => $"{type} {name} = {table}.{accessor}({ordinal}).{member}; // {CSharpText.Comment(attribute.OwnerName + "." + attribute.Name)}");
    }

    public string AttributeKnown(string table, PropertySymbol attribute)
    {
        var ordinal = Int(attribute.Ordinal);
        return DeclareNamed($"attrknown:{table}:{ordinal}", $"{table}Known{ordinal}", name => $"ulong[] {name} = {table}.Attributes[{ordinal}].Known.Words;");
    }

    /// <summary>The reverse index offsets and rows of an association of another batch pointing at the scored records (S2).</summary>
    public (string Offsets, string Rows) Reverse(string batch, PropertySymbol association)
    {
        var ordinal = Int(association.Ordinal);
        var offsets = DeclareNamed($"revo:{batch}:{ordinal}", $"{batch}Reverse{ordinal}Offsets", name => $"int[] {name} = {batch}.Associations({ordinal}).Reverse.Offsets;");
        var rows = DeclareNamed($"revr:{batch}:{ordinal}", $"{batch}Reverse{ordinal}Rows", name => $"int[] {name} = {batch}.Associations({ordinal}).Reverse.Rows;");
        return (offsets, rows);
    }

    /// <summary>The row of the record associated with the scored record (-1 none), read once per record.</summary>
    public string AssociatedRow(string recordType, PropertySymbol association)
    {
        var key = "assocrow:" + association.Name;
        if (!_names.TryGetValue(key, out var name))
        {
            var rows = Values(Records(recordType), association);
            name = NewName("associated");
            _names.Add(key, name);
            _perRecord.Add($"int {name} = {rows}[r]; // {CSharpText.Comment(association.Name)}");
        }

        return name;
    }

    /// <summary>
    /// Makes <paramref name="batch"/> the local of <paramref name="recordType"/>'s batch and <paramref name="row"/> the
    /// row reached through <paramref name="association"/>, both given by the method rather than declared: a method
    /// over the associated batch itself (<see cref="AssociatedRuleTables"/>).
    /// </summary>
    public void GivenAssociatedBatch(string recordType, string batch, PropertySymbol association, string row)
    {
        _names.Add("batch:" + recordType, batch);
        _names.Add("assocrow:" + association.Name, row);
    }

    /// <summary>The table of an associated batch's rule conditions (<see cref="AssociatedRuleTables"/>) and its bits for the record's row.</summary>
    public string AssociatedBits(string batch, string tableField, string elementType, string row)
    {
        var table = Declare("assoctable:" + tableField, "assocTable", name => $"{elementType}[] {name} = {batch}.Table({tableField});");
        var key = "assocbits:" + tableField;
        if (!_names.TryGetValue(key, out var bits))
        {
            bits = NewName("assocBits");
            _names.Add(key, bits);
            _perRecord.Add($"{elementType} {bits} = {table}[{row} + 1];");
        }

        return bits;
    }

    public string StaticList(string recordsLocal, string listName) =>
        Declare("list:" + listName, "list", name => $"ulong[] {name} = {recordsLocal}.List({_data.String(listName)}).Words; // list {CSharpText.Comment(listName)}");

    /// <summary>The evaluation date moved back by a duration: a window start or a relative-date boundary.</summary>
    public string ShiftedBack(Duration duration) =>
        Declare(
            $"shift:{duration.Amount}:{duration.Unit}",
            "asOfMinus",
            name => $"long {name} = Rt.ShiftBack(asOf, {Int(duration.Amount)}, DurationUnit.{duration.Unit}); // as-of - {CSharpText.Comment(duration.ToString())}");

    public string Decay(DecaySpec decay) =>
        Declare(
            $"decay:{decay.Form}:{decay.Percent.ToString("R", CultureInfo.InvariantCulture)}:{decay.Period.Amount}:{decay.Period.Unit}",
            "decay",
            name => $"Decay {name} = new Decay(DecayForm.{decay.Form}, {CSharpText.Double(decay.Percent)}, {Int(decay.Period.Amount)}, DurationUnit.{decay.Period.Unit}, asOf);");

    /// <summary>
    /// A table of <paramref name="condition"/> (a C# bool expression over the value <c>v</c>) per distinct value of a
    /// text column, and the column's per-row codes into it; both null when the column is not dictionary encoded.
    /// </summary>
    public (string Table, string Codes) MatchTable(TextColumn column, string condition)
    {
        var codes = DeclareNamed($"codes:{column.Column}", column.Values + "Codes", name => $"int[] {name} = {column.Column}.Codes;");
        var table = Declare(
            $"match:{column.Column}:{condition}",
            "match",
            name => $"bool[] {name} = {column.Column}.MatchTable(static v => {condition});");
        return (table, codes);
    }

    /// <summary>Scratch buffers to merge a company's contacts' occurrences in time order (S2), allocated once per range.</summary>
    public (string Ticks, string Values) MergeBuffers()
    {
        DeclareNamed("merge:t", "mergeTicks", name => $"long[] {name} = new long[16];");
        DeclareNamed("merge:v", "mergeValues", name => $"double[] {name} = new double[16];");
        Declare("merge:n", "mergeCount", "int mergeCount = 0;");
        return (_names["merge:t"], _names["merge:v"]);
    }

    /// <summary>A fresh local name for the per-record body.</summary>
    public string NewName(string prefix)
    {
        _counters.TryGetValue(prefix, out var next);
        _counters[prefix] = next + 1;
        return prefix + next.ToString(CultureInfo.InvariantCulture);
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string Declare(string key, string prefix, Func<string, string> declaration)
    {
        if (!_names.TryGetValue(key, out var name))
        {
            name = NewName(prefix);
            _names.Add(key, name);
            _prologue.Add(declaration(name));
        }

        return name;
    }

    private string DeclareNamed(string key, string name, Func<string, string> declaration)
    {
        if (_names.TryAdd(key, name))
        {
            _prologue.Add(declaration(name));
        }

        return name;
    }

    private string Declare(string key, string name, string declaration)
    {
        if (_names.TryAdd(key, name))
        {
            _prologue.Add(declaration);
        }

        return name;
    }
}
