using Medk.Data.Demo;
using Medk.Data.Persistence;

namespace Medk.Web.Infrastructure;

public sealed class MedkOptions
{
    /// <summary>Demo mode: an empty database is filled with the seed organizations, users and roadmaps,
    /// and the login page lists the demo accounts. Off in production.</summary>
    public bool Demo { get; set; }

    /// <summary>Apply migrations at start. Several instances may do it at once: EF Core locks the database.</summary>
    public bool MigrateOnStart { get; set; } = true;
}

public static class DatabaseStartup
{
    /// <summary>Migrates the database and, in demo mode, fills an empty one. Fails with one clear line.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection("Medk").Get<MedkOptions>() ?? new MedkOptions();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        if (options.MigrateOnStart)
        {
            await db.MigrateAsync();
        }
        if (options.Demo)
        {
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            if (await demo.LoadAsync())
            {
                app.Logger.LogInformation("Demo data loaded: log in as admin@demo.medk / {Password}", DemoData.Password);
            }
        }
    }
}
