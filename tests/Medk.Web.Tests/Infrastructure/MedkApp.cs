using System.Net;
using Medk.Data.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
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
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFilter>());
    }

    public static readonly IPAddress Client = IPAddress.Parse("192.0.2.17");

    public const string ClientAddressHeader = "X-Test-Client-Address";

    private static int _addresses;

    /// <summary>A client address of its own (TestServer has none): as if each test browser were another computer.</summary>
    public static string NextClientAddress()
    {
        var n = Interlocked.Increment(ref _addresses);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    /// <summary>
    /// TestServer gives no remote address; this sets the one a test names in <see cref="ClientAddressHeader"/> (else
    /// <see cref="Client"/>), before the
    /// application's own pipeline (forwarded headers, rate limits) sees the request — as Kestrel would.
    /// </summary>
    private sealed class ClientAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextMiddleware) =>
            {
                if (IPAddress.TryParse(http.Request.Headers[ClientAddressHeader].ToString(), out var address))
                {
                    http.Connection.RemoteIpAddress = address;
                }
                http.Connection.RemoteIpAddress ??= Client;
                return nextMiddleware(http);
            });
            next(app);
        };
    }
}
