using Medk.Core.Common;
using Medk.Data.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Medk.Cli;

/// <summary>
/// The services of the web app without the web: the same configuration files, the same database.
/// The configuration folder is MEDK_CONTENT_ROOT if set; else src/Medk.Web when run from the
/// source tree (so `dotnet run --project src/Medk.Cli` works on the app's own SQLite file); else the
/// folder of the executable (a published app ships medk beside the web app).
/// </summary>
public static class CliHost
{
    public static string ContentRoot()
    {
        var configured = Environment.GetEnvironmentVariable("MEDK_CONTENT_ROOT");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "Medk.Web");
            if (File.Exists(Path.Combine(web, "appsettings.json")))
            {
                return web;
            }
            if (File.Exists(Path.Combine(dir.FullName, "Medk.Web.csproj")))
            {
                return dir.FullName;
            }
        }
        return AppContext.BaseDirectory;
    }

    /// <summary>The web app's Documents:LibreOfficePath and Documents:ConversionTimeoutSeconds, read without starting a host.</summary>
    public static Medk.Documents.RoadmapImportOptions ImportOptions()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(ContentRoot())
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production"}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return Medk.Documents.RoadmapImportOptions.WithLibreOffice(
            configuration["Documents:LibreOfficePath"], configuration.GetValue<int?>("Documents:ConversionTimeoutSeconds"));
    }

    /// <summary>Runs <paramref name="work"/> against a migrated database; failures become one line on stderr.</summary>
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = ContentRoot() });
            builder.Logging.ClearProviders();
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            builder.Services.AddMedkData(builder.Configuration, builder.Environment.ContentRootPath);
            using var host = builder.Build();
            await using var scope = host.Services.CreateAsyncScope();
            // Every change the command makes is journaled as the command line's, under the operating-system user.
            scope.ServiceProvider.GetRequiredService<Medk.Data.Audit.AuditContext>().ForCommandLine();
            await scope.ServiceProvider.GetRequiredService<MedkDbContext>().MigrateAsync(ct);
            return await work(scope.ServiceProvider, ct);
        }
        catch (Exception e) when (e is DomainException or DatabaseConfigurationException or CliException)
        {
            Console.Error.WriteLine("medk: " + e.Message);
            return 2;
        }
    }
}

/// <summary>A wrong argument of a command: reported as one line, exit code 2.</summary>
public sealed class CliException(string message) : Exception(message);
