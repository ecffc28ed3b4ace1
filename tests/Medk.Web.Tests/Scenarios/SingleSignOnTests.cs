using System.Net;
using System.Text.RegularExpressions;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Audit;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Medk.Web.Features.Platform.Account;
using Medk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// One database, a real OpenID provider (OpenIddict on Kestrel, reached by Medk's handler over real HTTP) and three
/// instances of Medk: single sign-on matching by e-mail, matching by subject, and none at all.
/// </summary>
public abstract class SsoFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string Button = "Войти через портал региона";
    /// <summary>The in-memory Medk is addressed as https: the handler's correlation cookies are Secure.</summary>
    public static readonly Uri Medk = new("https://localhost");

    private TestDatabase? _database;
    public OpenIdProvider Provider { get; private set; } = null!;
    public MedkApp ByEmail { get; private set; } = null!;
    public MedkApp BySubject { get; private set; } = null!;
    public MedkApp WithoutSso { get; private set; } = null!;
    public TestWorld World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        Provider = await OpenIdProvider.StartAsync(new Uri(Medk, "/signin-oidc").ToString());
        MedkApp Sso(string matchBy) => new(provider, _database.ConnectionString, settings: new Dictionary<string, string>
        {
            ["Oidc:Authority"] = Provider.Address,
            ["Oidc:ClientId"] = OpenIdProvider.ClientId,
            ["Oidc:ClientSecret"] = OpenIdProvider.ClientSecret,
            ["Oidc:DisplayName"] = Button,
            ["Oidc:MatchBy"] = matchBy,
            ["Oidc:RequireHttpsMetadata"] = "false",
        });
        ByEmail = Sso("Email");
        _ = ByEmail.Server; // migrates the database once, before the others start on it
        BySubject = Sso("Subject");
        WithoutSso = new MedkApp(provider, _database.ConnectionString);
        World = new TestWorld(ByEmail);
    }

    public async Task DisposeAsync()
    {
        await ByEmail.DisposeAsync();
        await BySubject.DisposeAsync();
        await WithoutSso.DisposeAsync();
        await Provider.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqliteSsoFixture() : SsoFixture(DatabaseProvider.Sqlite);

public sealed class PostgresSsoFixture() : SsoFixture(DatabaseProvider.Postgres);

public abstract partial class SingleSignOnTests(SsoFixture fixture)
{
    private TestWorld World => fixture.World;
    private OpenIdProvider Provider => fixture.Provider;

    private sealed record Outcome(HttpClient Browser, HttpResponseMessage Response, string Page);

    /// <summary>
    /// A browser's whole trip: Medk's login page → its button → the provider (as <paramref name="hint"/>) → the
    /// provider's form post to Medk's callback → Medk's mapping page. Every redirect is followed by hand.
    /// </summary>
    private async Task<Outcome> SignOnAsync(MedkApp app, string hint)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = SsoFixture.Medk });
        var login = await browser.GetStringAsync("/Account/Login");
        Assert.Contains(SsoFixture.Button, login);
        var challenge = await TestWorld.PostFormAsync(browser, "/Account/Sso", new() { ["returnUrl"] = "/" }, "/Account/Login");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!.ToString();
        Assert.StartsWith(Provider.Address + "/connect/authorize?", authorize);
        Assert.Contains("code_challenge=", authorize);

        using var outside = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var answer = await outside.GetAsync(authorize + "&login_hint=" + Uri.EscapeDataString(hint));
        var form = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{answer.StatusCode}: {form}");
        Assert.Equal(new Uri(SsoFixture.Medk, "/signin-oidc").ToString(), WebUtility.HtmlDecode(FormAction().Match(form).Groups[1].Value));
        var fields = HiddenField().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
        Assert.Contains("code", fields.Keys);

        var callback = await browser.PostAsync("/signin-oidc", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.StartsWith("/Account/Sso?handler=Callback", callback.Headers.Location!.ToString());
        var mapped = await browser.GetAsync(callback.Headers.Location);
        return new Outcome(browser, mapped, WebUtility.HtmlDecode(await mapped.Content.ReadAsStringAsync()));
    }

    private static async Task<Guid> SignedInAsAsync(Outcome outcome)
    {
        Assert.Equal(HttpStatusCode.Redirect, outcome.Response.StatusCode);
        Assert.Equal("/", outcome.Response.Headers.Location!.ToString());
        var me = await outcome.Browser.GetAsync("/api/users/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        return Guid.Parse((string)(await me.ReadNodeAsync())["id"]!);
    }

    private static async Task RefusedAsync(Outcome outcome, string message)
    {
        Assert.Equal(HttpStatusCode.OK, outcome.Response.StatusCode);
        Assert.Contains(message, outcome.Page);
        Assert.Equal(HttpStatusCode.Unauthorized, (await outcome.Browser.GetAsync("/api/users/me")).StatusCode);
    }

    private async Task<List<AuditEntry>> JournalAsync(Guid? userId, string subject)
    {
        await using var scope = fixture.ByEmail.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.UserId == userId && e.EntityType == "Account").ToListAsync();
        return entries.Where(e => e.Detail != null && e.Detail.Contains(subject)).ToList();
    }

    private async Task<T> UsersAsync<T>(Func<UserManager<MedkUser>, Task<T>> work)
    {
        await using var scope = fixture.ByEmail.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<MedkUser>>());
    }

    private static string NewSubject() => "sub-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task AKnownEmail_SignsInAsThatUser_AndIsJournaled()
    {
        var user = await World.UserAsync(Role.RegionalCoordinator, await World.RegionAsync());
        var subject = NewSubject();
        Provider.Add(subject, new OpenIdProvider.Person(subject, user.Email.ToUpperInvariant(), "Иванова Мария Петровна"));

        Assert.Equal(user.Id, await SignedInAsAsync(await SignOnAsync(fixture.ByEmail, subject)));

        var journaled = Assert.Single(await JournalAsync(user.Id, subject));
        Assert.Equal(AuditAction.SignedIn, journaled.Action);
        Assert.Contains("Единый вход", journaled.Detail);
        // The subject was stored: the link is visible to Identity.
        var logins = await UsersAsync(async m => await m.GetLoginsAsync((await m.FindByIdAsync(user.Id.ToString()))!));
        Assert.Equal(subject, Assert.Single(logins).ProviderKey);
    }

    [Fact]
    public async Task BySubject_AfterTheFirstLogin_TheSubjectDecides_NotTheEmail()
    {
        var user = await World.UserAsync(Role.MunicipalCoordinator, await World.MunicipalityAsync(await World.RegionAsync()));
        var subject = NewSubject();
        Provider.Add(subject, new OpenIdProvider.Person(subject, user.Email, "Петров Пётр"));
        Assert.Equal(user.Id, await SignedInAsAsync(await SignOnAsync(fixture.BySubject, subject)));

        // The person's address changes at the provider and in Medk: the stored subject still finds them.
        Provider.Add(subject, new OpenIdProvider.Person(subject, "renamed-" + user.Email, "Петров Пётр"));
        var newEmail = "moved-" + user.Email;
        Assert.True((await UsersAsync(async m => await m.SetEmailAsync((await m.FindByIdAsync(user.Id.ToString()))!, newEmail))).Succeeded);
        Assert.Equal(user.Id, await SignedInAsAsync(await SignOnAsync(fixture.BySubject, subject)));

        // Another identity of the same provider bearing the user's address does not take the linked account.
        var intruder = NewSubject();
        Provider.Add(intruder, new OpenIdProvider.Person(intruder, newEmail, "Кто-то другой"));
        await RefusedAsync(await SignOnAsync(fixture.BySubject, intruder), SsoModel.NotFoundMessage);
        Assert.Equal(2, (await JournalAsync(user.Id, subject)).Count(e => e.Action == AuditAction.SignedIn));
    }

    [Fact]
    public async Task AnUnknownPerson_IsRefusedInRussian_AndNoAccountIsMade()
    {
        var subject = NewSubject();
        var email = $"stranger-{Guid.NewGuid():N}@test.medk";
        Provider.Add(subject, new OpenIdProvider.Person(subject, email, "Незнакомец"));
        var before = await UsersAsync(m => m.Users.CountAsync());

        var outcome = await SignOnAsync(fixture.ByEmail, subject);
        await RefusedAsync(outcome, "Учётная запись не найдена — обратитесь к координатору своей территории");

        Assert.Equal(before, await UsersAsync(m => m.Users.CountAsync()));
        Assert.Null(await UsersAsync(m => m.FindByEmailAsync(email)));
        Assert.Equal(AuditAction.SignInFailed, Assert.Single(await JournalAsync(null, subject)).Action);
    }

    [Fact]
    public async Task ALockedOutUser_IsRefused()
    {
        var user = await World.UserAsync(Role.RegionalCoordinator, await World.RegionAsync());
        Assert.True((await UsersAsync(async m => await m.SetLockoutEndDateAsync((await m.FindByIdAsync(user.Id.ToString()))!, DateTimeOffset.UtcNow.AddDays(1)))).Succeeded);
        var subject = NewSubject();
        Provider.Add(subject, new OpenIdProvider.Person(subject, user.Email, "Заблокированный"));

        await RefusedAsync(await SignOnAsync(fixture.ByEmail, subject), SsoModel.LockedOutMessage);

        Assert.Equal(AuditAction.SignInFailed, Assert.Single(await JournalAsync(user.Id, subject)).Action);
        Assert.Empty(await UsersAsync(async m => await m.GetLoginsAsync((await m.FindByIdAsync(user.Id.ToString()))!)));
    }

    [Fact]
    public async Task WithoutSettings_ThereIsNoButton_AndPasswordsStillWork()
    {
        var user = await World.UserAsync(Role.RegionalCoordinator, await World.RegionAsync());
        var browser = fixture.WithoutSso.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await browser.GetStringAsync("/Account/Login");
        Assert.DoesNotContain(SsoFixture.Button, login);
        Assert.DoesNotContain("/Account/Sso", login);
        Assert.DoesNotContain("sso-login", login);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Account/Sso?handler=Callback")).StatusCode);
        // The same account signs in with its password, on the instance with SSO as on the one without.
        Assert.NotNull(await new TestWorld(fixture.WithoutSso).LoginAsync(user));
        Assert.NotNull(await World.LoginAsync(user));
    }

    [GeneratedRegex("<form[^>]*action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}

[CollectionDefinition(Name)]
public sealed class SqliteSsoCollection : ICollectionFixture<SqliteSsoFixture>
{
    public const string Name = "SQLite SSO";
}

[CollectionDefinition(Name)]
public sealed class PostgresSsoCollection : ICollectionFixture<PostgresSsoFixture>
{
    public const string Name = "PostgreSQL SSO";
}

[Collection(SqliteSsoCollection.Name)]
public sealed class SingleSignOnSqliteTests(SqliteSsoFixture fixture) : SingleSignOnTests(fixture);

[Collection(PostgresSsoCollection.Name)]
public sealed class SingleSignOnPostgresTests(PostgresSsoFixture fixture) : SingleSignOnTests(fixture);
