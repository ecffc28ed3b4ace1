using System.Net;
using Medk.Data.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.LoadTest;

/// <summary>
/// The real application as production runs it (environment Production, no demo data, logging at Warning) on
/// PostgreSQL, served by Kestrel on 127.0.0.1 with a free port; plus a counter of database commands per request.
/// </summary>
public sealed class LoadTestApp(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The factory looks for its manifest in the working directory; dotnet run --project leaves that at the caller's.
        builder.UseContentRoot(WebContentRoot());
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Postgres));
        builder.UseSetting("ConnectionStrings:Medk", connectionString);
        builder.UseSetting("Medk:Demo", "false");
        builder.UseSetting("Medk:MigrateOnStart", "true");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        // The first migration of an empty database logs its failed look at the history table; failed commands during
        // the run show as non-200 answers anyway. Keys stored unencrypted are how the app runs here, not news.
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Critical");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<CountingInterceptor>();
            services.AddSingleton<ServerLog>();
            services.ConfigureDbContext<MedkDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<CountingInterceptor>()));
            services.AddSingleton<IStartupFilter, QueryCountingStartupFilter>();
        });
    }

    /// <summary>The web project's folder, from the manifest Microsoft.AspNetCore.Mvc.Testing writes next to this program.</summary>
    private static string WebContentRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        var name = typeof(Program).Assembly.GetName().Name + ",";
        var root = json.RootElement.EnumerateObject().FirstOrDefault(p => p.Name.StartsWith(name, StringComparison.Ordinal)).Value.GetString();
        return root is not null && Directory.Exists(root)
            ? root
            : throw new InvalidOperationException($"{manifest} does not name the folder of {name.TrimEnd(',')}.");
    }

    /// <summary>Starts Kestrel (migrating the database on the way) and returns its address.</summary>
    public Uri Start()
    {
        UseKestrel(); // on the urls setting: 127.0.0.1, a free port
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel did not say where it listens.");
        var address = new Uri(addresses.Single());
        if (!IPAddress.IsLoopback(IPAddress.Parse(address.Host)))
        {
            throw new InvalidOperationException($"Kestrel listens on {address}, not on 127.0.0.1.");
        }
        return address;
    }
}
