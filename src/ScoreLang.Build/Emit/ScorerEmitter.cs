using System.Collections.Immutable;
using ScoreLang.Compiler.Generation;
using ScoreLang.Runtime.Output;
using ScoreLang.Semantics;

namespace ScoreLang.Build.Emit;

/// <summary>Where a score's compiled method is (written by the compiler's generator) and which program it belongs to.</summary>
internal sealed record ScorerTarget(ScoreSymbol Score, int ProgramIndex, string KernelType, string KernelMethod, string SourceFile);

/// <summary>
/// Writes the typed API of one score: <c>XxxScorer</c> with <c>Evaluate</c> for typed records (one or many) and batch
/// entry points over the runtime's columnar <c>ScoringData</c>, <c>XxxResult</c> (score, group subtotals, tier; the
/// parts of a combined score), <c>XxxGroups</c> and the <c>XxxTier</c> enum. Every path runs the compiled method.
/// </summary>
internal static class ScorerEmitter
{
    private static readonly string[] RecordMembers = ["EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "PrintMembers"];

    public static void Write(SourceWriter writer, ScorerTarget target, InputModel inputs, string visibility)
    {
        var score = target.Score;
        var record = inputs.Record(score.RecordTypeName);
        var baseName = CSharpNames.Pascal(score.Name, "Score");
        var scorer = inputs.Types.Claim(baseName + "Scorer");
        var result = inputs.Types.Claim(baseName + "Result");
        var groups = inputs.Types.Claim(baseName + "Groups");
        var labels = TierLabels.For(score);
        var tier = labels.IsEmpty ? null : inputs.Types.Claim(baseName + "Tier");
        var groupScope = new NameScope([groups, .. RecordMembers]);
        var groupNames = score.Groups.Select(g => groupScope.Claim(CSharpNames.Pascal(g.Name, "Group"))).ToImmutableArray();
        var combined = score.Kind == ScoreKind.Combined;

        WriteScorer(writer, target, record, scorer, result, groups, tier, combined, visibility);
        writer.Line();
        var title = score.Title is null ? string.Empty : $" ({score.Title})";
        writer.Summary($"The value of {score.Name}{title} for one {score.RecordTypeName}. A record that is not scored (S20) has IsScored false and every value null: empty, not 0.");
        var parts = combined ? ", double? Engagement, double? Fit" : string.Empty;
        var tierParameter = tier is null ? string.Empty : $", {tier}? Tier";
        writer.Line($"{visibility} sealed partial record {result}(string RecordId, bool IsScored, double? Score{tierParameter}, string? TierLabel, {groups}? Groups{parts});");
        writer.Line();
        writer.Summary($"The value of each group of {score.Name} after its limit and floor (S13, S16).");
        var groupParameters = string.Join(", ", groupNames.Select(g => "double " + g));
        writer.Line($"{visibility} sealed partial record {groups}({groupParameters});");
        if (tier is not null)
        {
            writer.Line();
            writer.Summary($"The tiers of {score.Name} (S23, S24), in the order of its thresholds.");
            writer.Open($"{visibility} enum {tier}");
            var memberScope = new NameScope();
            for (var i = 0; i < labels.Length; i++)
            {
                writer.Summary(labels[i]);
                writer.Line($"{memberScope.Claim(CSharpNames.Pascal(labels[i], "Tier"))} = {CSharpText.Int(i)},");
            }

            writer.Close();
        }
    }

    private static void WriteScorer(
        SourceWriter writer, ScorerTarget target, InputRecord record, string scorer, string result, string groups, string? tier, bool combined, string visibility)
    {
        var score = target.Score;
        var line = score.Location is { } location ? $" line {CSharpText.Int(location.LineSpan.Start.Line + 1)}" : string.Empty;
        var kind = score.Kind.ToString().ToLowerInvariant();
        writer.Summary($"Scores {score.RecordTypeName} records with {score.Name} ({kind}), written in {target.SourceFile}{line}.");
        writer.Open($"{visibility} sealed partial class {scorer}");
        writer.Line($"public const string ScoreName = {CSharpText.StringLiteral(score.Name)};");
        writer.Line($"public const string RecordTypeName = {CSharpText.StringLiteral(score.RecordTypeName)};");
        writer.Line($"private const int ProgramIndex = {CSharpText.Int(target.ProgramIndex)};");
        writer.Line("// Ranges scored in parallel must not share a 64-row word of the output bitmaps.");
        writer.Line("private const int ChunkSize = 4096;");
        writer.Line();
        writer.Line($"public static {scorer} Instance {{ get; }} = new {scorer}();");
        writer.Line();
        writer.Summary("The bound score (groups, rules, thresholds) these results follow.");
        writer.Line($"public global::ScoreLang.Semantics.ScoreSymbol Symbol => {ProgramsEmitter.ClassName}.Score(ProgramIndex, ScoreName);");
        writer.Line();
        writer.Summary("The schema the score was compiled against: build batch data with it (new ScoringDataBuilder(scorer.Schema)).");
        writer.Line($"public global::ScoreLang.Semantics.SchemaModel Schema => Program.Schema;");
        writer.Line();
        writer.Summary("The bound program the score belongs to (for the reference evaluator's explanations, S28).");
        writer.Line($"public global::ScoreLang.Semantics.BoundProgram Program => {ProgramsEmitter.ClassName}.Program(ProgramIndex);");
        writer.Line();
        writer.Summary($"Scores one {score.RecordTypeName} as of a date (UTC).");
        writer.Line($"public {result} Evaluate({record.TypeName} record, global::System.DateTime asOf) => Evaluate(new[] {{ record }}, asOf)[0];");
        writer.Line();
        writer.Summary($"Scores several {score.RecordTypeName} records as of a date, in one batch; results in the order given.");
        writer.Open($"public global::System.Collections.Generic.IReadOnlyList<{result}> Evaluate(global::System.Collections.Generic.IEnumerable<{record.TypeName}> records, global::System.DateTime asOf)");
        writer.Line("var converted = Convert(records);");
        writer.Line("var output = Evaluate(converted.Data, asOf);");
        writer.Line($"var results = new {result}[converted.Rows.Length];");
        writer.Line("for (var i = 0; i < results.Length; i++) results[i] = ResultAt(converted.Data, output, converted.Rows[i]);");
        writer.Line("return results;");
        writer.Close();
        writer.Line();
        writer.Summary("Columnar data for these records and their associated records, for the batch entry points.");
        writer.Line($"public global::ScoreLang.Runtime.ScoringData CreateData(global::System.Collections.Generic.IEnumerable<{record.TypeName}> records) => Convert(records).Data;");
        writer.Line();
        writer.Summary($"Batch: scores every {score.RecordTypeName} of the data as of a date; read the values with ResultAt or Results.");
        writer.Open("public global::ScoreLang.Runtime.Output.ScoreColumns Evaluate(global::ScoreLang.Runtime.ScoringData data, global::System.DateTime asOf, bool parallel = false)");
        writer.Line($"{ProgramsEmitter.ClassName}.EnsureCompatible(Schema, data);");
        writer.Line("var output = global::ScoreLang.Runtime.Output.ScoringOutput.Create(new[] { Symbol }, data)[ScoreName];");
        writer.Line("Evaluate(data, asOf, output, parallel);");
        writer.Line("return output;");
        writer.Close();
        writer.Line();
        writer.Summary("Batch: scores into existing output columns (reusable across evaluation dates).");
        writer.Open("public void Evaluate(global::ScoreLang.Runtime.ScoringData data, global::System.DateTime asOf, global::ScoreLang.Runtime.Output.ScoreColumns output, bool parallel = false)");
        writer.Line($"{ProgramsEmitter.ClassName}.EnsureCompatible(Schema, data);");
        writer.Line("if (output is null) throw new global::System.ArgumentNullException(nameof(output));");
        writer.Line("var count = data.RecordsOf(RecordTypeName).Count;");
        writer.Line("if (output.Name != ScoreName || output.Count != count) throw new global::System.ArgumentException(\"The output columns are not those of \" + ScoreName + \" over this data.\", nameof(output));");
        writer.Line($"var ticks = {ConversionEmitter.ClassName}.Utc(asOf).Ticks;");
        writer.Open("if (!parallel || count <= ChunkSize)");
        writer.Line($"global::{target.KernelType}.{target.KernelMethod}(data, output, 0, count, ticks);");
        writer.Line("return;");
        writer.Close();
        writer.Line();
        writer.Line("var chunks = (count + ChunkSize - 1) / ChunkSize;");
        writer.Line($"global::System.Threading.Tasks.Parallel.For(0, chunks, c => global::{target.KernelType}.{target.KernelMethod}(data, output, c * ChunkSize, global::System.Math.Min(count, (c + 1) * ChunkSize), ticks));");
        writer.Close();
        writer.Line();
        WriteResultAt(writer, score, result, groups, tier, combined);
        writer.Line();
        writer.Summary("The typed result of every row of batch output, in row order.");
        writer.Open($"public global::System.Collections.Generic.IEnumerable<{result}> Results(global::ScoreLang.Runtime.ScoringData data, global::ScoreLang.Runtime.Output.ScoreColumns output)");
        writer.Line("if (output is null) throw new global::System.ArgumentNullException(nameof(output));");
        writer.Line("for (var row = 0; row < output.Count; row++) yield return ResultAt(data, output, row);");
        writer.Close();
        writer.Line();
        writer.Open($"private global::ScoreLang.Runtime.Building.ConvertedData Convert(global::System.Collections.Generic.IEnumerable<{record.TypeName}> records)");
        writer.Line("if (records is null) throw new global::System.ArgumentNullException(nameof(records));");
        writer.Line($"var ids = new {ConversionEmitter.ClassName}.Numbering();");
        writer.Line("var list = new global::System.Collections.Generic.List<global::ScoreLang.Evaluation.RecordData>();");
        writer.Line($"foreach (var record in records) list.Add({ConversionEmitter.ClassName}.ToRecordData(record, ids));");
        writer.Line("return global::ScoreLang.Runtime.Building.RecordDataConverter.Convert(Schema, list);");
        writer.Close();
        writer.Close();
    }

    private static void WriteResultAt(SourceWriter writer, ScoreSymbol score, string result, string groups, string? tier, bool combined)
    {
        writer.Summary("The typed result of one row of batch output.");
        writer.Open($"public {result} ResultAt(global::ScoreLang.Runtime.ScoringData data, global::ScoreLang.Runtime.Output.ScoreColumns output, int row)");
        writer.Line("if (data is null) throw new global::System.ArgumentNullException(nameof(data));");
        writer.Line("if (output is null) throw new global::System.ArgumentNullException(nameof(output));");
        writer.Line("var id = data.RecordsOf(RecordTypeName).Ids[row];");
        var emptyTier = tier is null ? string.Empty : ", null";
        var emptyParts = combined ? ", null, null" : string.Empty;
        writer.Line($"if (!output.IsScored(row)) return new {result}(id, false, null{emptyTier}, null, null{emptyParts});");
        writer.Line("var code = output.Tiers[row];");
        var groupValues = string.Join(", ", score.Groups.Select((_, g) => $"output.Groups[{CSharpText.Int(g)}][row]"));
        var tierValue = tier is null ? string.Empty : $", code >= 0 ? ({tier})code : null";
        var partValues = combined ? ", output.Engagement![row], output.Fit![row]" : string.Empty;
        writer.Line($"return new {result}(id, true, output.Values[row]{tierValue}, code >= 0 ? output.TierLabels[code] : null, new {groups}({groupValues}){partValues});");
        writer.Close();
    }
}
