using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Medk.LoadTest;

/// <summary>
/// The PostgreSQL server the run uses: the one the admin connection string names, or, when that does not
/// answer, a throw-away cluster started the way test.sh does (initdb as postgres, pg_ctl on a free port,
/// listening on 127.0.0.1 only) and stopped and deleted on dispose.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string? _clusterDir;
    private readonly string? _binDir;

    private PostgresServer(string adminConnection, string description, string? clusterDir, string? binDir)
    {
        AdminConnection = adminConnection;
        Description = description;
        _clusterDir = clusterDir;
        _binDir = binDir;
    }

    public string AdminConnection { get; }
    public string Description { get; }

    public static async Task<PostgresServer> ConnectOrStartAsync(string adminConnection, Action<string> log)
    {
        var builder = new NpgsqlConnectionStringBuilder(adminConnection);
        if (!IsLoopback(builder.Host))
        {
            throw new InvalidOperationException($"The load test only talks to 127.0.0.1, not {builder.Host}.");
        }
        builder.Host = "127.0.0.1";
        var version = await TryVersionAsync(builder.ConnectionString);
        if (version is not null)
        {
            return new PostgresServer(builder.ConnectionString, $"{version} on 127.0.0.1:{builder.Port} (already running)", null, null);
        }
        log($"No PostgreSQL on 127.0.0.1:{builder.Port}; starting a throw-away cluster.");
        return await StartAsync(log);
    }

    /// <summary>Drops the database if it exists and creates it empty; returns its connection string.</summary>
    public async Task<string> RecreateDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(AdminConnection))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            await ExecuteAsync(connection, $"CREATE DATABASE \"{name}\"");
        }
        return ConnectionStringOf(name);
    }

    public async Task<bool> DatabaseExistsAsync(string name)
    {
        await using var connection = new NpgsqlConnection(AdminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        return await command.ExecuteScalarAsync() is not null;
    }

    public string ConnectionStringOf(string name) =>
        new NpgsqlConnectionStringBuilder(AdminConnection) { Database = name, Pooling = true, MaxPoolSize = 50 }.ConnectionString;

    public async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnection);
        await connection.OpenAsync();
        await ExecuteAsync(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>The server's settings that matter to the figures.</summary>
    public async Task<string> SettingsAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT string_agg(name || '=' || current_setting(name), ', ' ORDER BY name) FROM pg_settings " +
            "WHERE name IN ('shared_buffers', 'work_mem', 'fsync', 'synchronous_commit', 'max_connections', 'jit')", connection);
        return (string?)await command.ExecuteScalarAsync() ?? "";
    }

    public async ValueTask DisposeAsync()
    {
        if (_clusterDir is null || _binDir is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await RunAsync(AsPostgres(Path.Combine(_binDir, "pg_ctl"), "-D", Path.Combine(_clusterDir, "data"), "-m", "fast", "-w", "stop"), quiet: true);
        try
        {
            Directory.Delete(_clusterDir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static async Task<PostgresServer> StartAsync(Action<string> log)
    {
        var binDir = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .LastOrDefault()
            : null;
        if (binDir is null)
        {
            throw new InvalidOperationException("No PostgreSQL server answers and none is installed (/usr/lib/postgresql/*/bin/initdb): run ./test.sh once, or install postgresql.");
        }
        var dir = Directory.CreateTempSubdirectory("medk-load-pg.").FullName;
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync(("chown", ["postgres:postgres", dir]), quiet: false);
        }
        var port = FreePort(55432);
        var data = Path.Combine(dir, "data");
        await RunAsync(AsPostgres(Path.Combine(binDir, "initdb"), "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"), quiet: true);
        await RunAsync(AsPostgres(Path.Combine(binDir, "pg_ctl"), "-D", data, "-l", Path.Combine(dir, "server.log"), "-w",
            "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start"), quiet: true);
        var connection = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres";
        var version = await TryVersionAsync(connection) ?? throw new InvalidOperationException($"The PostgreSQL started in {dir} does not answer on port {port}.");
        log($"Started {version} on 127.0.0.1:{port} in {dir}.");
        return new PostgresServer(connection, $"{version} on 127.0.0.1:{port} (throw-away cluster started by the run)", dir, binDir);
    }

    private static (string File, string[] Args) AsPostgres(string file, params string[] args) =>
        Environment.IsPrivilegedProcess ? ("runuser", ["-u", "postgres", "--", file, .. args]) : (file, args);

    private static async Task RunAsync((string File, string[] Args) command, bool quiet)
    {
        var start = new ProcessStartInfo(command.File) { RedirectStandardOutput = quiet, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in command.Args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run {command.File}.");
        var stdout = quiet ? process.StandardOutput.ReadToEndAsync() : Task.FromResult("");
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command.File} {string.Join(' ', command.Args)} failed ({process.ExitCode}): {await stderr}");
        }
    }

    private static int FreePort(int from)
    {
        for (var port = from; port < from + 200; port++)
        {
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
            }
        }
        throw new InvalidOperationException($"No free port from {from}.");
    }

    private static async Task<string?> TryVersionAsync(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SHOW server_version", connection);
            return "PostgreSQL " + (string?)await command.ExecuteScalarAsync();
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
        {
            return null;
        }
    }

    private static bool IsLoopback(string? host) => host is "127.0.0.1" or "localhost" or "::1";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
