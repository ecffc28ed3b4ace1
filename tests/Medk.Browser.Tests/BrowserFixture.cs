using Medk.Data.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Medk.Browser.Tests;

/// <summary>
/// The application on a real Kestrel port in demo mode (embedded SQLite, as the README's run command
/// starts it), and Debian's Chromium driven by Playwright. Playwright never downloads a browser here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"medk-browser-{Guid.NewGuid():N}.db");
    private DemoApp? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _app!.Services;

    public static string ArtifactsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Medk.slnx")))
            {
                dir = dir.Parent;
            }
            var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "browser");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        _app = new DemoApp($"Data Source={_databaseFile}");
        _app.UseKestrel(0);
        _app.StartServer();
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("MEDK_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        File.Delete(_databaseFile);
    }

    /// <summary>A fresh browser context with tracing on; the trace and a screenshot are kept if the journey fails.</summary>
    public async Task RunJourneyAsync(string name, Func<IPage, Task> journey)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "ru-RU",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        await context.Tracing.StartAsync(new TracingStartOptions { Screenshots = true, Snapshots = true });
        var page = await context.NewPageAsync();
        try
        {
            await journey(page);
            await context.Tracing.StopAsync();
        }
        catch
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ArtifactsFolder, $"{name}-failure.png"), FullPage = true });
            await context.Tracing.StopAsync(new TracingStopOptions { Path = Path.Combine(ArtifactsFolder, $"{name}-trace.zip") });
            throw;
        }
    }

    private sealed class DemoApp(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Sqlite));
            builder.UseSetting("ConnectionStrings:Medk", connectionString);
            builder.UseSetting("Medk:Demo", "true");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
