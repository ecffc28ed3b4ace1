using System.Net;
using System.Text.RegularExpressions;
using Medk.Core.Platform.Access;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// Two app instances on one database, as behind the load balancer of the compose file (decision 027): the form one
/// instance served is accepted by the other, and the sign-in cookie the other made is read by the first. Both need the
/// data-protection keys in the database; keys kept per instance (a folder in each container) fail here.
/// </summary>
public abstract partial class TwoInstancesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private MedkApp _first = null!;
    private MedkApp _second = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _first = new MedkApp(provider, _database.ConnectionString);
        _ = _first.Server; // migrates
        _second = new MedkApp(provider, _database.ConnectionString);
        _ = _second.Server;
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task AFormFromOneInstance_IsAcceptedByTheOther_AndItsSignInCookieIsReadByTheFirst()
    {
        var world = new TestWorld(_first);
        var user = await world.UserAsync(Role.RegionalCoordinator, await world.RegionAsync());
        var first = _first.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var second = _second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        // The login form and its antiforgery cookie come from the first instance…
        var form = await first.GetAsync("/Account/Login");
        var antiforgeryCookie = Cookies(form);
        var token = WebUtility.HtmlDecode(Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value);
        Assert.NotEmpty(token);

        // …and are posted to the second, which signs the user in.
        var login = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = user.Email,
                ["Input.Password"] = user.Password,
                ["__RequestVerificationToken"] = token,
            }),
        };
        login.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await second.SendAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var authCookie = Cookies(signedIn);
        Assert.Contains("medk.auth=", authCookie);

        // The first instance reads the second's cookie: the page opens instead of sending to the login page.
        var page = new HttpRequestMessage(HttpMethod.Get, "/Organizations");
        page.Headers.Add("Cookie", authCookie);
        var opened = await first.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);

        // A cookie that no key of the database protected is refused: the check above can fail.
        var forged = new HttpRequestMessage(HttpMethod.Get, "/Organizations");
        forged.Headers.Add("Cookie", "medk.auth=CfDJ8" + new string('A', 200));
        Assert.Equal(HttpStatusCode.Redirect, (await first.SendAsync(forged)).StatusCode);
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

public sealed class TwoInstancesOnSqlite() : TwoInstancesTests(DatabaseProvider.Sqlite);

public sealed class TwoInstancesOnPostgres() : TwoInstancesTests(DatabaseProvider.Postgres);
