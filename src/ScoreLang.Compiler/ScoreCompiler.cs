using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ScoreLang.Compiler.Emit;
using ScoreLang.Compiler.Generation;
using ScoreLang.Runtime.Compiled;
using ScoreLang.Semantics;

namespace ScoreLang.Compiler;

/// <summary>
/// Compiles bound programs into scorers: generate C#, compile it with Roslyn, load it into a collectible context and
/// bind one <see cref="ScoreRange"/> delegate per score. Compiled assemblies are cached by content hash in memory
/// (for the life of the process, or until <see cref="ClearMemoryCache"/>) and, when the host gives a folder, on disk.
/// Thread-safe.
/// </summary>
public static class ScoreCompiler
{
    private static readonly ConcurrentDictionary<string, Lazy<LoadedModel>> MemoryCache = new(StringComparer.Ordinal);

    /// <summary>The C# a program compiles to (for review, <c>scorelang compile</c>, and baselines).</summary>
    public static string GenerateSource(BoundProgram program) => ModelGenerator.Generate(program).Source;

    public static CompiledModel Compile(BoundProgram program, CompilerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        options ??= CompilerOptions.Default;
        var generated = ModelGenerator.Generate(program);
        var hash = ContentHash(generated.Source);

        LoadedModel loaded;
        CacheStatus status;
        if (options.UseMemoryCache)
        {
            var created = false;
            var lazy = MemoryCache.GetOrAdd(hash, _ =>
            {
                created = true;
                return new Lazy<LoadedModel>(() => Load(generated, hash, options), LazyThreadSafetyMode.ExecutionAndPublication);
            });
            loaded = lazy.Value;
            status = created ? loaded.Status : CacheStatus.Memory;
        }
        else
        {
            loaded = Load(generated, hash, options);
            status = loaded.Status;
        }

        var scores = program.Scores.Select((score, i) =>
            new CompiledScore(score, $"{generated.Scores[i].TypeName}.{generated.Scores[i].MethodName}", loaded.Ranges[i]));
        return new CompiledModel(program, generated.Source, hash, loaded.Image, [.. scores], status);
    }

    /// <summary>Forgets the models compiled so far; their contexts unload once nothing uses them any more.</summary>
    public static void ClearMemoryCache()
    {
        foreach (var key in MemoryCache.Keys)
        {
            if (MemoryCache.TryRemove(key, out var lazy) && lazy.IsValueCreated)
            {
                lazy.Value.Context.Unload();
            }
        }
    }

    private static string ContentHash(string source)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(source + "\n" + RoslynEmitter.BuildIdentity));
        return Convert.ToHexStringLower(bytes);
    }

    private static LoadedModel Load(GeneratedModel generated, string hash, CompilerOptions options)
    {
        var assemblyName = "ScoreLang.Generated." + hash[..16];
        if (options.CacheDirectory is { } directory && DiskCache.TryRead(directory, hash) is { } cached)
        {
            try
            {
                return Bind(generated, cached, assemblyName, CacheStatus.Disk);
            }
            catch (BadImageFormatException)
            {
                // A damaged cache entry is compiled again and replaced below.
            }
        }

        var image = RoslynEmitter.Emit(generated.Source, assemblyName);
        if (options.CacheDirectory is { } target)
        {
            DiskCache.Write(target, hash, image);
        }

        return Bind(generated, image, assemblyName, CacheStatus.Compiled);
    }

    private static LoadedModel Bind(GeneratedModel generated, byte[] image, string assemblyName, CacheStatus status)
    {
        var context = new ModelLoadContext(assemblyName);
        try
        {
            using var stream = new MemoryStream(image, writable: false);
            var assembly = context.LoadFromStream(stream);
            var ranges = generated.Scores.Select(score =>
            {
                var type = assembly.GetType(score.TypeName, throwOnError: true)!;
                var method = type.GetMethod(score.MethodName, BindingFlags.Public | BindingFlags.Static)
                    ?? throw new BadImageFormatException(string.Create(CultureInfo.InvariantCulture, $"{score.TypeName}.{score.MethodName} is missing."));
                return method.CreateDelegate<ScoreRange>();
            }).ToImmutableArray();
            return new LoadedModel(ImmutableArray.Create(image), ranges, context, status);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    private sealed record LoadedModel(ImmutableArray<byte> Image, ImmutableArray<ScoreRange> Ranges, ModelLoadContext Context, CacheStatus Status);
}
