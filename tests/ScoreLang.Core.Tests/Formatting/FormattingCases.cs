using System.Text;
using Xunit;

namespace ScoreLang.Tests.Formatting;

/// <summary>
/// The golden cases in <c>Formatting/Cases</c>: <c>name.input.score</c> formats to <c>name.expected.score</c>. Cases are
/// read from the source tree (found by walking up from the test binaries) so that
/// <c>SCORELANG_UPDATE_BASELINES=1</c> rewrites the checked-in expectations; without it they are only compared.
/// </summary>
internal static class FormattingCases
{
    private const string InputSuffix = ".input.score";
    private const string ExpectedSuffix = ".expected.score";

    public static string Directory { get; } = Locate();

    public static bool UpdateBaselines =>
        string.Equals(Environment.GetEnvironmentVariable("SCORELANG_UPDATE_BASELINES"), "1", StringComparison.Ordinal);

    /// <summary>The case names, for <c>[MemberData]</c>.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in System.IO.Directory.GetFiles(Directory, "*" + InputSuffix).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^InputSuffix.Length]);
        }

        return data;
    }

    public static string Input(string name) => Read(Path.Combine(Directory, name + InputSuffix));

    public static string? Expected(string name)
    {
        var path = Path.Combine(Directory, name + ExpectedSuffix);
        return File.Exists(path) ? Read(path) : null;
    }

    public static void WriteExpected(string name, string text) =>
        File.WriteAllText(Path.Combine(Directory, name + ExpectedSuffix), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Line ends normalised: a checkout with CRLF must not fail the comparison.</summary>
    private static string Read(string path) => File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Locate()
    {
        const string relative = "tests/ScoreLang.Core.Tests/Formatting/Cases";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No '{relative}' folder above {AppContext.BaseDirectory}.");
    }
}
