using System.Collections.Immutable;
using ScoreLang.Semantics;
using ScoreLang.Syntax;
using CoreSeverity = ScoreLang.Diagnostics.DiagnosticSeverity;

namespace ScoreLang.Build.Pipeline;

/// <summary>One score file compiled with what it imports, and whether it can be generated (no errors).</summary>
internal sealed record CompiledScoreFile(ScoreSource Source, Compilation Compilation, int Index);

/// <summary>
/// The score and schema files of a project compiled the way the CLI checks them: one compilation per score file
/// (imports followed among the given files, by paths relative to the project), plus one per schema that no score file
/// imports, so every file is checked and each diagnostic is reported once, at its own file.
/// </summary>
internal sealed class CompiledSources
{
    private CompiledSources(ImmutableArray<CompiledScoreFile> scoreFiles, ImmutableArray<DiagnosticInfo> diagnostics)
    {
        ScoreFiles = scoreFiles;
        Diagnostics = diagnostics;
    }

    /// <summary>The score files without errors, in relative-path order (the order of the generated code).</summary>
    public ImmutableArray<CompiledScoreFile> ScoreFiles { get; }

    public ImmutableArray<DiagnosticInfo> Diagnostics { get; }

    public static CompiledSources Compile(EquatableArray<ScoreSource> sources, CancellationToken cancellation)
    {
        var ordered = sources.OrderBy(s => s.RelativePath, StringComparer.Ordinal).ToList();
        var resolver = new InMemorySourceResolver();
        var byRelativePath = new Dictionary<string, ScoreSource>(StringComparer.Ordinal);
        foreach (var source in ordered)
        {
            resolver.Add(source.RelativePath, source.Text);
            byRelativePath[source.RelativePath] = source;
        }

        var compilations = new List<(ScoreSource Source, Compilation Compilation)>();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in ordered.Where(s => s.IsScore))
        {
            cancellation.ThrowIfCancellationRequested();
            var compilation = Compilation.Create(SyntaxTree.Parse(resolver.TryRead(source.RelativePath)!), resolver);
            compilations.Add((source, compilation));
            covered.UnionWith(compilation.SyntaxTrees.Select(t => t.Source.Path));
        }

        foreach (var schema in ordered.Where(s => !s.IsScore && !covered.Contains(s.RelativePath)))
        {
            cancellation.ThrowIfCancellationRequested();
            compilations.Add((schema, Compilation.Create(SyntaxTree.Parse(resolver.TryRead(schema.RelativePath)!), resolver)));
        }

        var diagnostics = compilations
            .SelectMany(c => c.Compilation.Diagnostics)
            .DistinctBy(d => (d.Location.Path, d.Location.Span, d.Code, d.Message))
            .Select(d => DiagnosticInfo.From(d, byRelativePath.TryGetValue(d.Location.Path, out var file) ? file.Path : d.Location.Path))
            .ToList();

        var scoreFiles = ImmutableArray.CreateBuilder<CompiledScoreFile>();
        var records = new Dictionary<string, (string Shape, ScoreSource Source)>(StringComparer.Ordinal);
        foreach (var (source, compilation) in compilations)
        {
            if (!source.IsScore || compilation.HasErrors)
            {
                continue;
            }

            // One set of generated input types serves every score, so a record type must mean the same everywhere.
            var conflict = compilation.Program.Schema.Records.Values
                .Select(r => (Name: r.Name, Shape: SchemaShape.Of(compilation.Program.Schema, r)))
                .FirstOrDefault(r => records.TryGetValue(r.Name, out var seen) && seen.Shape != r.Shape);
            if (conflict.Name is not null)
            {
                diagnostics.Add(DiagnosticInfo.ForFile(
                    BuildDiagnostics.ConflictingRecordType,
                    CoreSeverity.Error,
                    "Conflicting record type",
                    $"Record type '{conflict.Name}' is declared differently here than for '{records[conflict.Name].Source.RelativePath}'; the score files of one project must share one schema. Its scorers are not generated.",
                    source.Path));
                continue;
            }

            foreach (var record in compilation.Program.Schema.Records.Values)
            {
                records.TryAdd(record.Name, (SchemaShape.Of(compilation.Program.Schema, record), source));
            }

            scoreFiles.Add(new CompiledScoreFile(source, compilation, scoreFiles.Count));
        }

        return new CompiledSources(scoreFiles.ToImmutable(), [.. diagnostics]);
    }
}
