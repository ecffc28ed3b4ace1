using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// An authority brings the same order again, or its new version: Medk offers to update the roadmap it already has and
/// applies the new document as a numbered correction, keeping every report (decision 020).
/// </summary>
public abstract class ReimportAsCorrectionTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    private async Task<(Organization Owner, Actor Coordinator, Actor Regional)> TerritoryAsync()
    {
        var region = await World.RegionAsync();
        var owner = await World.AddAsync(OrganizationLevel.Municipality, OrganizationKind.Authority, "Управление образования городского округа Первоуральск", region, "ГО Первоуральск");
        return (owner, await World.UserAsync(Role.MunicipalCoordinator, owner), await World.UserAsync(Role.RegionalCoordinator, region));
    }

    /// <summary>
    /// The Pervouralsk order in a new version: item 2 (to be reported on) and item 3 (not reported on) are gone, item 4
    /// is due three days later, and an item 32 is new.
    /// </summary>
    private static byte[] Variant()
    {
        var text = Encoding.UTF8.GetString(Seeds.Read(Seeds.Pervouralsk)).Replace("\r\n", "\n");
        string Cut(string from, string to)
        {
            var start = text.IndexOf(from, StringComparison.Ordinal);
            var end = text.IndexOf(to, StringComparison.Ordinal);
            Assert.True(start >= 0 && end > start, $"The seed no longer has «{from}» before «{to}».");
            return text[..start] + text[end..];
        }
        text = Cut("\t2\n\tСоздание группы", "\t3\n\tОрганизация участия");
        text = Cut("\t3\n\tОрганизация участия", "\t4\n\tОрганизация встречи");
        Assert.Contains("\t25.01.2022 \n", text);
        text = text.Replace("\t25.01.2022 \n", "\t28.01.2022\n");
        text = text.TrimEnd() + "\n\n\t32\n\tПроведение муниципального семинара для заместителей директоров по учебной работе\n\tдо 15.03.2022\n\tО.А. Ефимова\n\tСеминар проведён\n";
        return Encoding.UTF8.GetBytes(text);
    }

    private static MultipartFormDataContent Report(string text) => new()
    {
        { new StringContent(text), "text" },
        { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", "Протокол.pdf" },
    };

    private static JsonNode ItemNumbered(JsonArray items, string number) => items.Single(i => (string?)i!["number"] == number)!;

    [Fact]
    public async Task SameOrderTwice_OffersUpdate_AndMakesNoSecondRoadmap()
    {
        var (owner, coordinator, _) = await TerritoryAsync();
        var first = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Seeds.Read(Seeds.Pervouralsk), "p.txt", ("ownerOrganizationId", owner.Id.ToString())));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = (int)(await first.ReadNodeAsync())["roadmap"]!["id"]!;

        // The API's preview finds the roadmap of the same order and says nothing would change.
        var preview = await (await coordinator.Api.PostAsync("/api/imports/preview", Seeds.Upload(Seeds.Read(Seeds.Pervouralsk), "p.txt", ("ownerOrganizationId", owner.Id.ToString())))).ReadNodeAsync();
        Assert.Equal("update", (string)preview["target"]!["mode"]!);
        Assert.Equal(id, (int)preview["target"]!["target"]!["id"]!);
        Assert.True((bool)preview["target"]!["target"]!["sameOrder"]!);
        Assert.True((bool)preview["target"]!["changes"]!["isEmpty"]!, preview.ToJsonString());
        Assert.Equal(31, (int)preview["target"]!["changes"]!["unchanged"]!);

        // The pages: the preview offers «Обновить существующую», chosen, with this roadmap; confirming changes nothing.
        var browser = await World.LoginAsync(coordinator);
        var page = await browser.GetStringAsync("/Imports");
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var upload = await browser.PostAsync("/Imports", Seeds.Upload(Seeds.Read(Seeds.Pervouralsk), "Распоряжение 65.txt", ("__RequestVerificationToken", token)));
        var draft = upload.Headers.Location!.OriginalString;
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(draft));
        Assert.Contains("Обновить существующую дорожную карту", html);
        Assert.Contains("Создать новую дорожную карту", html);
        Assert.Matches("value=\"update\" checked", html);
        Assert.Matches($"<option value=\"{id}\" selected", html);
        Assert.Contains("Документ совпадает с дорожной картой: изменений нет", html);
        var committed = await TestWorld.PostFormAsync(browser, draft + "?handler=Commit", RoadmapImportTests.FormFields(html), formPage: draft);
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        Assert.Equal($"/Roadmaps/Details/{id}", committed.Headers.Location!.OriginalString);

        // And the API's one-step import of the same order updates as well.
        var again = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Seeds.Read(Seeds.Pervouralsk), "p.txt", ("ownerOrganizationId", owner.Id.ToString())));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var result = await again.ReadNodeAsync();
        Assert.True((bool)result["updated"]!);
        Assert.Null((int?)result["revisionNumber"]);
        Assert.Equal(id, (int)result["roadmap"]!["id"]!);

        Assert.Equal(1, (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={owner.Id}"))["total"]!);
        Assert.Equal(31, (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/items")).AsArray().Count);
        Assert.Empty((await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/revisions")).AsArray());

        // Asking for a new one explicitly still works: that is the person's decision, not a silent duplicate.
        var second = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Seeds.Read(Seeds.Pervouralsk), "p.txt", ("ownerOrganizationId", owner.Id.ToString()), ("mode", "new")));
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(2, (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={owner.Id}"))["total"]!);
    }

    [Fact]
    public async Task NewVersion_IsANumberedCorrection_KeepingReportedCheckpointsAndTheirReports()
    {
        var (owner, coordinator, regional) = await TerritoryAsync();
        var created = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Seeds.Read(Seeds.Pervouralsk), "p.txt", ("ownerOrganizationId", owner.Id.ToString())));
        var id = (int)(await created.ReadNodeAsync())["roadmap"]!["id"]!;
        var version = (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}"))["version"]!;
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.PostJsonAsync($"/api/roadmaps/{id}/transitions", new { transition = "Approve", version })).StatusCode);

        var items = (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/items")).AsArray();
        var item2 = ItemNumbered(items, "2");
        var item3Id = (int)ItemNumbered(items, "3")["id"]!;
        var confirmed = (int)item2["checkpoints"]![0]!["id"]!;
        var underReview = (int)ItemNumbered(items, "4")["checkpoints"]![0]!["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.PostAsync($"/api/checkpoints/{confirmed}/report", Report("Группа создана"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.PostAsync($"/api/checkpoints/{confirmed}/report/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regional.Api.PostJsonAsync($"/api/checkpoints/{confirmed}/report/confirm", new { comment = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.PostAsync($"/api/checkpoints/{underReview}/report", Report("Встреча проведена"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.PostAsync($"/api/checkpoints/{underReview}/report/submit", null)).StatusCode);

        // The preview says, item by item, what the new version changes.
        var preview = await (await coordinator.Api.PostAsync("/api/imports/preview", Seeds.Upload(Variant(), "p2.txt", ("ownerOrganizationId", owner.Id.ToString())))).ReadNodeAsync();
        var changes = preview["target"]!["changes"]!;
        Assert.Equal(id, (int)preview["target"]!["target"]!["id"]!);
        Assert.Equal(["32"], changes["added"]!.AsArray().Select(a => (string)a!["number"]!));
        Assert.Equal([("2", true), ("3", false)], changes["removed"]!.AsArray().Select(r => ((string)r!["number"]!, (bool)r["keptWithReports"]!)));
        var changed = Assert.Single(changes["changed"]!.AsArray())!;
        Assert.Equal("4", (string)changed["number"]!);
        var deadline = Assert.Single(changed["changes"]!.AsArray())!;
        Assert.Equal(("deadline", "25.01.2022", "28.01.2022"), ((string)deadline["field"]!, (string)deadline["before"]!, (string)deadline["after"]!));
        Assert.Equal("2022-01-28", (string)deadline["afterDates"]![0]!);
        Assert.Equal(28, (int)changes["unchanged"]!); // 31 − 2 removed − 1 changed
        Assert.Equal(1, (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={owner.Id}"))["total"]!);

        // The preview page shows the same, in Russian, grouped.
        var browser = await World.LoginAsync(coordinator);
        var form = await browser.GetStringAsync("/Imports");
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        var draft = (await browser.PostAsync("/Imports", Seeds.Upload(Variant(), "Распоряжение 65 (ред.).txt", ("__RequestVerificationToken", token)))).Headers.Location!.OriginalString;
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(draft));
        Assert.Contains("Добавлено: 1, исключено: 2, изменено: 1, без изменений: 28.", html);
        Assert.Contains("«25.01.2022» → «28.01.2022»", html);
        Assert.Contains("по нему есть отчёты: пункт останется в карте как исключённый", html);
        Assert.Contains("будет удалён", html);
        Assert.Equal(HttpStatusCode.Redirect, (await TestWorld.PostFormAsync(browser, draft + "?handler=Cancel", new(), formPage: draft)).StatusCode);

        var applied = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Variant(), "p2.txt", ("ownerOrganizationId", owner.Id.ToString())));
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        var result = await applied.ReadNodeAsync();
        Assert.Equal(1, (int)result["revisionNumber"]!);

        var revision = Assert.Single((await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/revisions")).AsArray())!;
        Assert.Equal(1, (int)revision["number"]!);
        var lines = ((string)revision["changes"]!).Split('\n');
        Assert.Contains(lines, l => l.StartsWith("Добавлен пункт 32", StringComparison.Ordinal));
        Assert.Contains("Пункт 4: срок «25.01.2022» → «28.01.2022»", lines);
        Assert.Contains(lines, l => l.StartsWith("Исключён пункт 2 ", StringComparison.Ordinal) && l.Contains("отчёты"));
        Assert.Contains(lines, l => l.StartsWith("Удалён пункт 3 ", StringComparison.Ordinal));
        Assert.False(string.IsNullOrWhiteSpace((string)revision["by"]!));

        var after = (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/items")).AsArray();
        Assert.Equal(31, after.Count); // 31 − item 3 + item 32; item 2 stays, excluded
        Assert.DoesNotContain(after, i => (int)i!["id"]! == item3Id);
        var kept = ItemNumbered(after, "2");
        Assert.Equal((int)item2["id"]!, (int)kept["id"]!);
        Assert.Contains("корректировкой № 1", (string)kept["withdrawalReason"]!);
        Assert.Equal([confirmed], kept["checkpoints"]!.AsArray().Select(c => (int)c!["id"]!));
        var four = ItemNumbered(after, "4");
        Assert.Equal(["2022-01-25", "2022-01-28"], four["checkpoints"]!.AsArray().Select(c => (string)c!["dueDate"]!));
        Assert.Equal(underReview, (int)four["checkpoints"]![0]!["id"]!);
        Assert.Equal("2022-03-15", (string)ItemNumbered(after, "32")["checkpoints"]![0]!["dueDate"]!);

        var doneReport = await coordinator.Api.GetNodeAsync($"/api/checkpoints/{confirmed}");
        Assert.Equal("Done", (string)doneReport["status"]!);
        Assert.Equal("Группа создана", (string)doneReport["report"]!["text"]!);
        Assert.Single(doneReport["report"]!["files"]!.AsArray());
        var reviewReport = await coordinator.Api.GetNodeAsync($"/api/checkpoints/{underReview}");
        Assert.Equal("UnderReview", (string)reviewReport["status"]!);
        Assert.Equal("Встреча проведена", (string)reviewReport["report"]!["text"]!);
        // The report under review can still be confirmed after the correction.
        Assert.Equal(HttpStatusCode.OK, (await regional.Api.PostJsonAsync($"/api/checkpoints/{underReview}/report/confirm", new { comment = "" })).StatusCode);

        var dashboard = await regional.Api.GetNodeAsync($"/api/dashboard?organizationId={owner.Id}&year=2022");
        Assert.Equal([id], dashboard["roadmaps"]!.AsArray().Select(r => (int)r!["id"]!));
        Assert.Equal(2, (int)dashboard["total"]!["done"]!);

        // The roadmap's page shows the excluded item struck out with its reason; the export leaves it out.
        var detail = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Roadmaps/Details/{id}"));
        Assert.Contains("<s>Создание группы «500+» в WhatsApp.</s>", detail);
        var xlsx = await coordinator.Api.GetAsync($"/api/roadmaps/{id}/export?format=xlsx");
        var exported = await (await coordinator.Api.PostAsync("/api/imports/dry-run", Seeds.Upload(await xlsx.Content.ReadAsByteArrayAsync(), "export.xlsx"))).ReadNodeAsync();
        Assert.DoesNotContain(exported["items"]!.AsArray(), i => (string?)i!["number"] == "2");
        Assert.Contains(exported["items"]!.AsArray(), i => (string?)i!["number"] == "32");
    }

    [Fact]
    public async Task TargetOutsideTheTerritory_IsNotFound_AndReadOnlyTargetIsForbidden()
    {
        var region = await World.RegionAsync();
        var mine = await World.MunicipalityAsync(region);
        var neighbour = await World.MunicipalityAsync(region);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, mine);
        var observer = await World.UserAsync(Role.Observer, mine);
        var theirs = await World.RoadmapAsync(neighbour);
        var ours = await World.RoadmapAsync(mine);
        var itemsBefore = (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{ours.Id}/items")).AsArray().Count;

        var refused = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Seeds.Read(Seeds.Yaroslavl), "y.txt", ("targetRoadmapId", theirs.Id.ToString())));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Api.PostAsync("/api/imports/preview",
            Seeds.Upload(Seeds.Read(Seeds.Yaroslavl), "y.txt", ("targetRoadmapId", theirs.Id.ToString())))).StatusCode);

        var forbidden = await observer.Api.PostAsync("/api/imports", Seeds.Upload(Seeds.Read(Seeds.Yaroslavl), "y.txt", ("targetRoadmapId", ours.Id.ToString())));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);

        var badMode = await coordinator.Api.PostAsync("/api/imports", Seeds.Upload(Seeds.Read(Seeds.Yaroslavl), "y.txt", ("mode", "merge")));
        Assert.Equal(HttpStatusCode.BadRequest, badMode.StatusCode);
        Assert.NotNull((await badMode.ReadNodeAsync())["errors"]!["mode"]);

        Assert.Equal(itemsBefore, (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{ours.Id}/items")).AsArray().Count);
        Assert.Empty((await coordinator.Api.GetNodeAsync($"/api/roadmaps/{ours.Id}/revisions")).AsArray());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReimportAsCorrectionOnSqlite(SqliteFixture fixture) : ReimportAsCorrectionTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ReimportAsCorrectionOnPostgres(PostgresFixture fixture) : ReimportAsCorrectionTests(fixture);
