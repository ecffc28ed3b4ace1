using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Medk.Core.Platform.Access;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Issue 11, sessions: cookies, server-side sessions, cross-site writes, headers, login and tokens (decision 024).</summary>
public abstract partial class SessionSecurityTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    private async Task<Actor> SomeoneAsync(Role role = Role.SchoolTeam)
    {
        var school = await World.SchoolAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        return await World.UserAsync(role, school);
    }

    private HttpClient Browser(string? address = null, bool cookies = true)
    {
        var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });
        client.DefaultRequestHeaders.Add(MedkApp.ClientAddressHeader, address ?? MedkApp.NextClientAddress());
        return client;
    }

    private static Task<HttpResponseMessage> LogInAsync(HttpClient client, string email, string password) =>
        TestWorld.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith("medk.auth=", StringComparison.Ordinal)) ?? ""
            : "";

    /// <summary>Logs in and returns the browser and its authentication cookie, to be replayed by someone who copied it.</summary>
    private async Task<(HttpClient Browser, string Cookie)> SessionAsync(Actor actor)
    {
        var browser = Browser();
        var response = await LogInAsync(browser, actor.Email, actor.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = AuthCookie(response);
        Assert.NotEmpty(cookie);
        return (browser, cookie.Split(';')[0]);
    }

    private async Task<HttpStatusCode> WithCookieAsync(string cookie, string url = "/api/users/me")
    {
        var copy = Browser(cookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return (await copy.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task AuthCookie_IsSecure_WhenATrustedProxySaysHttps_AndOnlyThen()
    {
        var team = await SomeoneAsync();

        // Loopback is trusted by default: a proxy on the same machine that ended HTTPS.
        var proxied = Browser("127.0.0.1");
        proxied.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var secure = AuthCookie(await LogInAsync(proxied, team.Email, team.Password));
        Assert.Contains("; secure", secure, StringComparison.OrdinalIgnoreCase);

        // Anyone else saying "https" is not believed.
        var spoofing = Browser("203.0.113.7");
        spoofing.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var plain = AuthCookie(await LogInAsync(spoofing, team.Email, team.Password));
        Assert.NotEmpty(plain);
        Assert.DoesNotContain("; secure", plain, StringComparison.OrdinalIgnoreCase);

        // Medk:TrustedProxies names the proxies instead of loopback.
        await using var behindProxy = new MedkApp(fixture.Provider, fixture.ConnectionString, settings: new Dictionary<string, string>
        {
            ["Medk:TrustedProxies"] = "203.0.113.0/24, 198.51.100.4",
        });
        foreach (var (address, expectSecure) in new[] { ("203.0.113.7", true), ("198.51.100.4", true), ("127.0.0.1", false) })
        {
            var client = behindProxy.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add(MedkApp.ClientAddressHeader, address);
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
            var cookie = AuthCookie(await LogInAsync(client, team.Email, team.Password));
            Assert.NotEmpty(cookie);
            Assert.Equal(expectSecure, cookie.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task CopiedCookie_IsRefused_AfterLogout()
    {
        var team = await SomeoneAsync();
        var (browser, cookie) = await SessionAsync(team);
        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(cookie));

        var logout = await TestWorld.PostFormAsync(browser, "/Account/Logout", new(), formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookieAsync(cookie));
        Assert.Equal(HttpStatusCode.Redirect, await WithCookieAsync(cookie, "/"));
    }

    [Fact]
    public async Task PasswordChange_EndsTheOtherSessions_KeepsThisOne_AndTokensUnlessAsked()
    {
        var team = await SomeoneAsync();
        var (here, _) = await SessionAsync(team);
        var (_, elsewhere) = await SessionAsync(team);
        Assert.Equal(HttpStatusCode.OK, await WithCookieAsync(elsewhere));

        var changed = await TestWorld.PostFormAsync(here, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = team.Password, ["Input.NewPassword"] = "новый-пароль-7", ["Input.ConfirmPassword"] = "новый-пароль-7",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookieAsync(elsewhere));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/users/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await team.Api.GetAsync("/api/users/me")).StatusCode); // tokens kept: not asked

        var again = await TestWorld.PostFormAsync(here, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = "новый-пароль-7", ["Input.NewPassword"] = "третий-пароль-8", ["Input.ConfirmPassword"] = "третий-пароль-8",
            ["Input.RevokeTokens"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await team.Api.GetAsync("/api/users/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/users/me")).StatusCode);
    }

    [Fact]
    public async Task Block_RevokesTokens_AndEndsSessions_AndUnblockDoesNotBringTokensBack()
    {
        var team = await SomeoneAsync();
        var (_, cookie) = await SessionAsync(team);
        Assert.Equal(HttpStatusCode.OK, (await team.Api.GetAsync("/api/users/me")).StatusCode);

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().LockAsync(team.Id);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await team.Api.GetAsync("/api/users/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await WithCookieAsync(cookie));
        var refused = await LogInAsync(Browser(), team.Email, team.Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Неверная электронная почта или пароль.", await refused.Content.ReadAsStringAsync());

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().UnlockAsync(team.Id);
            var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
            Assert.All(await db.ApiTokens.Where(t => t.UserId == team.Id).ToListAsync(), t => Assert.NotNull(t.RevokedAt));
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await team.Api.GetAsync("/api/users/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(Browser(), team.Email, team.Password)).StatusCode);
    }

    [Fact]
    public async Task CookieWritesToTheApi_FromAnotherSite_AreRefused_BearerIsNot()
    {
        var team = await SomeoneAsync();
        var (browser, _) = await SessionAsync(team);

        async Task<HttpResponseMessage> PostAsync(HttpClient client, HttpContent content, params (string Name, string Value)[] headers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tokens") { Content = content };
            foreach (var (name, value) in headers)
            {
                request.Headers.Add(name, value);
            }
            return await client.SendAsync(request);
        }
        HttpContent Json() => JsonContent.Create(new { name = "со страницы" });
        HttpContent Multipart() => new MultipartFormDataContent { { new StringContent("со страницы"), "name" } };

        foreach (var headers in new[]
                 {
                     new[] { ("Sec-Fetch-Site", "cross-site"), ("Origin", "https://evil.example") },
                     new[] { ("Sec-Fetch-Site", "same-site") },
                     new[] { ("Origin", "https://evil.example") },
                     Array.Empty<(string, string)>(),
                 })
        {
            foreach (var content in new[] { Json(), Multipart() })
            {
                var refused = await PostAsync(browser, content, headers);
                Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
                Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
                Assert.Equal("Запрос с другого сайта отклонён", (string)(await refused.ReadNodeAsync())["title"]!);
            }
        }
        Assert.Single((await team.Api.GetNodeAsync("/api/tokens")).AsArray()); // only the test's own token: nothing was made

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(browser, Json(), ("Sec-Fetch-Site", "same-origin"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(browser, Json(), ("Origin", "http://localhost"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(team.Api, Json(), ("Sec-Fetch-Site", "cross-site"), ("Origin", "https://evil.example"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/tokens")).StatusCode); // reading stays open to the cookie
    }

    [Fact]
    public async Task Pages_CarryTheSecurityHeaders_AndTheApiReferenceItsOwnPolicy()
    {
        var team = await SomeoneAsync();
        var browser = await World.LoginAsync(team);
        foreach (var response in new[] { await Browser().GetAsync("/Account/Login"), await browser.GetAsync("/"), await browser.GetAsync("/api/users/me") })
        {
            var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", csp);
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("form-action 'self'", csp);
            Assert.Contains("base-uri 'self'", csp);
            Assert.DoesNotContain("unsafe-eval", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }
        var docs = await Browser().GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("frame-ancestors 'none'", string.Join(" ", docs.Headers.GetValues("Content-Security-Policy")));
    }

    [GeneratedRegex(@"\son[a-z]+\s*=|<script(?![^>]*\ssrc=)[^>]*>|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [Fact]
    public async Task NoPage_HasInlineScriptOrHandlers_InItsSourceOrAsRendered()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Medk.slnx")))
        {
            root = root.Parent;
        }
        Assert.NotNull(root);
        var views = Directory.GetFiles(Path.Combine(root.FullName, "src", "Medk.Web"), "*.cshtml", SearchOption.AllDirectories);
        Assert.True(views.Length > 50, $"only {views.Length} views found");
        var offenders = views.SelectMany(v => File.ReadAllLines(v).Select((line, i) => (v, i, line)))
            .Where(x => InlineScript().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(root.FullName, x.v)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join("\n", offenders));

        // As rendered, too: the demo login (its account list) and the organization tree (its «+» buttons).
        var region = await World.RegionAsync();
        await World.SchoolAsync(await World.MunicipalityAsync(region));
        await using var demo = new MedkApp(fixture.Provider, fixture.ConnectionString, demo: true);
        var rendered = new[]
        {
            await demo.CreateClient().GetStringAsync("/Account/Login"),
            await (await World.LoginAsync(await World.UserAsync(Role.RegionalCoordinator, region))).GetStringAsync("/Organizations"),
        };
        Assert.Contains("data-demo-email", rendered[0]);
        Assert.Contains("data-disable-on-click", rendered[1]);
        Assert.All(rendered, html => Assert.DoesNotMatch(InlineScript(), html));
    }

    [Fact]
    public async Task Login_SaysTheSameForAnUnknownAddress_AWrongPassword_AndABlockedAccount()
    {
        var team = await SomeoneAsync();
        var blocked = await SomeoneAsync();
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<UserAdministration>().LockAsync(blocked.Id);
        }
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var (email, password) in new[] { ($"nobody-{Guid.NewGuid():N}@test.medk", "wrong-password-1"), (team.Email, "wrong-password-1"), (blocked.Email, blocked.Password) })
        {
            var response = await LogInAsync(Browser(), email, password);
            var html = await response.Content.ReadAsStringAsync();
            var alert = Regex.Match(html, "<div class=\"alert alert-danger[^\"]*\"[^>]*>(.*?)</div>", RegexOptions.Singleline).Groups[1].Value;
            answers.Add((response.StatusCode, WebUtility.HtmlDecode(Regex.Replace(alert, "<[^>]+>", "")).Trim()));
        }
        Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, "Неверная электронная почта или пароль."), a));
    }

    [Fact]
    public async Task TooManyAttempts_FromOneAddress_Answer429InRussian()
    {
        var address = MedkApp.NextClientAddress();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 21; i++)
        {
            // Different accounts, one computer: the per-address limit (20 a minute) is what stops it.
            last = await LogInAsync(Browser(address), $"guess-{i}-{Guid.NewGuid():N}@test.medk", "wrong-password-1");
            statuses.Add(last.StatusCode);
        }
        Assert.All(statuses.Take(20), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.True(last.Headers.RetryAfter is not null, "Retry-After is missing");
        var page = WebUtility.HtmlDecode(await last.Content.ReadAsStringAsync());
        Assert.Contains("Слишком много попыток", page);
        Assert.Equal(HttpStatusCode.OK, (await Browser(address).GetAsync("/Account/Login")).StatusCode); // reading the page is not limited
    }

    [Fact]
    public async Task GuessingOneAccount_IsLimited_ButCannotKeepItsOwnerOut()
    {
        var team = await SomeoneAsync();
        var known = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(known, team.Email, team.Password)).StatusCode); // the owner's own computer: attempt 1

        // Nine guesses from nine computers: the account has had its ten attempts in 15 minutes.
        for (var i = 0; i < 9; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await LogInAsync(Browser(), team.Email, $"guess-{i}")).StatusCode);
        }
        var limited = await LogInAsync(Browser(), team.Email, team.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Слишком много попыток входа в эту учётную запись", WebUtility.HtmlDecode(await limited.Content.ReadAsStringAsync()));

        // The owner's computer is still let in (it has signed in before), with the right password only.
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(known, team.Email, "guess-again")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(known, team.Email, team.Password)).StatusCode);
    }

    [Fact]
    public async Task CyrillicLetters_CountInThePasswordPolicy()
    {
        var school = await World.SchoolAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        var admin = await World.UserAsync(Role.Administrator, await World.RootAsync());
        var email = $"cyrillic-{Guid.NewGuid():N}@test.medk";

        var digitsOnly = await admin.Api.PostJsonAsync("/api/users", new { email, fullName = "Иванова И.И.", password = "1234567890", role = "SchoolTeam", organizationId = school.Id });
        Assert.Equal(HttpStatusCode.BadRequest, digitsOnly.StatusCode);
        Assert.Contains("хотя бы одну букву", (string)(await digitsOnly.ReadNodeAsync())["detail"]!);

        var cyrillic = await admin.Api.PostJsonAsync("/api/users", new { email, fullName = "Иванова И.И.", password = "пароль2024", role = "SchoolTeam", organizationId = school.Id });
        Assert.Equal(HttpStatusCode.Created, cyrillic.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(Browser(), email, "пароль2024")).StatusCode);
    }

    [Fact]
    public async Task ParallelTokenCreations_NeverPassTheLimitOfTwenty()
    {
        var team = await SomeoneAsync(); // holds one token already: the one its API client uses
        var responses = await Task.WhenAll(Enumerable.Range(0, 25).Select(i =>
            team.Api.PostJsonAsync("/api/tokens", new { name = $"параллельный {i}" })));

        Assert.Equal(ApiTokenService.MaxActivePerUser - 1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        var active = (await team.Api.GetNodeAsync("/api/tokens")).AsArray().Count(t => t!["revokedAt"] is null);
        Assert.Equal(ApiTokenService.MaxActivePerUser, active);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SessionSecurityOnSqlite(SqliteFixture fixture) : SessionSecurityTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SessionSecurityOnPostgres(PostgresFixture fixture) : SessionSecurityTests(fixture);
