using System.Diagnostics;

namespace ScoreLang.Reports.Tests;

/// <summary>
/// Debian's headless Chromium, driven from the command line: <c>--dump-dom</c> gives the DOM after the page has been
/// parsed and laid out, <c>--screenshot</c> a PNG. Each call gets its own profile folder so parallel runs do not meet.
/// </summary>
internal static class Chromium
{
    /// <summary>The browser's path, or null when it is not installed (test.sh installs it in CI).</summary>
    public static string? Find()
    {
        foreach (var name in new[] { "chromium", "chromium-browser" })
        {
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(Path.PathSeparator))
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return null;
    }

    public static ProcessResult DumpDom(string chromium, string page, string profile) =>
        Run(chromium, profile, "--dump-dom", new Uri(page).AbsoluteUri);

    public static ProcessResult Screenshot(string chromium, string page, string png, string profile, int width, int height) =>
        Run(chromium, profile, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(page).AbsoluteUri);

    private static ProcessResult Run(string chromium, string profile, params string[] args) =>
        ProcessResult.Run(
            chromium,
            Path.GetTempPath(),
            TimeSpan.FromMinutes(2),
            // As root (CI) Chromium needs --no-sandbox; logging to stderr lets the test see console errors.
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", $"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", .. args]);
}

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public static ProcessResult Run(string program, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {timeout}.");
        }

        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}
