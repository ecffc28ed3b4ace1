using System.Net;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Health, the OpenAPI document and its reference page, and a clear failure for an unreachable database.</summary>
public abstract class PlatformTests(AppFixture fixture)
{
    [Fact]
    public async Task Health_ReportsReachableDatabase()
    {
        var client = fixture.App.CreateClient();
        var health = await client.GetNodeAsync("/health");
        Assert.Equal("ok", (string)health["status"]!);
        Assert.Equal("reachable", (string)health["database"]!);
        Assert.Equal(fixture.Provider == DatabaseProvider.Sqlite ? "Sqlite" : "PostgreSQL", (string)health["provider"]!);
    }

    [Fact]
    public async Task OpenApi_IsAnOpenApi3DocumentDescribingTheApi()
    {
        var client = fixture.App.CreateClient();
        var doc = await client.GetNodeAsync("/openapi/v1.json");
        Assert.StartsWith("3.", (string)doc["openapi"]!);
        Assert.Equal("Medk API", (string)doc["info"]!["title"]!);
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in new[] { "/api/organizations", "/api/roadmaps", "/api/roadmaps/{id}/items", "/api/users", "/api/tokens", "/health" })
        {
            Assert.Contains(path, paths);
        }
        Assert.NotNull(doc["paths"]!["/api/roadmaps/{id}"]!["put"]!["responses"]!["409"]);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PlatformOnSqlite(SqliteFixture fixture) : PlatformTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PlatformOnPostgres(PostgresFixture fixture) : PlatformTests(fixture);

public class UnreachableDatabaseTests
{
    [Fact]
    public async Task Migrate_OnUnreachablePostgres_FailsWithOneClearLine()
    {
        var options = new DbContextOptionsBuilder<MedkDbContext>()
            .UseNpgsql("Host=127.0.0.1;Port=1;Username=nobody;Password=secret;Timeout=2", o => o.MigrationsAssembly("Medk.Migrations.Postgres"))
            .Options;
        await using var db = new MedkDbContext(options);

        var e = await Assert.ThrowsAsync<DatabaseConfigurationException>(() => db.MigrateAsync());
        Assert.StartsWith("База данных недоступна", e.Message);
        Assert.DoesNotContain("secret", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void PostgresWithoutConnectionString_IsExplained()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Postgres" }).Build();
        var e = Assert.Throws<DatabaseConfigurationException>(() => DatabaseSettings.From(configuration, "/tmp"));
        Assert.Contains("ConnectionStrings__Medk", e.Message);
    }
}
