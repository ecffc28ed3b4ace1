using System.Text.Json.Nodes;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Medk.Cli.Tests;

/// <summary>
/// The `medk` command in-process, on its own SQLite file: standard output, standard error and exit code,
/// as a script sees them. Sequential, because the console and the environment are process-wide.
/// </summary>
public sealed class CliTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("medk-cli-").FullName;

    public CliTests()
    {
        File.WriteAllText(Path.Combine(_root, "appsettings.json"),
            """{ "Database": { "Provider": "Sqlite" }, "ConnectionStrings": { "Medk": "Data Source=data/cli.db" } }""");
        Environment.SetEnvironmentVariable("MEDK_CONTENT_ROOT", _root);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("MEDK_CONTENT_ROOT", null);
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    internal static async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var code = await MedkCli.RunAsync(args);
            return (code, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
    }

    private static string Seed(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Medk.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir.FullName, "src", "Medk.Data", "Demo", "Seeds", name);
    }

    private MedkDbContext Database() =>
        new(new DbContextOptionsBuilder<MedkDbContext>().UseSqlite($"Data Source={Path.Combine(_root, "data", "cli.db")}").Options);

    [Fact]
    public async Task Schedule_Json_FollowsTheContract()
    {
        var (code, output, _) = await RunAsync("schedule", "С 18 января по 4 февраля", "--year", "2022", "--format", "json");

        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("С 18 января по 4 февраля", (string)json["text"]!);
        Assert.Equal("range", (string)json["kind"]!);
        Assert.Equal(["2022-02-04"], json["checkpoints"]!.AsArray().Select(c => (string)c!));
    }

    [Fact]
    public async Task ImportDryRun_Json_IsTheDocumentedShape_AndTouchesNoDatabase()
    {
        var (code, output, error) = await RunAsync("import", Seed("000-sretensky-2022.txt"), "--dry-run", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var json = JsonNode.Parse(output)!;
        Assert.Equal("102-1", (string)json["approval"]!["number"]!);
        Assert.Equal("2022-03-04", (string)json["approval"]!["date"]!);
        var items = json["items"]!.AsArray();
        Assert.Equal(36, items.Count(i => (string)i!["kind"]! == "item"));
        Assert.Equal(10, items.Count(i => (string)i!["kind"]! == "section"));
        var weekly = items.Single(i => (string?)i!["number"] == "1.2.1")!;
        Assert.Equal("recurring", (string)weekly["deadline"]!["kind"]!);
        Assert.Equal(52, weekly["deadline"]!["checkpoints"]!.AsArray().Count);
        Assert.False(Directory.Exists(Path.Combine(_root, "data")));
    }

    [Fact]
    public async Task Import_UnreadableFile_ExitsNonZeroWithOneRussianLine()
    {
        var bogus = Path.Combine(_root, "приказ.docx");
        await File.WriteAllTextAsync(bogus, "это не документ Word");

        var (code, output, error) = await RunAsync("import", bogus, "--dry-run");

        Assert.NotEqual(0, code);
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith("medk: приказ.docx:", error);
        Assert.Matches("[а-я]", error);

        var (missing, _, missingError) = await RunAsync("import", Path.Combine(_root, "нет-такого.docx"), "--dry-run");
        Assert.NotEqual(0, missing);
        Assert.Contains("файл не найден", missingError);
    }

    [Fact]
    public async Task Demo_ThenImportWithRecognisedOwner_ThenUserAndToken()
    {
        var (demo, demoOut, _) = await RunAsync("demo");
        Assert.Equal(0, demo);
        Assert.Contains("Демо-данные загружены", demoOut);
        Assert.Contains("не загружены", (await RunAsync("demo")).Out);

        int before;
        await using (var db = Database())
        {
            before = await db.Roadmaps.CountAsync();
        }
        var (imported, importOut, importError) = await RunAsync("import", Seed("002-kalmykia-2022.txt"));
        Assert.True(imported == 0, importError);
        Assert.Contains("Республика Калмыкия", importOut);

        var (created, _, createError) = await RunAsync("user", "create", "--email", "first.admin@example.ru", "--name", "Первый Администратор",
            "--password", "long-password-1", "--role", "Administrator", "--organization", "Минпросвещения России");
        Assert.True(created == 0, createError);
        var (misplaced, _, misplacedError) = await RunAsync("user", "create", "--email", "x@example.ru", "--name", "X",
            "--password", "long-password-1", "--role", "SchoolTeam", "--organization", "Республика Калмыкия");
        Assert.Equal(2, misplaced);
        Assert.Contains("школе", misplacedError);

        var (token, tokenOut, _) = await RunAsync("token", "create", "--user", "first.admin@example.ru");
        Assert.Equal(0, token);
        var secret = tokenOut.Trim();
        Assert.StartsWith("medk_", secret);

        await using var after = Database();
        Assert.Equal(before + 1, await after.Roadmaps.CountAsync());
        Assert.True(await after.ApiTokens.AnyAsync(t => t.Hash == ApiToken.HashOf(secret)));

        // The audit journal: each change of the command line is journaled as the command line's, under the OS user.
        var admin = await after.Users.SingleAsync(u => u.Email == "first.admin@example.ru");
        var userLine = await after.AuditEntries.SingleAsync(e => e.EntityType == "MedkUser" && e.EntityKey == admin.Id.ToString());
        Assert.Equal(Medk.Core.Platform.Audit.AuditAction.Created, userLine.Action);
        Assert.Equal(Medk.Core.Platform.Audit.AuditChannel.Cli, userLine.Channel);
        Assert.Contains(Environment.UserName, userLine.UserName);
        var changes = System.Text.Json.Nodes.JsonNode.Parse(userLine.Changes!)!;
        Assert.Equal("first.admin@example.ru", (string)changes["email"]!["after"]!);
        Assert.Equal("***", (string)changes["passwordHash"]!["after"]!); // that a password was set, never the hash
        Assert.True(await after.AuditEntries.AnyAsync(e => e.EntityType == "ApiToken" && e.Channel == Medk.Core.Platform.Audit.AuditChannel.Cli));
        Assert.True(await after.AuditEntries.AnyAsync(e => e.EntityType == "Roadmap" && e.Action == Medk.Core.Platform.Audit.AuditAction.Created
            && e.Channel == Medk.Core.Platform.Audit.AuditChannel.Cli));
        Assert.DoesNotContain(await after.AuditEntries.Select(e => e.Changes).ToListAsync(), c => c != null && c.Contains(secret[12..]));
    }

    [Fact]
    public async Task Migrate_UnreachablePostgres_OneLineAndExitCode2()
    {
        Environment.SetEnvironmentVariable("Database__Provider", "Postgres");
        Environment.SetEnvironmentVariable("ConnectionStrings__Medk", "Host=127.0.0.1;Port=1;Username=x;Password=hidden;Timeout=2");
        try
        {
            var (code, _, error) = await RunAsync("migrate");
            Assert.Equal(2, code);
            Assert.StartsWith("medk: База данных недоступна", error);
            Assert.DoesNotContain("hidden", error);
            Assert.Single(error.TrimEnd().Split('\n'));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Database__Provider", null);
            Environment.SetEnvironmentVariable("ConnectionStrings__Medk", null);
        }
    }
}
