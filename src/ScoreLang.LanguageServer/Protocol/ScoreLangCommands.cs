namespace ScoreLang.LanguageServer.Protocol;

// ScoreLang's own commands (workspace/executeCommand), shown as code lenses: not part of the specification, kept here
// with the protocol types because clients see them on the wire.

internal static class ScoreLangCommands
{
    /// <summary>Arguments: the document URI, the score name, the test name.</summary>
    public const string RunTest = "scorelang.runTest";

    /// <summary>Arguments: the document URI.</summary>
    public const string RunTestsInFile = "scorelang.runTestsInFile";

    public static IReadOnlyList<string> All { get; } = [RunTest, RunTestsInFile];
}

/// <summary>The result of running in-file tests: counts and one outcome per test.</summary>
internal sealed record RunTestsResult(int Passed, int Failed, IReadOnlyList<TestOutcome> Tests);

/// <summary>One test's outcome: its failure messages (empty when it passed) and the location of the test.</summary>
internal sealed record TestOutcome(string Score, string Name, bool Passed, IReadOnlyList<string> Messages, Location Location);
