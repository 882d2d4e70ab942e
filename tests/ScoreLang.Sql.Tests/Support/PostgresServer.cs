using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace ScoreLang.Sql.Tests.Support;

/// <summary>
/// A PostgreSQL server for the tests. <c>SCORELANG_POSTGRES</c> (an Npgsql connection string) names an existing one;
/// otherwise a private throw-away cluster is started on a free loopback port with the newest
/// <c>/usr/lib/postgresql/*/bin</c> (or <c>initdb</c> on the PATH), as the current user or, when that is root (initdb
/// refuses root), as the <c>postgres</c> user through <c>runuser</c>. When no server can be had, <see cref="Unavailable"/>
/// says why and the tests that need one are skipped with that message, unless <c>SCORELANG_REQUIRE_POSTGRES=1</c>
/// (CI), which turns the skip into a failure.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _directory;
    private readonly string? _pgCtl;
    private readonly bool _asPostgresUser;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("SCORELANG_POSTGRES") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        try
        {
            var bin = FindBinaries() ?? throw new InvalidOperationException(
                "no PostgreSQL server binaries were found (install Debian's postgresql package, or set SCORELANG_POSTGRES to a connection string)");
            _pgCtl = Path.Combine(bin, "pg_ctl");
            _asPostgresUser = string.Equals(Environment.UserName, "root", StringComparison.Ordinal);
            _directory = Directory.CreateTempSubdirectory("scorelang-pg-").FullName;
            if (_asPostgresUser)
            {
                Run("chown", ["postgres:postgres", _directory], asPostgres: false);
            }

            var data = Path.Combine(_directory, "data");
            Run(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "scorelang", "--locale=C.UTF-8", "-E", "UTF8", "--no-sync"], _asPostgresUser);
            var port = FreePort();
            var options = string.Create(CultureInfo.InvariantCulture, $"-p {port} -k {_directory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off");
            Run(_pgCtl, ["-D", data, "-l", Path.Combine(_directory, "server.log"), "-o", options, "-w", "-t", "60", "start"], _asPostgresUser);
            ConnectionString = string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=scorelang;Database=postgres;Timeout=30");
        }
#pragma warning disable CA1031 // Any failure to start a server becomes the reason the PostgreSQL tests are skipped.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Unavailable = $"PostgreSQL tests skipped: no server could be started ({exception.Message})";
        }
    }

    /// <summary>The server to connect to, or null when none could be started (see <see cref="Unavailable"/>).</summary>
    public string? ConnectionString { get; }

    public string? Unavailable { get; }

    /// <summary>Skips the calling test with the reason when there is no server (fails instead when CI requires one).</summary>
    public string RequireConnectionString()
    {
        if (ConnectionString is { } connectionString)
        {
            return connectionString;
        }

        if (Environment.GetEnvironmentVariable("SCORELANG_REQUIRE_POSTGRES") == "1")
        {
            Assert.Fail(Unavailable + " and SCORELANG_REQUIRE_POSTGRES=1 requires one.");
        }

        Skip.If(true, Unavailable);
        return string.Empty;
    }

    public void Dispose()
    {
        if (_directory is null || _pgCtl is null)
        {
            return;
        }

        try
        {
            Run(_pgCtl, ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"], _asPostgresUser);
        }
        finally
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static string? FindBinaries()
    {
        const string Debian = "/usr/lib/postgresql";
        if (Directory.Exists(Debian))
        {
            var newest = Directory.GetDirectories(Debian)
                .Where(d => File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var major) ? major : 0)
                .FirstOrDefault();
            if (newest is not null)
            {
                return Path.Combine(newest, "bin");
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator)
            .FirstOrDefault(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, IEnumerable<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish in 2 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {error.Result.Trim()} {output.Result.Trim()}".Trim());
        }
    }
}

/// <summary>The tests that share the one PostgreSQL server (run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
