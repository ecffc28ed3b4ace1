using Medk.Data.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Medk.Web.Tests.Infrastructure;

/// <summary>The real application, in memory, on a real database.</summary>
public sealed class MedkApp(DatabaseProvider provider, string connectionString, bool demo = false) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Medk", connectionString);
        builder.UseSetting("Medk:Demo", demo ? "true" : "false");
    }
}
