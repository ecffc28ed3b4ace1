using System.Net;
using Medk.Data.Demo;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>The first thing a newcomer sees: an empty database fills itself with the seeds' organizations and demo users.</summary>
public sealed class DemoModeTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private MedkApp _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _app = new MedkApp(DatabaseProvider.Sqlite, _database.ConnectionString, demo: true);
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
    public async Task DemoLoad_OnlyIntoAnEmptyDatabase()
    {
        _ = _app.Server;
        using var scope = _app.Services.CreateScope();
        var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
        Assert.False(await demo.LoadAsync());
        Assert.Equal(HttpStatusCode.OK, (await _app.CreateClient().GetAsync("/health")).StatusCode);
    }
}
