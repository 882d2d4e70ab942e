using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ScoreLang.Evaluation;
using ScoreLang.Runtime;

namespace ScoreLang.Compiler.Emit;

/// <summary>
/// Compiles generated C# in memory with Roslyn: Release optimization, deterministic output, and the .NET 10 reference
/// assemblies of Basic.Reference.Assemblies (so the result does not depend on the machine's installed runtime) plus
/// ScoreLang.Runtime and ScoreLang.Core read from their files.
/// </summary>
internal static class RoslynEmitter
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static byte[] Emit(string source, string assemblyName)
    {
        var tree = CSharpSyntaxTree.ParseText(
            source,
            new CSharpParseOptions(LanguageVersion.CSharp12),
            path: "ScoreLang.Generated.cs",
            encoding: Encoding.UTF8);
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            allowUnsafe: false,
            deterministic: true,
            nullableContextOptions: NullableContextOptions.Disable,
            concurrentBuild: false);
        var compilation = CSharpCompilation.Create(assemblyName, [tree], References.Value, options);

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            // Generated code that does not compile is a bug of the compiler, never of the score files.
            var errors = result.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Take(10)
                .Select(d => d.ToString());
            throw new InvalidOperationException(
                "Internal compiler error: the generated C# did not compile. Please report it with the score files.\n" + string.Join('\n', errors));
        }

        return image.ToArray();
    }

    /// <summary>Identifies the compiler and runtime build, for cache keys: a rebuilt runtime must not reuse old assemblies.</summary>
    public static string BuildIdentity { get; } = string.Join(
        ';',
        typeof(ScoringData).Assembly.ManifestModule.ModuleVersionId,
        typeof(ReferenceEvaluator).Assembly.ManifestModule.ModuleVersionId,
        typeof(RoslynEmitter).Assembly.ManifestModule.ModuleVersionId,
        typeof(CSharpCompilation).Assembly.GetName().Version);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var references = ImmutableArray.CreateBuilder<MetadataReference>();
        references.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        foreach (var assembly in new[] { typeof(ScoringData).Assembly, typeof(ReferenceEvaluator).Assembly })
        {
            if (string.IsNullOrEmpty(assembly.Location))
            {
                throw new InvalidOperationException(
                    $"{assembly.GetName().Name} has no file (single-file publishing?); the score compiler needs it as a reference.");
            }

            references.Add(MetadataReference.CreateFromFile(assembly.Location));
        }

        return references.ToImmutable();
    }
}
