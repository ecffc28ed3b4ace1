using System.Net;
using System.Text;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>A coordinator brings the roadmap they already have; it becomes a live plan without retyping.</summary>
public abstract class RoadmapImportTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task DryRun_ReturnsTheDocumentedJson_AndSavesNothing()
    {
        var region = await World.RegionAsync();
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var response = await coordinator.Api.PostAsync("/api/imports/dry-run", Seeds.Upload(Seeds.Read(Seeds.Kalmykia), "kalmykia.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.ReadNodeAsync();
        Assert.Equal("1692", (string)json["approval"]!["number"]!);
        Assert.Equal("2021-12-20", (string)json["approval"]!["date"]!);
        Assert.Equal("2022-01-01", (string)json["period"]!["start"]!);
        var items = json["items"]!.AsArray();
        Assert.Equal(34, items.Count(i => (string)i!["kind"]! == "item"));
        var first = items[0]!;
        Assert.Equal("1", (string)first["number"]!);
        Assert.Equal("2021-12-31", (string)first["deadline"]!["checkpoints"]![0]!);
        Assert.Contains("БУ ДПО РК «КРИПКРО»", items.SelectMany(i => i!["responsible"]!.AsArray()).Select(r => (string)r!));
        Assert.NotNull(json["warnings"]);
        Assert.Equal(0, (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={region.Id}"))["total"]!);
    }

    [Fact]
    public async Task Import_RecognisesOwner_ResolvesParties_AndExportImportsBackTheSame()
    {
        var region = await World.RegionAsync();
        var owner = await World.AddAsync(OrganizationLevel.Municipality, OrganizationKind.Authority,
            "МКУ «Управление образования местной администрации МО «Баунтовский эвенкийский район»»", region, "РУО");
        var imc = await World.AddAsync(OrganizationLevel.Municipality, OrganizationKind.Institution, "ИМЦ РУО", owner);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, owner);

        var response = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Seeds.Read(Seeds.Bauntovsky), "bauntovsky.txt"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var roadmap = (await response.ReadNodeAsync())["roadmap"]!;
        Assert.Equal(owner.Id, (int)roadmap["ownerOrganizationId"]!);
        Assert.Equal("2021-01-01", (string)roadmap["periodStart"]!);
        Assert.Equal("2022-12-31", (string)roadmap["periodEnd"]!);
        var id = (int)roadmap["id"]!;

        var items = (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/items")).AsArray();
        Assert.Equal(63, items.Count(i => !(bool)i!["isSection"]!));
        var parties = items.SelectMany(i => i!["responsibles"]!.AsArray()).ToList();
        Assert.Contains(parties, p => (string)p!["name"]! == "РУО" && (int?)p["organizationId"] == owner.Id);
        Assert.Contains(parties, p => (string)p!["name"]! == "ИМЦ РУО" && (int?)p["organizationId"] == imc.Id);
        Assert.Contains(parties, p => (string)p!["name"]! == "ОО" && p["organizationId"] is null);
        // «1.1. Преодоление дефицита…» is a section nested in section 1; item 11 sits under it.
        var item11 = items.Single(i => (string?)i!["number"] == "11")!;
        Assert.Equal(2, (int)item11["depth"]!);
        Assert.Equal("range", (string)item11["deadline"]!["kind"]!);

        var docx = await coordinator.Api.GetAsync($"/api/roadmaps/{id}/export?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        var again = await (await coordinator.Api.PostAsync("/api/imports/dry-run", Seeds.Upload(await docx.Content.ReadAsByteArrayAsync(), "export.docx"))).ReadNodeAsync();
        var reimported = again["items"]!.AsArray();
        Assert.Equal(items.Select(i => (string?)i!["number"]), reimported.Select(i => (string?)i!["number"]));
        Assert.Equal(items.Select(i => (string?)i!["deadlineText"] ?? ""), reimported.Select(i => (string)i!["deadline"]!["text"]!));
        Assert.Equal(items.Select(i => string.Join("|", i!["responsibles"]!.AsArray().Select(r => (string)r!["name"]!))),
            reimported.Select(i => string.Join("|", i!["responsible"]!.AsArray().Select(r => (string)r!))));

        var xlsx = await coordinator.Api.GetAsync($"/api/roadmaps/{id}/export?format=xlsx");
        var fromXlsx = await (await coordinator.Api.PostAsync("/api/imports/dry-run", Seeds.Upload(await xlsx.Content.ReadAsByteArrayAsync(), "export.xlsx"))).ReadNodeAsync();
        Assert.Equal(items.Count, fromXlsx["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task UnresolvedParty_IsLinkedOnceForTheWholeRoadmap_AndRememberedAsAlias()
    {
        var region = await World.RegionAsync();
        var owner = await World.AddAsync(OrganizationLevel.Municipality, OrganizationKind.Authority, "Управление образования городского округа Первоуральск", region, "УО");
        var centre = await World.AddAsync(OrganizationLevel.Municipality, OrganizationKind.Institution, "МКОУ «Центр хозяйственного и методического обеспечения»", owner);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, owner);
        var observer = await World.UserAsync(Role.Observer, owner);
        var created = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Seeds.Read(Seeds.Pervouralsk), "p.txt", ("ownerOrganizationId", owner.Id.ToString())));
        var id = (int)(await created.ReadNodeAsync())["roadmap"]!["id"]!;

        var parties = (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/parties")).AsArray();
        var unresolved = parties.Single(p => (string)p!["name"]! == "МКОУ ЦХМО")!;
        Assert.Null(unresolved["organizationId"]);
        var resolvedFlags = parties.Select(p => p!["organizationId"] is not null || p["personId"] is not null).ToList();
        Assert.Equal(resolvedFlags.Order(), resolvedFlags); // unresolved first

        Assert.Equal(HttpStatusCode.Forbidden, (await observer.Api.PostJsonAsync($"/api/roadmaps/{id}/parties",
            new { name = "МКОУ ЦХМО", organizationId = centre.Id })).StatusCode);
        var linked = await coordinator.Api.PostJsonAsync($"/api/roadmaps/{id}/parties", new { name = "МКОУ ЦХМО", organizationId = centre.Id, rememberAlias = true });
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal(1, (int)(await linked.ReadNodeAsync()));

        var after = (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/parties")).AsArray();
        Assert.Equal(centre.Id, (int?)after.Single(p => (string)p!["name"]! == "МКОУ ЦХМО")!["organizationId"]);
        var organization = await coordinator.Api.GetNodeAsync($"/api/organizations/{centre.Id}");
        Assert.Contains("МКОУ ЦХМО", organization["aliases"]!.AsArray().Select(a => (string)a!));

        var page = System.Net.WebUtility.HtmlDecode(await (await World.LoginAsync(coordinator)).GetStringAsync($"/Roadmaps/Parties/{id}"));
        Assert.Contains("руководители ОО", page);
    }

    [Theory]
    [InlineData("roadmap.docx", "not a zip at all, just text renamed")]
    [InlineData("roadmap.xlsx", "PK\u0003\u0004 truncated")]
    [InlineData("roadmap.txt", "просто письмо без таблицы, ни одной строки с номером и сроком")]
    public async Task BadFile_IsRefusedWithRussianMessage_AndNothingIsSaved(string name, string content)
    {
        var region = await World.RegionAsync();
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);

        var response = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Encoding.UTF8.GetBytes(content), name, ("ownerOrganizationId", region.Id.ToString())));

        var problem = await response.ReadNodeAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem.ToJsonString());
        Assert.True(problem["errors"]?["file"] is not null, problem.ToJsonString());
        var message = (string)problem["errors"]!["file"]![0]!;
        Assert.Matches("[а-яА-Я]", message);
        Assert.Equal(0, (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={region.Id}"))["total"]!);
    }

    [Fact]
    public async Task BinaryGarbageAndOversizedUploads_AreRefusedWithoutError500()
    {
        var region = await World.RegionAsync();
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        var refused = await coordinator.Api.PostAsync("/api/imports/dry-run", Seeds.Upload(garbage, "roadmap.docx"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var huge = new byte[100 * 1024 * 1024];
        var tooBig = await coordinator.Api.PostAsync("/api/imports/dry-run", Seeds.Upload(huge, "huge.docx"));
        Assert.True(tooBig.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode.ToString());
        var body = await tooBig.Content.ReadAsStringAsync();
        Assert.True(body.Contains("МБ"), body);
    }

    [Fact]
    public async Task ImportForAnotherTerritory_IsRefused()
    {
        var region = await World.RegionAsync();
        var mine = await World.MunicipalityAsync(region);
        var neighbour = await World.MunicipalityAsync(region);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, mine);

        var response = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Seeds.Read(Seeds.Yaroslavl), "y.txt", ("ownerOrganizationId", neighbour.Id.ToString())));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadNodeAsync())["errors"]!["ownerOrganizationId"]);
    }

    [Fact]
    public async Task Pages_UploadPreviewCorrectConfirm_OrCancelLeavingNothing()
    {
        var region = await World.RegionAsync();
        var owner = await World.AddAsync(OrganizationLevel.Municipality, OrganizationKind.Authority, "Управление образования городского округа Первоуральск", region, "ГО Первоуральск");
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, owner);
        var browser = await World.LoginAsync(coordinator);

        async Task<string> UploadAsync()
        {
            var page = await browser.GetStringAsync("/Imports");
            var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
            var upload = await browser.PostAsync("/Imports", Seeds.Upload(Seeds.Read(Seeds.Pervouralsk), "Распоряжение 65.txt", ("__RequestVerificationToken", token)));
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
            return upload.Headers.Location!.OriginalString;
        }

        // Cancel: nothing saved.
        var cancelled = await UploadAsync();
        var cancel = await TestWorld.PostFormAsync(browser, cancelled + "?handler=Cancel", new(), formPage: cancelled);
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(cancelled)).StatusCode);
        Assert.Equal(0, (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={owner.Id}"))["total"]!);

        // Preview, correct the title of item 2, confirm.
        var draft = await UploadAsync();
        var preview = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync(draft));
        Assert.Contains("Создание группы «500+» в WhatsApp.", preview);
        Assert.Matches($"<option value=\"{owner.Id}\" selected", preview);
        Assert.Contains("331", preview);
        var fields = FormFields(preview);
        var titleField = fields.Single(f => f.Value == "Создание группы «500+» в WhatsApp.").Key;
        fields[titleField] = "Создание группы «500+» в мессенджере";
        var saved = await TestWorld.PostFormAsync(browser, draft + "?handler=Save", fields, formPage: draft);
        var savedHtml = System.Net.WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync());
        Assert.True(savedHtml.Contains("Создание группы «500+» в мессенджере"), savedHtml[savedHtml.IndexOf("<main", StringComparison.Ordinal)..][..3000]);
        Assert.Equal(0, (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={owner.Id}"))["total"]!);

        var committed = await TestWorld.PostFormAsync(browser, draft + "?handler=Commit", FormFields(await browser.GetStringAsync(draft)), formPage: draft);
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        var list = await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={owner.Id}");
        var roadmapId = (int)list["items"]![0]!["id"]!;
        var items = (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{roadmapId}/items")).AsArray();
        Assert.Equal(31, items.Count);
        Assert.Equal("Создание группы «500+» в мессенджере", (string)items[1]!["text"]!);
        Assert.Equal("О.А. Ефимова", (string)items[1]!["responsibles"]![0]!["name"]!);
    }

    [Fact]
    public async Task Draft_RefusedConfirmationShowsThePreviewAgain_AndParallelConfirmationsMakeOneRoadmap()
    {
        var region = await World.RegionAsync();
        var owner = await World.AddAsync(OrganizationLevel.Municipality, OrganizationKind.Authority, "Управление образования городского округа Первоуральск", region, "ГО Первоуральск");
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, owner);
        var browser = await World.LoginAsync(coordinator);
        var page = await browser.GetStringAsync("/Imports");
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var upload = await browser.PostAsync("/Imports", Seeds.Upload(Seeds.Read(Seeds.Pervouralsk), "Распоряжение 65.txt", ("__RequestVerificationToken", token)));
        var draft = upload.Headers.Location!.OriginalString;
        var fields = FormFields(System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync(draft)));

        // A refused confirmation: the message, the posted corrections and the stored preview are all on the page.
        Assert.True(fields.ContainsKey("Input.Title"));
        var untitled = new Dictionary<string, string>(fields) { ["Input.Title"] = " " };
        var refused = await TestWorld.PostFormAsync(browser, draft + "?handler=Commit", untitled, formPage: draft);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedHtml = System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Укажите название дорожной карты.", refusedHtml);
        Assert.Contains("Создание группы «500+» в WhatsApp.", refusedHtml);
        Assert.Equal(0, (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={owner.Id}"))["total"]!);

        // Two confirmations of the same draft at once (a double click, two tabs): one roadmap, the other finds nothing to do.
        var draftPage = await browser.GetStringAsync(draft);
        fields["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(draftPage, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var both = await Task.WhenAll(
            browser.PostAsync(draft + "?handler=Commit", new FormUrlEncodedContent(fields)),
            browser.PostAsync(draft + "?handler=Commit", new FormUrlEncodedContent(fields)));
        Assert.Contains(both, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.All(both, r => Assert.True((int)r.StatusCode < 500, $"{r.StatusCode}"));
        Assert.Equal(1, (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={owner.Id}"))["total"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(draft)).StatusCode);
    }

    /// <summary>The fields of the preview form as a browser would post them back (text areas and inputs with values).</summary>
    internal static Dictionary<string, string> FormFields(string html)
    {
        var fields = new Dictionary<string, string>();
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>"))
        {
            fields[m.Groups[1].Value] = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value).TrimStart('\n').Replace("\r\n", "\n");
        }
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<input[^>]*>"))
        {
            var tag = m.Value;
            var name = System.Text.RegularExpressions.Regex.Match(tag, "name=\"([^\"]+)\"").Groups[1].Value;
            var value = System.Text.RegularExpressions.Regex.Match(tag, "value=\"([^\"]*)\"").Groups[1].Value;
            if (name.Length == 0 || name == "__RequestVerificationToken" || ((tag.Contains("type=\"checkbox\"") || tag.Contains("type=\"radio\"")) && !tag.Contains("checked")))
            {
                continue;
            }
            fields[name] = System.Net.WebUtility.HtmlDecode(value);
        }
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(html, "<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", System.Text.RegularExpressions.RegexOptions.Singleline))
        {
            var selected = System.Text.RegularExpressions.Regex.Match(m.Groups[2].Value, "<option value=\"([^\"]*)\" selected");
            fields[m.Groups[1].Value] = selected.Success ? selected.Groups[1].Value : "";
        }
        return fields;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RoadmapImportOnSqlite(SqliteFixture fixture) : RoadmapImportTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class RoadmapImportOnPostgres(PostgresFixture fixture) : RoadmapImportTests(fixture);
