using System.CommandLine;
using System.Text.Json;
using ScoreLang.Cli.Infrastructure;
using ScoreLang.Data.Writing;

namespace ScoreLang.Cli.Commands;

/// <summary>
/// <c>scorelang compile &lt;score files&gt; --out DIR</c>: checks and compiles, then writes the assembly
/// (<c>ScoreLang.Model.dll</c>), the generated C# for review (<c>ScoreLang.Model.g.cs</c>) and a manifest of the score
/// properties the model writes (<c>scorelang-manifest.json</c>). Exit 1 on errors, with nothing written.
/// </summary>
internal static class CompileCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var output = new Option<string>("--out") { Description = "The folder to write the assembly, the C# and the manifest to.", Required = true };
        var command = new Command("compile", "Compile score files to a .NET assembly, its C# source and a manifest.") { paths, output };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(output)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string[] paths, string outputDirectory, TextWriter output, TextWriter errors)
    {
        var compilation = ModelLoader.Bind(paths, errors);
        if (compilation.HasErrors)
        {
            return ExitCodes.Failed;
        }

        var model = ModelLoader.Compile(compilation.Program);
        Directory.CreateDirectory(outputDirectory);
        AtomicFile.Write(Path.Combine(outputDirectory, "ScoreLang.Model.dll"), stream => stream.Write(model.AssemblyImage.AsSpan()));
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, "ScoreLang.Model.g.cs"), model.GeneratedSource);
        AtomicFile.WriteAllText(Path.Combine(outputDirectory, "scorelang-manifest.json"), JsonSerializer.Serialize(Manifest(model), CliJson.Options));
        output.WriteLine($"Compiled {compilation.Program.Scores.Length} score(s) ({model.CacheStatus}, hash {model.ContentHash[..12]}) to {outputDirectory}.");
        return ExitCodes.Success;
    }

    private static object Manifest(Compiler.CompiledModel model) => new
    {
        contentHash = model.ContentHash,
        scores = model.Program.Scores.Select(score => new
        {
            name = score.Name,
            title = score.Title,
            kind = score.Kind.ToString().ToLowerInvariant(),
            recordType = score.RecordTypeName,
            limit = score.Limit,
            properties = new
            {
                score = score.Outputs.Score,
                tier = score.Outputs.Tier,
                engagement = score.Outputs.Engagement,
                fit = score.Outputs.Fit,
            },
            groups = score.Groups.Select(g => new { name = g.Name, title = g.Title, part = g.Part.ToString().ToLowerInvariant(), limit = g.Limit }),
            tiers = score.Thresholds.SelectMany(t => t.Bands.Select(b => new { part = t.Part?.ToString().ToLowerInvariant(), label = b.Label, from = b.From, to = b.To })),
        }),
    };
}
