using System.Data.Common;
using Medk.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Medk.Data.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Which database and where. Read from configuration: <c>Database:Provider</c> (Sqlite | Postgres) and
/// <c>ConnectionStrings:Medk</c>; as environment variables <c>Database__Provider</c> and <c>ConnectionStrings__Medk</c>.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=data/medk.db";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"] ?? "Sqlite";
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            throw new DatabaseConfigurationException(
                $"Неизвестный провайдер базы данных «{providerText}»: укажите Database:Provider = Sqlite или Postgres.");
        }
        var connectionString = configuration.GetConnectionString("Medk");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new DatabaseConfigurationException(
                    "Для PostgreSQL задайте строку подключения ConnectionStrings:Medk (или переменную окружения ConnectionStrings__Medk).");
            }
            connectionString = DefaultSqlite;
        }
        if (provider == DatabaseProvider.Sqlite)
        {
            connectionString = AnchorSqliteFile(connectionString, contentRoot);
        }
        return new DatabaseSettings(provider, connectionString);
    }

    public void Configure(DbContextOptionsBuilder options)
    {
        options.AddInterceptors(Audit.AuditInterceptor.Instance);
        switch (Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly("Medk.Migrations.Postgres"));
                break;
            default:
                options.UseSqlite(ConnectionString, o => o.MigrationsAssembly("Medk.Migrations.Sqlite"));
                break;
        }
    }

    /// <summary>A relative SQLite file is placed under the content root, and its folder created.</summary>
    private static string AnchorSqliteFile(string connectionString, string contentRoot)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (builder.TryGetValue("Data Source", out var source) && source is string file && file.Length > 0
            && file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            var full = Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(contentRoot, file));
            var folder = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
            builder["Data Source"] = full;
        }
        return builder.ConnectionString;
    }
}

public sealed class DatabaseConfigurationException(string message, Exception? inner = null) : Exception(message, inner);

public static class DatabaseSetup
{
    /// <summary>The database, Identity stores and the services both the web app and the CLI use.</summary>
    public static IServiceCollection AddMedkData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var settings = DatabaseSettings.From(configuration, contentRoot);
        services.AddSingleton(settings);
        services.AddScoped<Audit.AuditContext>();
        services.AddDbContext<MedkDbContext>(settings.Configure);
        services.AddIdentityCore<MedkUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                // Identity's lower-case rule knows only a–z; LetterPasswordValidator counts any alphabet's letters.
                o.Password.RequireLowercase = false;
                // Wrong passwords do not lock an account (anyone could lock anyone out): the login page is rate-limited
                // instead (decision 024). A lockout is an administrator's block (UserAdministration.LockAsync).
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<MedkDbContext>()
            .AddPasswordValidator<LetterPasswordValidator>()
            .AddErrorDescriber<RussianIdentityErrorDescriber>();
        var files = Files.FileStoreSettings.From(configuration, contentRoot);
        services.AddSingleton(files);
        if (files.Kind == Files.FileStoreKind.FileSystem)
        {
            services.AddSingleton<Files.IFileStore>(new Files.FileSystemFileStore(files.Path));
        }
        else
        {
            services.AddScoped<Files.IFileStore, Files.DatabaseFileStore>();
        }
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<UserAdministration>();
        services.AddScoped<FirstRun>();
        services.AddScoped<Import.OrganizationDirectoryImport>();
        services.AddScoped<ApiTokenService>();
        services.AddScoped<SessionService>();
        services.AddScoped<Demo.DemoData>();
        services.AddScoped<Import.RoadmapImportService>();
        services.AddScoped<Audit.AuditJournal>();
        return services;
    }

    /// <summary>
    /// Brings the schema up to date. EF Core takes a database lock while migrating, so several
    /// instances starting together migrate once. Failure to reach the database becomes one clear line.
    /// </summary>
    public static async Task MigrateAsync(this MedkDbContext db, CancellationToken ct = default)
    {
        try
        {
            await RefuseSquashedHistoryAsync(db, ct);
            await db.Database.MigrateAsync(ct);
            await Audit.AppendOnly.EnsureAsync(db, ct);
        }
        catch (Exception e) when (e is NpgsqlException or DbException or InvalidOperationException or TimeoutException)
        {
            throw new DatabaseConfigurationException(
                $"База данных недоступна ({db.Database.ProviderName}, {Describe(db.Database.GetConnectionString())}): {Innermost(e).Message}", e);
        }
    }

    /// <summary>
    /// The pre-release migrations were squashed into one initial migration (decision 013). A database made before
    /// that has a history none of whose entries Medk knows; migrating it would try to create existing tables.
    /// </summary>
    private static async Task RefuseSquashedHistoryAsync(MedkDbContext db, CancellationToken ct)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        if (applied.Count > 0 && !applied.Any(known.Contains))
        {
            throw new DatabaseConfigurationException(
                $"База данных ({Describe(db.Database.GetConnectionString())}) создана предварительной версией Medk со старой историей миграций. " +
                "Удалите её (для встроенной SQLite — файл базы) и запустите приложение снова: схема и демо будут созданы заново.");
        }
    }

    private static string Describe(string? connectionString)
    {
        try
        {
            var b = new DbConnectionStringBuilder { ConnectionString = connectionString };
            b.Remove("Password");
            b.Remove("pwd");
            return b.ConnectionString ?? "";
        }
        catch (ArgumentException)
        {
            return "строка подключения не разобрана";
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
