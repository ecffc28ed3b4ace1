using System.Net;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>The roadmap pages as a coordinator uses them: forms re-shown with Russian messages, nothing half-saved.</summary>
public abstract class RoadmapPagesTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task CreateForm_WithoutTitle_IsShownAgainWithMessage_AndNothingIsSaved()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var browser = await World.LoginAsync(coordinator);

        var response = await TestWorld.PostFormAsync(browser, "/Roadmaps/Edit", new()
        {
            ["Input.OwnerOrganizationId"] = municipality.Id.ToString(),
            ["Input.Title"] = "",
            ["Input.PeriodStart"] = "2022-01-01",
            ["Input.PeriodEnd"] = "2022-12-31",
        }, formPage: $"/Roadmaps/Edit?ownerId={municipality.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Укажите название дорожной карты.", html);
        Assert.Contains("field-validation-error", html);
        var list = await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={municipality.Id}");
        Assert.Equal(0, (int)list["total"]!);
    }

    [Fact]
    public async Task CoordinatorCreatesRoadmapAndItemsThroughPages_AndSeesTheTree()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var browser = await World.LoginAsync(coordinator);

        var created = await TestWorld.PostFormAsync(browser, "/Roadmaps/Edit", new()
        {
            ["Input.OwnerOrganizationId"] = municipality.Id.ToString(),
            ["Input.Title"] = "Дорожная карта реализации проекта «500+» в 2022 году",
            ["Input.PeriodStart"] = "2022-01-01",
            ["Input.PeriodEnd"] = "2022-12-31",
            ["Input.ApprovalKind"] = "Приказ",
            ["Input.ApprovalNumber"] = "102-1",
            ["Input.ApprovalDate"] = "2022-03-04",
            ["Input.ApprovalSignatory"] = "И.А. Магон",
        }, formPage: $"/Roadmaps/Edit?ownerId={municipality.Id}");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var details = created.Headers.Location!.OriginalString;
        var roadmapId = int.Parse(details.Split('/').Last());

        var section = await TestWorld.PostFormAsync(browser, $"/Roadmaps/Item/{roadmapId}", new()
        {
            ["Input.Number"] = "1", ["Input.IsSection"] = "true", ["Input.Text"] = "Организационно-методическое сопровождение",
        });
        Assert.Equal(HttpStatusCode.Redirect, section.StatusCode);
        var sectionId = (int)(await coordinator.Api.GetNodeAsync($"/api/roadmaps/{roadmapId}/items")).AsArray()[0]!["id"]!;

        var emptyItem = await TestWorld.PostFormAsync(browser, $"/Roadmaps/Item/{roadmapId}", new() { ["Input.Text"] = "" });
        Assert.Contains("Укажите текст пункта.", await emptyItem.Content.ReadAsStringAsync());

        var item = await TestWorld.PostFormAsync(browser, $"/Roadmaps/Item/{roadmapId}", new()
        {
            ["Input.ParentId"] = sectionId.ToString(), ["Input.Number"] = "1.1", ["Input.Text"] = "Участие в еженедельных консультационных часах",
            ["Input.DeadlineText"] = "Еженедельно, пятница, 15.00", ["Input.ResultText"] = "Участие приняли не менее 90%", ["Input.Levels"] = "municipal",
        });
        Assert.Equal(HttpStatusCode.Redirect, item.StatusCode);

        var page = await browser.GetStringAsync(details);
        Assert.Contains("Приказ № 102-1 от 04.03.2022", page);
        Assert.Contains("Еженедельно, пятница, 15.00", page);
        Assert.Contains("data-depth=\"1\"", page);
        Assert.Contains("муниципальный", page);

        var approve = await TestWorld.PostFormAsync(browser, $"/Roadmaps/Details/{roadmapId}?handler=Transition", new()
        {
            ["transition"] = "Approve", ["version"] = (string)(await coordinator.Api.GetNodeAsync($"/api/roadmaps/{roadmapId}"))["version"]!.ToString(),
        }, formPage: details);
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        Assert.Equal("Approved", (string)(await coordinator.Api.GetNodeAsync($"/api/roadmaps/{roadmapId}"))["status"]!);
    }

    /// <summary>Issue 12 item 9: in a roadmap of 2021–2022 a checkpoint «31.03» would not say which March.</summary>
    [Fact]
    public async Task TwoYearRoadmap_ShowsTheYearOfEachCheckpoint_OneYearRoadmapDoesNot()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var browser = await World.LoginAsync(coordinator);

        async Task<string> DetailsOfAsync(string start, string end)
        {
            var created = await TestWorld.PostFormAsync(browser, "/Roadmaps/Edit", new()
            {
                ["Input.OwnerOrganizationId"] = municipality.Id.ToString(), ["Input.Title"] = $"Дорожная карта {start}–{end}",
                ["Input.PeriodStart"] = start, ["Input.PeriodEnd"] = end,
            }, formPage: $"/Roadmaps/Edit?ownerId={municipality.Id}");
            var details = created.Headers.Location!.OriginalString;
            var roadmapId = int.Parse(details.Split('/').Last());
            var item = await TestWorld.PostFormAsync(browser, $"/Roadmaps/Item/{roadmapId}", new()
            {
                ["Input.Number"] = "1", ["Input.Text"] = "Анализ результатов", ["Input.DeadlineText"] = "31 марта 2022 г.",
            });
            Assert.Equal(HttpStatusCode.Redirect, item.StatusCode);
            return await browser.GetStringAsync(details);
        }

        var twoYears = await DetailsOfAsync("2021-01-01", "2022-12-31");
        var oneYear = await DetailsOfAsync("2022-01-01", "2022-12-31");

        Assert.Contains("<span class=\"small\">31.03.2022</span>", twoYears);
        Assert.Contains("<span class=\"small\">31.03</span>", oneYear);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RoadmapPagesOnSqlite(SqliteFixture fixture) : RoadmapPagesTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class RoadmapPagesOnPostgres(PostgresFixture fixture) : RoadmapPagesTests(fixture);
