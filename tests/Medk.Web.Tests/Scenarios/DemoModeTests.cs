using System.Net;
using Medk.Core.Monitoring.Reporting;
using Medk.Data.Accounts;
using Medk.Data.Demo;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// The first thing a newcomer sees: an empty database fills itself with the seeds' organizations and demo users.
/// On PostgreSQL too: the demo writes moments with the offset of Бурятия (+08:00), which Npgsql refuses unless the
/// context turns them to UTC (decision 027); this class fails if that conversion is ever lost.
/// </summary>
public abstract class DemoModeTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private MedkApp _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new MedkApp(provider, _database.ConnectionString, demo: true);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task LoginPage_ListsDemoAccounts_AndADemoCoordinatorBrowsesHerTerritoryOnly()
    {
        var client = _app.CreateClient(new() { AllowAutoRedirect = false });
        var login = await client.GetStringAsync("/Account/Login");
        Assert.Contains("Демонстрационный режим", login);
        Assert.Contains(DemoData.Password, login);
        foreach (var account in DemoData.Accounts)
        {
            Assert.Contains(account.Email, login);
        }

        var world = new TestWorld(_app);
        var browser = await world.LoginAsync(new Actor(Guid.Empty, "buryatia@demo.medk", DemoData.Password, client));
        var search = await browser.GetStringAsync("/Organizations?q=" + Uri.EscapeDataString("СОШ"));
        Assert.Contains("МБОУ «Витимская СОШ»", search);
        Assert.DoesNotContain("СОШ № 15", search); // Калмыкия is beside Бурятия, not below it

        var kalmykia = await browser.GetStringAsync("/Organizations?q=" + Uri.EscapeDataString("МОиН РК"));
        Assert.DoesNotContain("Республика Калмыкия", kalmykia);

        var admin = await world.LoginAsync(new Actor(Guid.Empty, "admin@demo.medk", DemoData.Password, client));
        var all = await admin.GetStringAsync("/Organizations?q=" + Uri.EscapeDataString("моин рк"));
        Assert.Contains("Республика Калмыкия", all);
    }

    [Fact]
    public async Task DemoLoad_OnlyIntoAnEmptyDatabase_WithItsLocalMomentsKeptAsTheSameInstants()
    {
        _ = _app.Server;
        using var scope = _app.Services.CreateScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
        Assert.False(await demo.LoadAsync());
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/health")).StatusCode);

        // The school reports were written at 10:00 in Бурятия (+08:00): the database keeps the instant, 02:00 UTC.
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var submitted = await db.ProgressReports.AsNoTracking().Select(r => r.SubmittedAt).Where(s => s != null).ToListAsync();
        Assert.NotEmpty(submitted);
        Assert.All(submitted, s => Assert.Equal(new TimeOnly(2, 0), TimeOnly.FromTimeSpan(s!.Value.UtcDateTime.TimeOfDay)));

        if (provider == DatabaseProvider.Postgres)
        {
            // A query parameter with a local offset is converted too, and compares as its instant.
            var firstLocal = submitted.Min()!.Value.ToOffset(TimeSpan.FromHours(8));
            Assert.True(await db.ProgressReports.AnyAsync(r => r.SubmittedAt == firstLocal));
        }
    }

    [Fact]
    public async Task DemoFailingHalfWay_LeavesTheDatabaseEmpty_AndASecondTryLoadsIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var failing = Services(database, failOnProgressReports: true))
        {
            await using var scope = failing.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MedkDbContext>().MigrateAsync();
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync());
            Assert.Equal(FailOnProgressReports.Message, error.Message);
        }
        await using var services = Services(database, failOnProgressReports: false);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
            // Organizations, users and roadmaps were saved before the failure, each by its own SaveChanges: all gone.
            Assert.Equal(0, await db.Organizations.CountAsync());
            Assert.Equal(0, await db.Users.CountAsync());
            Assert.Equal(0, await db.RoleAssignments.CountAsync());
            Assert.Equal(0, await db.Roadmaps.CountAsync());
            Assert.True(await scope.ServiceProvider.GetRequiredService<DemoData>().LoadAsync());
        }
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
            Assert.Equal(DemoData.Accounts.Count, await db.Users.CountAsync());
            Assert.True(await db.ProgressReports.AnyAsync());
        }
    }

    private static ServiceProvider Services(TestDatabase database, bool failOnProgressReports)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Medk"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddMedkData(configuration, AppContext.BaseDirectory);
        if (failOnProgressReports)
        {
            services.ConfigureDbContext<MedkDbContext>(o => o.AddInterceptors(new FailOnProgressReports()));
        }
        return services.BuildServiceProvider();
    }

    /// <summary>Fails the save that first adds a progress report: late in the demo, after many rows were saved.</summary>
    private sealed class FailOnProgressReports : SaveChangesInterceptor
    {
        public const string Message = "Сбой посреди загрузки демо (тест).";

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default) =>
            eventData.Context!.ChangeTracker.Entries<ProgressReport>().Any(e => e.State == EntityState.Added)
                ? throw new InvalidOperationException(Message)
                : ValueTask.FromResult(result);
    }
}

public sealed class DemoModeOnSqlite() : DemoModeTests(DatabaseProvider.Sqlite);

public sealed class DemoModeOnPostgres() : DemoModeTests(DatabaseProvider.Postgres);
