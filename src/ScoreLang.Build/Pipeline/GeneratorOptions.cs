using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ScoreLang.Build.Pipeline;

/// <summary>
/// The MSBuild properties the generator reads (made visible by build/ScoreLang.Build.targets):
/// ScoreLangNamespace (default: RootNamespace + ".Scoring"), ScoreLangVisibility (public or internal, the default),
/// and the project folder that embedded paths are relative to.
/// </summary>
internal sealed record GeneratorOptions(string Namespace, bool IsPublic, string? ProjectDirectory)
{
    public const string DefaultNamespace = "ScoreLang.Scoring";

    public static GeneratorOptions Default { get; } = new(DefaultNamespace, false, null);

    public string Visibility => IsPublic ? "public" : "internal";

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var rootNamespace = Read(options, "RootNamespace");
        var configured = Read(options, "ScoreLangNamespace");
        var name = configured ?? (rootNamespace is null ? DefaultNamespace : rootNamespace + ".Scoring");
        var isPublic = string.Equals(Read(options, "ScoreLangVisibility"), "public", StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(SanitizeNamespace(name), isPublic, Read(options, "MSBuildProjectDirectory"));
    }

    /// <summary>A valid dotted C# namespace from whatever the property holds (each part rebuilt from letters, digits, '_').</summary>
    internal static string SanitizeNamespace(string value)
    {
        var parts = value.Split('.')
            .Select(part =>
            {
                var builder = new StringBuilder();
                foreach (var c in part.Trim())
                {
                    builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
                }

                return builder.Length > 0 && char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
            })
            .Where(part => part.Length > 0)
            .ToList();
        return parts.Count == 0 ? DefaultNamespace : string.Join(".", parts);
    }

    private static string? Read(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
