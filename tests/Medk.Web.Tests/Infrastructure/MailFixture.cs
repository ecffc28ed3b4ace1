using Medk.Data.Persistence;

namespace Medk.Web.Tests.Infrastructure;

/// <summary>
/// An application whose mail goes to a real SMTP server process started here (<see cref="SmtpSink"/>), on its own
/// database. A second instance on the same database can be started, as behind a load balancer.
/// </summary>
public abstract class MailFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string PublicUrl = "http://medk.test";

    private TestDatabase? _database;
    private readonly List<MedkApp> _apps = [];

    public MedkApp App { get; private set; } = null!;
    public TestWorld World { get; private set; } = null!;
    public SmtpSink Smtp { get; private set; } = null!;
    public DatabaseProvider Provider => provider;

    public async Task InitializeAsync()
    {
        Smtp = await SmtpSink.StartAsync();
        _database = await TestDatabase.CreateAsync(provider);
        App = StartInstance();
        World = new TestWorld(App);
    }

    /// <summary>One more app instance on the same database and mail server; disposed with the fixture.</summary>
    public MedkApp StartInstance()
    {
        var settings = new Dictionary<string, string>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Tls"] = "None",
            ["Mail:From"] = "Medk <noreply@medk.test>",
            ["Mail:PollSeconds"] = "0.5",
            ["Mail:RetrySeconds"] = "1",
            ["Medk:PublicUrl"] = PublicUrl,
            // Reminders and digests are run by the tests for the day they choose, not by the half-hourly worker.
            ["Notifications:ReminderMinutes"] = "0",
        };
        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }
        var app = new MedkApp(provider, _database!.ConnectionString, settings: settings);
        _ = app.Server; // starts the host (migrates) and its delivery worker
        _apps.Add(app);
        return app;
    }

    /// <summary>Settings a fixture adds to (or changes in) the instances' configuration.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        await Smtp.DisposeAsync();
    }
}

public sealed class SqliteMailFixture() : MailFixture(DatabaseProvider.Sqlite);

public sealed class PostgresMailFixture() : MailFixture(DatabaseProvider.Postgres);
