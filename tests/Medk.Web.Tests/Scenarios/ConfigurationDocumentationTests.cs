using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Medk.Data.Persistence;
using Medk.Web.Features.Platform.Notifications;
using Medk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// The README's configuration table is the contract of a deployment (decision 027): the tests read the table itself,
/// so a setting documented but never read by the app, an environment variable spelled unlike its setting, or a default
/// in appsettings.json that hides the environment (as `Urls` once hid ASPNETCORE_URLS) fails here.
/// </summary>
public sealed partial class ConfigurationDocumentationTests
{
    private sealed record Documented(string Setting, string Variable);

    private static string RepositoryFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Medk.slnx")))
        {
            dir = dir.Parent;
        }
        return Path.Combine([dir.FullName, .. parts]);
    }

    /// <summary>Each row of the table under «## Configuration»: its settings and their variables, paired in order.</summary>
    private static List<Documented> Table()
    {
        var readme = File.ReadAllLines(RepositoryFile("README.md"));
        var start = Array.FindIndex(readme, l => l.StartsWith("## Configuration", StringComparison.Ordinal));
        Assert.True(start >= 0, "README has no «## Configuration» section.");
        var rows = new List<Documented>();
        foreach (var line in readme.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var settings = Code().Matches(cells[1]).Select(m => m.Groups[1].Value).ToList();
            var variables = Code().Matches(cells[2]).Select(m => m.Groups[1].Value).ToList();
            Assert.True(settings.Count == variables.Count && settings.Count > 0, $"README row without one variable per setting: {line}");
            rows.AddRange(settings.Zip(variables, (s, v) => new Documented(s, v)));
        }
        return rows;
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();

    [Fact]
    public void EachDocumentedVariable_IsTheEnvironmentSpellingOfItsSetting()
    {
        var table = Table();
        Assert.True(table.Count >= 20, $"only {table.Count} settings read from the README table");
        foreach (var (setting, variable) in table)
        {
            // ASP.NET Core's own variables drop their prefix (ASPNETCORE_URLS is `Urls`); Medk's use `__` for `:`.
            var expected = variable.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
                ? variable["ASPNETCORE_".Length..]
                : variable.Replace("__", ":", StringComparison.Ordinal);
            Assert.True(string.Equals(expected, setting, StringComparison.OrdinalIgnoreCase), $"{variable} is not the variable of {setting}");
        }
    }

    /// <summary>
    /// Settings read while Program.cs registers services (before a test's configuration source could record the read)
    /// are given distinctive values and checked in what the app registered; the URL is checked by the process tests.
    /// </summary>
    private static readonly Dictionary<string, string> ReadAtRegistration = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Files:Store"] = "FileSystem",
        ["Files:Path"] = "files-of-the-test",
        ["Documents:LibreOfficePath"] = "/opt/test/soffice",
        ["Documents:ConversionTimeoutSeconds"] = "17",
        ["Oidc:Authority"] = "https://sso.test.invalid/realms/medk",
        ["Oidc:ClientId"] = "client-of-the-test",
        ["Oidc:ClientSecret"] = "secret-of-the-test",
        ["Oidc:DisplayName"] = "Кнопка теста",
        ["Oidc:MatchBy"] = "Subject",
        ["Oidc:RequireHttpsMetadata"] = "false",
        ["Medk:TrustedProxies"] = "10.77.0.0/16",
        ["Medk:Login:AttemptsPerAddressPerMinute"] = "37",
        ["Medk:Login:AttemptsPerAccountPer15Minutes"] = "13",
    };

    [Fact]
    public async Task EachDocumentedSetting_IsReadByTheApp()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var asked = new RecordingSource();
        var verified = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Urls" }; // by the process tests below
        // A section with no key at all is skipped by the options binder; one key (no sender: nothing is sent) makes it bind.
        var settings = new Dictionary<string, string>(ReadAtRegistration) { ["Notifications:ReminderMinutes"] = "0", ["Mail:Host"] = "mail.invalid" };
        await using (var app = new RecordingApp(database.ConnectionString, settings, asked))
        {
            var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

            var db = app.Services.GetRequiredService<DatabaseSettings>();
            Assert.Equal((DatabaseProvider.Sqlite, true), (db.Provider, db.ConnectionString.Contains(Path.GetFileName(database.ConnectionString.Split('=')[1]))));
            verified.UnionWith(["Database:Provider", "ConnectionStrings:Medk"]);
            var files = app.Services.GetRequiredService<Medk.Data.Files.FileStoreSettings>();
            Assert.Equal(Medk.Data.Files.FileStoreKind.FileSystem, files.Kind);
            Assert.EndsWith("files-of-the-test", files.Path);
            verified.UnionWith(["Files:Store", "Files:Path"]);
            var office = (Medk.Documents.Reading.LibreOfficeConverter)app.Services.GetRequiredService<Medk.Documents.RoadmapImportOptions>().LegacyConverter!;
            Assert.Equal(("/opt/test/soffice", TimeSpan.FromSeconds(17)), (office.Options.ExecutablePath, office.Options.Timeout));
            verified.UnionWith(["Documents:LibreOfficePath", "Documents:ConversionTimeoutSeconds"]);
            var sso = app.Services.GetRequiredService<Medk.Web.Infrastructure.OidcSettings>();
            var oidc = app.Services.GetRequiredService<IOptionsMonitor<Microsoft.AspNetCore.Authentication.OpenIdConnect.OpenIdConnectOptions>>()
                .Get(Medk.Web.Infrastructure.OidcSettings.Scheme);
            Assert.Equal(("https://sso.test.invalid/realms/medk", "client-of-the-test", "secret-of-the-test", false),
                (oidc.Authority, oidc.ClientId, oidc.ClientSecret, oidc.RequireHttpsMetadata));
            Assert.Equal(("Кнопка теста", Medk.Web.Infrastructure.OidcMatch.Subject), (sso.ButtonText, sso.MatchBy));
            Assert.Contains("Кнопка теста", await client.GetStringAsync("/Account/Login"));
            verified.UnionWith(["Oidc:Authority", "Oidc:ClientId", "Oidc:ClientSecret", "Oidc:DisplayName", "Oidc:MatchBy", "Oidc:RequireHttpsMetadata"]);

            var forwarded = app.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>>().Value;
            Assert.Contains(forwarded.KnownIPNetworks, n => n.ToString() == "10.77.0.0/16");
            var limits = app.Services.GetRequiredService<Medk.Web.Infrastructure.LoginLimits>();
            Assert.Equal((37, 13), (limits.PerAddressPerMinute, limits.PerAccountPer15Minutes));
            verified.UnionWith(["Medk:TrustedProxies", "Medk:Login:AttemptsPerAddressPerMinute", "Medk:Login:AttemptsPerAccountPer15Minutes"]);

            // Settings read when they are first needed: the mail settings and the public address, as a letter reads them.
            _ = app.Services.GetRequiredService<IOptions<MailSettings>>().Value;
            _ = app.Services.GetRequiredService<PublicAddress>().Base;
        }
        verified.UnionWith(asked.Keys);
        var missing = Table().Where(d => !verified.Contains(d.Setting)).Select(d => $"{d.Setting} ({d.Variable})").ToList();
        Assert.True(missing.Count == 0, "documented but never read: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("environment")]
    [InlineData("argument")]
    public async Task TheListeningAddress_ComesFromAspNetCoreUrlsOrUrls_NotFromAppsettings(string how)
    {
        var root = Directory.CreateTempSubdirectory("medk-urls-").FullName;
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var address = $"http://127.0.0.1:{port}";
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // Release or Debug, as this build
        var web = RepositoryFile("src", "Medk.Web", "bin", configuration, "net10.0", "Medk.Web.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(web);
        if (how == "argument")
        {
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(address);
        }
        else
        {
            start.Environment["ASPNETCORE_URLS"] = address;
        }
        start.Environment["DOTNET_ENVIRONMENT"] = start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Medk"] = $"Data Source={Path.Combine(root, "medk.db")}";
        start.Environment["Medk__Demo"] = "false";
        start.Environment["Notifications__ReminderMinutes"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient();
            HttpStatusCode? status = null;
            for (var attempt = 0; attempt < 240 && status is null && !process.HasExited; attempt++)
            {
                try
                {
                    status = (await http.GetAsync(address + "/health")).StatusCode;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(500);
                }
            }
            Assert.True(status == HttpStatusCode.OK, $"no answer at {address}; exited: {process.HasExited}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
            await process.WaitForExitAsync();
            _ = await output + await error;
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// The real app with, on top of its configuration, a source that answers nothing and writes down every key asked
    /// for after the host is built (WebApplicationFactory adds app configuration at that point, so it is consulted first).
    /// </summary>
    private sealed class RecordingApp(string connectionString, IReadOnlyDictionary<string, string> settings, RecordingSource asked) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Medk", connectionString);
            builder.UseSetting("Medk:Demo", "false");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureAppConfiguration(c => c.Add(asked));
        }
    }

    private sealed class RecordingSource : IConfigurationSource
    {
        public HashSet<string> Keys { get; } = new(StringComparer.OrdinalIgnoreCase);

        public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(this);

        private sealed class Provider(RecordingSource source) : ConfigurationProvider
        {
            public override bool TryGet(string key, out string? value)
            {
                lock (source.Keys)
                {
                    source.Keys.Add(key);
                }
                value = null;
                return false;
            }
        }
    }
}
