using System.Net;
using Medk.Data.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Medk.Web.Tests.Infrastructure;

/// <summary>The real application, in memory, on a real database; <paramref name="settings"/> add to its configuration.</summary>
public sealed class MedkApp(DatabaseProvider provider, string connectionString, bool demo = false, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Medk", connectionString);
        builder.UseSetting("Medk:Demo", demo ? "true" : "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        // The in-memory server has no network: each request gets the client address a real connection would carry.
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddress>());
    }

    public static readonly IPAddress Client = IPAddress.Parse("192.0.2.17");

    private sealed class ClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                http.Connection.RemoteIpAddress ??= Client;
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
