using System.Globalization;
using ScoreLang.Semantics;

namespace ScoreLang.Compiler.Generation;

/// <summary>
/// The property rules of one score whose condition reads nothing but the record associated with the scored record
/// (<c>when company.num_employees >= 500</c>, S3), decided once per associated record instead of once per scored record
/// (issue 5). For each association, a static method of the generated class evaluates those conditions, generated
/// exactly as the score method would generate them, for every row of the associated batch and for "no associated
/// record" (row -1), and packs them into one bit each; <see cref="ScoreLang.Runtime.RecordBatch.Table{TTable}"/> keeps
/// the table per batch. A scored record then reads one small table entry instead of one column per condition (random
/// reads into the associated batch's columns that miss the cache once there are many associated records). Points are
/// still added in declaration order, so totals are bit for bit what per-record conditions give.
/// </summary>
internal sealed class AssociatedRuleTables
{
    private const int MaxBits = 64;

    private readonly List<Table> _tables = [];
    private readonly Dictionary<BoundPropertyRule, (Table Table, int Bit)> _bits = new(ReferenceEqualityComparer.Instance);

    private AssociatedRuleTables()
    {
    }

    /// <summary>Plans the tables of <paramref name="score"/>'s rules: which rules, which bit, and each table method's code.</summary>
    public static AssociatedRuleTables Plan(SchemaModel schema, RecordTypeSymbol recordType, ScoreSymbol score, ClassData data, string methodName)
    {
        var plan = new AssociatedRuleTables();
        var rules = score.Groups.SelectMany(g => g.Rules).OfType<BoundPropertyRule>();
        foreach (var byAssociation in rules.GroupBy(r => AssociationRead(r.Condition), StringComparer.Ordinal))
        {
            if (byAssociation.Key is not { } associationName
                || recordType.FindProperty(associationName) is not { Type.Kind: DataKind.Association } association
                || !schema.Records.TryGetValue(association.Type.TargetRecordType!, out var target))
            {
                continue;
            }

            var table = new Table(
                CSharpText.Identifier(methodName + "Associated", plan._tables.Count, association.Name),
                association,
                target,
                new MethodLocals(data));
            table.Locals.GivenAssociatedBatch(target.Name, "batch", association, "row");
            var generator = new ExpressionGenerator(schema, recordType, table.Locals, data);
            foreach (var rule in byAssociation)
            {
                var condition = generator.Condition(rule.Condition, null);
                if (condition is "true" or "false" || table.Conditions.Count == MaxBits)
                {
                    continue; // a constant needs no table; beyond 64 conditions the rest stay per record
                }

                plan._bits.Add(rule, (table, table.Conditions.Count));
                table.Conditions.Add((condition, rule));
            }

            if (table.Conditions.Count > 0)
            {
                plan._tables.Add(table);
            }
        }

        return plan;
    }

    /// <summary>The C# test of <paramref name="rule"/>'s bit for the scored record <c>r</c>, or null when the rule has no table.</summary>
    public string? Condition(BoundPropertyRule rule, MethodLocals locals)
    {
        if (!_bits.TryGetValue(rule, out var entry))
        {
            return null;
        }

        var table = entry.Table;
        var row = locals.AssociatedRow(table.ScoredRecordType, table.Association);
        var bits = locals.AssociatedBits(locals.RecordBatch(table.Target.Name), table.Field, table.ElementType, row);
        return $"(({bits} & {table.Mask(entry.Bit)}) != 0)";
    }

    /// <summary>Each table's delegate field and method, after the score method.</summary>
    public void Write(CodeWriter writer)
    {
        foreach (var table in _tables)
        {
            table.Write(writer);
        }
    }

    /// <summary>The association all of a condition's reads go through, or null (a read of the scored record, a list, a date ...).</summary>
    private static string? AssociationRead(BoundExpression condition)
    {
        if (!TextColumnCondition.IsPure(condition))
        {
            return null;
        }

        string? association = null;
        foreach (var read in TextColumnCondition.Columns(condition))
        {
            if (read is not BoundPropertyAccess { Association: { } through }
                || (association is not null && !string.Equals(association, through.Name, StringComparison.Ordinal)))
            {
                return null;
            }

            association = through.Name;
        }

        return association;
    }

    private sealed record Table(string Method, PropertySymbol Association, RecordTypeSymbol Target, MethodLocals Locals)
    {
        public List<(string Condition, BoundPropertyRule Rule)> Conditions { get; } = [];

        public string ScoredRecordType => Association.OwnerName;

        public string Field => Method + "Table";

        public string ElementType => Conditions.Count switch
        {
            <= 8 => "byte",
            <= 16 => "ushort",
            <= 32 => "uint",
            _ => "ulong",
        };

        private string Accumulator => Conditions.Count <= 32 ? "uint" : "ulong";

        public string Mask(int bit) => Conditions.Count <= 32
            ? (1u << bit).ToString(CultureInfo.InvariantCulture) + "u"
            : (1ul << bit).ToString(CultureInfo.InvariantCulture) + "ul";

        public void Write(CodeWriter writer)
        {
            var count = Conditions.Count.ToString(CultureInfo.InvariantCulture);
            writer.Line();
            writer.Line($"// {count} rule condition(s) on the associated {CSharpText.Comment(Target.Name)} ({CSharpText.Comment(Association.OwnerName + "." + Association.Name)}), decided once per {CSharpText.Comment(Target.Name)} (issue 5):");
            writer.Line("// bit k of table[row + 1] is condition k for that row; table[0] is for a record without one.");
            writer.Line($"private static readonly Func<RecordBatch, {ElementType}[]> {Field} = {Method};");
            writer.Line();
            writer.Open($"private static {ElementType}[] {Method}(RecordBatch batch)");
            foreach (var line in Locals.Prologue)
            {
                writer.Line(line);
            }

            writer.Line($"{ElementType}[] table = new {ElementType}[batch.Count + 1];");
            writer.Open("for (int row = -1; row < batch.Count; row++)");
            writer.Line($"{Accumulator} bits = 0;");
            for (var k = 0; k < Conditions.Count; k++)
            {
                var (condition, rule) = Conditions[k];
                writer.Line($"// {SourceComments.Where(rule.Location)}: {SourceComments.RuleText(rule.Text)}");
                writer.Line($"if ({Syntax.Unwrap(condition)}) bits |= {Mask(k)};");
            }

            writer.Line($"table[row + 1] = ({ElementType})bits;");
            writer.Close();
            writer.Line("return table;");
            writer.Close();
        }
    }
}
