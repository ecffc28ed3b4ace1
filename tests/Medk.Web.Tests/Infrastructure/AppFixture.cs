using Medk.Data.Persistence;

namespace Medk.Web.Tests.Infrastructure;

/// <summary>One application and database per provider, shared by the scenario classes of a collection.
/// Tests never rely on each other's rows: each builds its own territory with <see cref="World"/>.</summary>
public abstract class AppFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public MedkApp App { get; private set; } = null!;
    public TestWorld World { get; private set; } = null!;
    public DatabaseProvider Provider => provider;
    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        App = new MedkApp(provider, _database.ConnectionString);
        _ = App.Server; // starts the host: migrates the database
        World = new TestWorld(App);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqliteFixture() : AppFixture(DatabaseProvider.Sqlite);

public sealed class PostgresFixture() : AppFixture(DatabaseProvider.Postgres);

[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqliteFixture>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
