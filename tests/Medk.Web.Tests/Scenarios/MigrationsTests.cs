using System.Data.Common;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// The model and the migrations agree on each provider, and both providers build the same tables and columns.
/// A change to an entity or a configuration without `scripts/add-migration.sh` fails here.
/// </summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=unused")]
    public void Model_HasNoChangesMissingFromTheMigrations(DatabaseProvider provider, string connectionString)
    {
        using var db = Context(new DatabaseSettings(provider, connectionString));

        Assert.False(db.Database.HasPendingModelChanges(),
            $"Модель изменена без миграции для {provider}: запустите scripts/add-migration.sh ИМЯ.");
    }

    [Fact]
    public void EachProvider_HasOneInitialMigration_AndTheSameHistory()
    {
        using var sqlite = Context(new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=unused.db"));
        using var postgres = Context(new DatabaseSettings(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=unused"));

        var sqliteHistory = sqlite.Database.GetMigrations().ToList();
        Assert.Single(sqliteHistory, m => m.EndsWith("_Initial", StringComparison.Ordinal));
        Assert.Equal(sqliteHistory, postgres.Database.GetMigrations());
    }

    [Fact]
    public async Task BothProviders_BuildTheSameTablesAndColumns()
    {
        await using var sqliteDb = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var postgresDb = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);

        var sqlite = await MigratedColumnsAsync(sqliteDb, """
            SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
            WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
            """);
        var postgres = await MigratedColumnsAsync(postgresDb, """
            SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'
            """);

        Assert.Contains("Roadmaps.Title", sqlite);
        Assert.Empty(sqlite.Except(postgres).Order());
        Assert.Empty(postgres.Except(sqlite).Order());
    }

    [Fact]
    public async Task DatabaseWithThePreSquashHistory_IsRefusedWithOneClearLine()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = Context(new DatabaseSettings(database.Provider, database.ConnectionString)))
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261125015346_Initial', '10.0.0');
                """);
        }
        await using var again = Context(new DatabaseSettings(database.Provider, database.ConnectionString));

        var e = await Assert.ThrowsAsync<DatabaseConfigurationException>(() => again.MigrateAsync());
        Assert.Contains("старой историей миграций", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    private static MedkDbContext Context(DatabaseSettings settings)
    {
        var options = new DbContextOptionsBuilder<MedkDbContext>();
        settings.Configure(options);
        return new MedkDbContext(options.Options);
    }

    private static async Task<HashSet<string>> MigratedColumnsAsync(TestDatabase database, string sql)
    {
        await using var db = Context(new DatabaseSettings(database.Provider, database.ConnectionString));
        await db.MigrateAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var columns = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (reader.GetString(0).StartsWith("__EF", StringComparison.Ordinal))
            {
                continue; // EF's own bookkeeping (SQLite keeps a migration lock table, PostgreSQL an advisory lock)
            }
            columns.Add(reader.GetString(0) + "." + reader.GetString(1));
        }
        return columns;
    }
}
