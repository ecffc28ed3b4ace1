using System.Net;
using System.Text.RegularExpressions;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>What a new user trips over in the first hour (issue 12): each test would have caught one defect.</summary>
public abstract partial class FirstHourTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>Posts a multipart form found on <paramref name="page"/> (its action by handler name), as a browser does.</summary>
    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        var action = Regex.Match(html, $"<form[^>]*action=\"([^\"]*handler={handler}[^\"]*)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(action), $"no form with handler {handler} on {page}");
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }
        form.Add(new StringContent(WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)), "__RequestVerificationToken");
        return await client.PostAsync(WebUtility.HtmlDecode(action), form);
    }

    [Fact]
    public async Task PagedListsWithAForm_ShowNoBindingErrorOfTheRouteValue()
    {
        var region = await World.RegionAsync();
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var browser = await World.LoginAsync(coordinator);
        foreach (var url in new[] { "/Events", "/Practices", "/Practices/Moderation", "/Roadmaps", "/Users", "/Organizations", "/Events?page=2" })
        {
            var response = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("is not valid", html);
            Assert.DoesNotContain("PageNumber", html);
        }
    }

    [Fact]
    public async Task CuratorReportOpenedForAPastYear_IsSavedForThatYear()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var curator = await World.UserAsync(Role.Curator, municipality, school);
        var browser = await World.LoginAsync(curator);

        var saved = await PostMultipartAsync(browser, "/Curator?year=2022", "Report", new() { ["text"] = "Итоги 2022 года." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("year=2022", saved.Headers.Location!.ToString());
        var report = await curator.Api.GetNodeAsync($"/api/curator/schools/{school.Id}/report?year=2022");
        Assert.Equal("Итоги 2022 года.", (string)report["text"]!);
        Assert.Equal(2022, (int)report["year"]!);
    }
    [Fact]
    public async Task AnalyticalReportLinkOnTheCyclePage_OpensForAMunicipalityAndASchool()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var cycle = await (await regional.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId = region.Id })).ReadNodeAsync();
        var id = (int)cycle["id"]!;
        foreach (var user in new[] { await World.UserAsync(Role.MunicipalCoordinator, municipality), await World.UserAsync(Role.SchoolTeam, school) })
        {
            var browser = await World.LoginAsync(user);
            var html = await browser.GetStringAsync($"/Cycles/Details/{id}");
            var links = Regex.Matches(html, "href=\"(/api/cycles/[^\"]*analytics/file[^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.NotEmpty(links);
            foreach (var link in links)
            {
                var file = await browser.GetAsync(link);
                Assert.Equal(HttpStatusCode.OK, file.StatusCode);
                Assert.DoesNotContain("json", file.Content.Headers.ContentType?.MediaType ?? "");
            }
        }
    }

    [Fact]
    public async Task NotFoundAndForbiddenPages_KeepTheLayout_FaviconIsServed_ApiReferenceIsLocal()
    {
        var region = await World.RegionAsync();
        var school = await World.SchoolAsync(await World.MunicipalityAsync(region));
        var browser = await World.LoginAsync(await World.UserAsync(Role.SchoolTeam, school));

        var missing = await browser.GetAsync("/Roadmaps/Details/987654321");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync();
        Assert.Contains("Страница не найдена", html);
        Assert.Contains("href=\"/Roadmaps\"", html); // the menu is there
        var nowhere = await browser.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);
        Assert.Contains("navbar", await nowhere.Content.ReadAsStringAsync());
        var forbidden = await browser.GetAsync($"/Users/Create?organizationId={school.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("navbar", await forbidden.Content.ReadAsStringAsync());
        // The API keeps answering problem details.
        var api = await browser.GetAsync("/api/roadmaps/987654321");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Contains("json", api.Content.Headers.ContentType!.MediaType);

        var icon = await browser.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.True((await icon.Content.ReadAsByteArrayAsync()).Length > 0);

        var docsResponse = await browser.GetAsync("/api/docs");
        var docs = docsResponse.StatusCode == HttpStatusCode.Redirect
            // Scalar adds the trailing slash with a relative Location ("docs/"), resolved against the page's own address.
            ? await browser.GetStringAsync(new Uri(new Uri(browser.BaseAddress!, "/api/docs"), docsResponse.Headers.Location!))
            : await docsResponse.Content.ReadAsStringAsync();
        Assert.DoesNotMatch("(src|href)=\"https?://", docs);
        Assert.DoesNotContain("fonts.scalar.com", docs);
        Assert.DoesNotContain("cdn.jsdelivr", docs);
        var home = await browser.GetStringAsync("/");
        Assert.DoesNotContain("class=\"nav-link\" href=\"/api/docs\"", home); // in the profile menu, not the main one
        Assert.Contains("class=\"dropdown-item\" href=\"/api/docs\"", home);
    }

    [Fact]
    public async Task DraftRoadmap_NamesItsApprovingDocumentWithoutClaimingApproval()
    {
        var region = await World.RegionAsync();
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var roadmap = await World.RoadmapAsync(region);
        var html = await (await World.LoginAsync(coordinator)).GetStringAsync($"/Roadmaps/Details/{roadmap.Id}");
        Assert.Contains("Черновик", html);
        Assert.DoesNotContain(">Утверждена<", html);
        Assert.DoesNotContain(" уровень)", html);
    }
    [Fact]
    public async Task ReturnedReport_IsListedAtTheTopOfTheSchoolsHomePage_WithItsOwnBadge()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var school = await World.SchoolAsync(municipality);
        var roadmap = await World.RoadmapAsync(school, underWay: true); // of 2022: the checkpoint is long past due
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var curator = await World.UserAsync(Role.Curator, municipality, school);
        var items = (await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray();
        var id = (int)items.First(i => i!["checkpoints"]!.AsArray().Count > 0)!["checkpoints"]![0]!["id"]!;
        // A report can be sent at once, without saving a draft first.
        Assert.Contains("Отправить на проверку", await (await World.LoginAsync(team)).GetStringAsync($"/Checkpoints/Details/{id}"));
        var form = new MultipartFormDataContent { { new StringContent("Проведено совещание"), "text" } };
        Assert.Equal(HttpStatusCode.OK, (await team.Api.PostAsync($"/api/checkpoints/{id}/report", form)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await team.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/return", new { comment = "Приложите протокол" })).StatusCode);

        var home = await (await World.LoginAsync(team)).GetStringAsync("/");
        var returned = home.IndexOf("Возвращено на доработку (1)", StringComparison.Ordinal);
        Assert.True(returned > 0, "no list of returned work on the home page");
        Assert.True(returned < home.IndexOf("На контроле", StringComparison.Ordinal), "returned work is not at the top");
        Assert.Contains($"/Checkpoints/Details/{id}", home[returned..home.IndexOf("На контроле", StringComparison.Ordinal)]);
        // Among the checkpoints under control it keeps its own badge, not «Просрочено».
        var control = home[home.IndexOf("На контроле", StringComparison.Ordinal)..];
        var row = control[..control.IndexOf($"/Checkpoints/Details/{id}", StringComparison.Ordinal)];
        Assert.Contains("Возвращено на доработку", row[row.LastIndexOf("<li", StringComparison.Ordinal)..]);
        // The curator who returned it does not get the school's list.
        Assert.DoesNotContain("Возвращено на доработку (", await (await World.LoginAsync(curator)).GetStringAsync("/"));
    }
    [Fact]
    public async Task ExpertsHomePage_ShowsTheirReviewsBeforeTheTerritorysCheckpoints()
    {
        var region = await World.RegionAsync();
        var expert = await World.UserAsync(Role.Expert, region);
        var home = await (await World.LoginAsync(expert)).GetStringAsync("/");
        var reviews = home.IndexOf("Мои экспертизы", StringComparison.Ordinal);
        Assert.True(reviews > 0, "the expert's home page does not show their reviews");
        Assert.True(reviews < home.IndexOf("На контроле", StringComparison.Ordinal));
        var team = await World.UserAsync(Role.SchoolTeam, await World.SchoolAsync(await World.MunicipalityAsync(region)));
        Assert.DoesNotContain("Мои экспертизы", await (await World.LoginAsync(team)).GetStringAsync("/"));
    }
    [Fact]
    public async Task Dashboard_OpensOnTheLatestYearWithDueCheckpoints_AndOffersTheYearsThatExist()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var school = await World.SchoolAsync(municipality);
        await World.RoadmapAsync(school, year: 2022, underWay: true);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);

        var view = await municipal.Api.GetNodeAsync($"/api/dashboard?organizationId={municipality.Id}");
        Assert.Equal(2022, (int)view["year"]!);
        Assert.True((int)view["total"]!["due"]! > 0, "the default year shows «0 из 0»");
        Assert.Contains(2022, view["years"]!.AsArray().Select(y => (int)y!));
        var page = await (await World.LoginAsync(municipal)).GetStringAsync($"/Dashboard?org={municipality.Id}");
        Assert.Contains("<option value=\"2022\" selected=\"selected\">2022</option>", page);
    }

    [Fact]
    public async Task Pages_OfferOnlyWhatTheUserMayDo()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);

        // An observer reads: no import form (and an upload is refused), no moderation list.
        var observer = await World.LoginAsync(await World.UserAsync(Role.Observer, region));
        Assert.DoesNotContain("href=\"/Imports\"", await observer.GetStringAsync("/Roadmaps"));
        var imports = await observer.GetStringAsync("/Imports");
        Assert.DoesNotContain("id=\"importForm\"", imports);
        Assert.Contains("только просмотр", imports);
        Assert.DoesNotContain("/Practices/Moderation", await observer.GetStringAsync("/Practices"));
        var upload = new MultipartFormDataContent { { new ByteArrayContent("1. Пункт\tдо 1 марта\tшкола"u8.ToArray()), "file", "plan.txt" } };
        var html = await observer.GetStringAsync("/Imports");
        upload.Add(new StringContent(WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)), "__RequestVerificationToken");
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.PostAsync("/Imports", upload)).StatusCode);

        // A school team imports; a regional coordinator moderates.
        var team = await World.LoginAsync(await World.UserAsync(Role.SchoolTeam, school));
        Assert.Contains("href=\"/Imports\"", await team.GetStringAsync("/Roadmaps"));
        Assert.Contains("id=\"importForm\"", await team.GetStringAsync("/Imports"));
        var regional = await World.LoginAsync(await World.UserAsync(Role.RegionalCoordinator, region));
        Assert.Contains("/Practices/Moderation", await regional.GetStringAsync("/Practices"));

        // A municipal coordinator appointing someone at a school is offered the school's roles only, never the federal ones.
        var municipal = await World.LoginAsync(await World.UserAsync(Role.MunicipalCoordinator, municipality));
        var form = await municipal.GetStringAsync($"/Users/Create?organizationId={school.Id}");
        var offered = Regex.Matches(form, "<option value=\"(\\w+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(nameof(Role.SchoolTeam), offered);
        Assert.DoesNotContain(nameof(Role.Administrator), offered);
        Assert.DoesNotContain(nameof(Role.FederalCoordinator), offered);
        Assert.DoesNotContain(nameof(Role.RegionalCoordinator), offered);
        Assert.DoesNotContain(nameof(Role.MunicipalCoordinator), offered);
        var atMunicipality = await municipal.GetStringAsync($"/Users/Create?organizationId={municipality.Id}");
        Assert.Contains($"<option value=\"{nameof(Role.Curator)}\"", atMunicipality);
        Assert.DoesNotContain($"<option value=\"{nameof(Role.RegionalCoordinator)}\"", atMunicipality);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class FirstHourOnSqlite(SqliteFixture fixture) : FirstHourTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class FirstHourOnPostgres(PostgresFixture fixture) : FirstHourTests(fixture);

/// <summary>Counted words and shares as a Russian reader expects them (issue 12, item 9).</summary>
public sealed class RussianFormatTests
{
    [Theory]
    [InlineData(1, "1 отчёт")]
    [InlineData(2, "2 отчёта")]
    [InlineData(4, "4 отчёта")]
    [InlineData(5, "5 отчётов")]
    [InlineData(11, "11 отчётов")]
    [InlineData(14, "14 отчётов")]
    [InlineData(21, "21 отчёт")]
    [InlineData(24, "24 отчёта")]
    [InlineData(111, "111 отчётов")]
    [InlineData(0, "0 отчётов")]
    public void Count_ChoosesTheRussianForm(int n, string expected) =>
        Assert.Equal(expected, Medk.Web.Features.Shared.Format.Count(n, "отчёт", "отчёта", "отчётов"));

    [Fact]
    public void Percent_HasADecimalCommaAndASpace()
    {
        Assert.Equal("4,1 %", Medk.Web.Features.Shared.Format.Percent(4.1m));
        Assert.Equal("50 %", Medk.Web.Features.Shared.Format.Percent(50m));
        Assert.Equal("", Medk.Web.Features.Shared.Format.Percent(null));
    }
}

/// <summary>Export file names keep the «» of school names and are not cut mid-word (issue 12, item 11).</summary>
public sealed class ExportFileNameTests
{
    [Fact]
    public void Safe_KeepsQuotes_AndCutsAtAWord()
    {
        Assert.Equal("МБОУ «Витимская СОШ» 2022 План", Medk.Web.Infrastructure.FileNames.Safe("МБОУ «Витимская СОШ» 2022 План", 120));
        var cut = Medk.Web.Infrastructure.FileNames.Safe("Дорожная карта муниципального образования «Баунтовский эвенкийский район»", 50);
        Assert.True(cut.Length <= 50);
        Assert.Equal("Дорожная карта муниципального образования", cut);
        Assert.Equal("a b", Medk.Web.Infrastructure.FileNames.Safe("a/b", 10));
    }
}
