using ScoreLang.Build.Pipeline;
using ScoreLang.Compiler.Generation;

namespace ScoreLang.Build.Emit;

/// <summary>
/// Writes <c>ScoreLangPrograms</c>: the score and schema files the scorers were generated from, embedded (comments
/// blanked, paths relative to the project) and bound once, on first use, by the same ScoreLang front end. The scorers
/// need the bound score at run time for the runtime's output columns and data builders, and embedding the text keeps
/// the generated code free of any path on the build machine.
/// </summary>
internal static class ProgramsEmitter
{
    public const string ClassName = "ScoreLangPrograms";

    public static void Write(SourceWriter writer, IReadOnlyList<CompiledScoreFile> files, IReadOnlyList<ScoreSource> embedded, string visibility)
    {
        writer.Summary("The score files of this project, embedded and bound on first use.");
        writer.Open($"{visibility} static partial class {ClassName}");
        writer.Line($"private static readonly string[] Paths = new string[] {{ {string.Join(", ", embedded.Select(s => CSharpText.StringLiteral(s.RelativePath)))} }};");
        writer.Line();
        writer.Open("private static readonly string[] Texts = new string[]");
        foreach (var source in embedded)
        {
            writer.Line(CSharpText.StringLiteral(source.Text) + ",");
        }

        writer.Close(";");
        writer.Line();
        writer.Line($"private static readonly string[] Roots = new string[] {{ {string.Join(", ", files.Select(f => CSharpText.StringLiteral(f.Source.RelativePath)))} }};");
        writer.Line();
        writer.Line("private static readonly global::System.Lazy<global::ScoreLang.Semantics.BoundProgram>[] Programs = CreatePrograms();");
        writer.Line();
        writer.Summary("The bound program of one score file (with what it imports).");
        writer.Line("public static global::ScoreLang.Semantics.BoundProgram Program(int index) => Programs[index].Value;");
        writer.Line();
        writer.Line("public static global::ScoreLang.Semantics.ScoreSymbol Score(int index, string name) =>");
        writer.Line("    Program(index).FindScore(name) ?? throw new global::System.InvalidOperationException(\"Score '\" + name + \"' is not in '\" + Roots[index] + \"'.\");");
        writer.Line();
        writer.Open("private static global::System.Lazy<global::ScoreLang.Semantics.BoundProgram>[] CreatePrograms()");
        writer.Line("var programs = new global::System.Lazy<global::ScoreLang.Semantics.BoundProgram>[Roots.Length];");
        writer.Open("for (var i = 0; i < programs.Length; i++)");
        writer.Line("var root = Roots[i];");
        writer.Line("programs[i] = new global::System.Lazy<global::ScoreLang.Semantics.BoundProgram>(() => Bind(root), global::System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);");
        writer.Close();
        writer.Line();
        writer.Line("return programs;");
        writer.Close();
        writer.Line();
        writer.Open("private static global::ScoreLang.Semantics.BoundProgram Bind(string root)");
        writer.Line("var resolver = new global::ScoreLang.Semantics.InMemorySourceResolver();");
        writer.Line("for (var i = 0; i < Paths.Length; i++) resolver.Add(Paths[i], Texts[i]);");
        writer.Line("var compilation = global::ScoreLang.Semantics.Compilation.Create(global::ScoreLang.Syntax.SyntaxTree.Parse(resolver.TryRead(root)!), resolver);");
        writer.Line("foreach (var diagnostic in compilation.Diagnostics)");
        writer.Line("{");
        writer.Line("    if (diagnostic.Severity == global::ScoreLang.Diagnostics.DiagnosticSeverity.Error)");
        writer.Line("    {");
        writer.Line("        throw new global::System.InvalidOperationException(\"The score files embedded at build time do not compile with this version of ScoreLang (\" + diagnostic + \"). Use the ScoreLang.Runtime version that matches ScoreLang.Build.\");");
        writer.Line("    }");
        writer.Line("}");
        writer.Line();
        writer.Line("return compilation.Program;");
        writer.Close();
        WriteCompatibility(writer);
        writer.Close();
    }

    /// <summary>
    /// The compiled scorers read columns by ordinal, so data built for another schema (another version of the .schema
    /// file, read by another tool) must have the same record types, properties and event attributes at the same places.
    /// </summary>
    private static void WriteCompatibility(SourceWriter writer)
    {
        writer.Line();
        writer.Summary("Throws when data was built for a schema whose columns differ from the one the scorers were compiled for.");
        writer.Open("public static void EnsureCompatible(global::ScoreLang.Semantics.SchemaModel expected, global::ScoreLang.Runtime.ScoringData data)");
        writer.Line("if (data is null) throw new global::System.ArgumentNullException(nameof(data));");
        writer.Line("if (ReferenceEquals(expected, data.Schema)) return;");
        writer.Open("foreach (var record in expected.Records.Values)");
        writer.Line("if (!data.Schema.Records.TryGetValue(record.Name, out var actual) || !SameColumns(record.Properties, actual.Properties))");
        writer.Line("    throw new global::System.ArgumentException(\"The data was built for a schema whose record type '\" + record.Name + \"' differs from the one these scorers were compiled for.\", nameof(data));");
        writer.Close();
        writer.Open("foreach (var eventType in expected.Events.Values)");
        writer.Line("if (!data.Schema.Events.TryGetValue(eventType.Name, out var actual) || actual.RecordTypeName != eventType.RecordTypeName || !SameColumns(eventType.Attributes, actual.Attributes))");
        writer.Line("    throw new global::System.ArgumentException(\"The data was built for a schema whose event type '\" + eventType.Name + \"' differs from the one these scorers were compiled for.\", nameof(data));");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Open("private static bool SameColumns(global::System.Collections.Immutable.ImmutableArray<global::ScoreLang.Semantics.PropertySymbol> expected, global::System.Collections.Immutable.ImmutableArray<global::ScoreLang.Semantics.PropertySymbol> actual)");
        writer.Line("if (expected.Length != actual.Length) return false;");
        writer.Open("foreach (var property in expected)");
        writer.Line("var match = false;");
        writer.Line("foreach (var other in actual) match |= other.Name == property.Name && other.Ordinal == property.Ordinal && other.Type.Equals(property.Type);");
        writer.Line("if (!match) return false;");
        writer.Close();
        writer.Line();
        writer.Line("return true;");
        writer.Close();
    }
}
