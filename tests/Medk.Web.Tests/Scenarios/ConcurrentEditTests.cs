using System.Net;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Two people edit the same thing: the second is told, and loses nothing of what they typed.</summary>
public abstract class ConcurrentEditTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task SecondWriterOfAnItem_GetsConflict_FirstEditSurvives()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var roadmap = await World.RoadmapAsync(municipality);
        var alice = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var bob = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var item = (await alice.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray().Last()!;
        var (id, version) = ((int)item["id"]!, (int)item["version"]!);

        var first = await alice.Api.PutJsonAsync($"/api/roadmaps/{roadmap.Id}/items/{id}", new { parentId = (int?)item["parentId"], text = "Правка Алисы", version });
        var second = await bob.Api.PutJsonAsync($"/api/roadmaps/{roadmap.Id}/items/{id}", new { parentId = (int?)item["parentId"], text = "Правка Боба", version });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var items = await bob.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items");
        Assert.Equal("Правка Алисы", (string)items.AsArray().Single(i => (int)i!["id"]! == id)!["text"]!);
    }

    [Fact]
    public async Task StaleRoadmapForm_ShowsConflictMessage_AndKeepsTheInput()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var roadmap = await World.RoadmapAsync(municipality);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var browser = await World.LoginAsync(coordinator);
        var staleVersion = roadmap.Version.ToString();

        // Somebody else saves first.
        var other = await coordinator.Api.PutJsonAsync($"/api/roadmaps/{roadmap.Id}", new { title = "Сохранено раньше", periodStart = "2022-01-01", periodEnd = "2022-12-31", version = roadmap.Version });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);

        var response = await TestWorld.PostFormAsync(browser, $"/Roadmaps/Edit/{roadmap.Id}", new()
        {
            ["Input.OwnerOrganizationId"] = municipality.Id.ToString(),
            ["Input.Title"] = "Моя несохранённая правка",
            ["Input.PeriodStart"] = "2022-01-01",
            ["Input.PeriodEnd"] = "2022-12-31",
            ["Input.Version"] = staleVersion,
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("только что изменил другой пользователь", html);
        Assert.Contains("Моя несохранённая правка", html);
        Assert.Equal("Сохранено раньше", (string)(await coordinator.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}"))["title"]!);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ConcurrentEditOnSqlite(SqliteFixture fixture) : ConcurrentEditTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ConcurrentEditOnPostgres(PostgresFixture fixture) : ConcurrentEditTests(fixture);
