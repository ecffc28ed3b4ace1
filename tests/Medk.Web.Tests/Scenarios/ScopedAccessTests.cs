using System.Net;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>A role covers its organization and everything below it, nothing beside it; the server enforces it.</summary>
public abstract class ScopedAccessTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task MunicipalCoordinator_GetsNotFound_ForNeighbourMunicipalityRoadmap_InApiAndPages()
    {
        var region = await World.RegionAsync();
        var mine = await World.MunicipalityAsync(region);
        var neighbour = await World.MunicipalityAsync(region);
        var foreign = await World.RoadmapAsync(neighbour);
        var own = await World.RoadmapAsync(mine);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, mine);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Api.GetAsync($"/api/roadmaps/{foreign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Api.GetAsync($"/api/roadmaps/{foreign.Id}/items")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Api.PutJsonAsync($"/api/roadmaps/{foreign.Id}",
            new { title = "Чужая", periodStart = "2022-01-01", periodEnd = "2022-12-31", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.GetAsync($"/api/roadmaps/{own.Id}")).StatusCode);

        var browser = await World.LoginAsync(coordinator);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Roadmaps/Details/{foreign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Organizations/Details/{neighbour.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/Roadmaps/Details/{own.Id}")).StatusCode);
    }

    [Fact]
    public async Task Lists_ContainOnlyTheTerritoryAndWhatIsAboveIt()
    {
        var region = await World.RegionAsync();
        var mine = await World.MunicipalityAsync(region);
        var neighbour = await World.MunicipalityAsync(region);
        var regional = await World.RoadmapAsync(region);
        var own = await World.RoadmapAsync(mine);
        var foreign = await World.RoadmapAsync(neighbour);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, mine);

        var list = await coordinator.Api.GetNodeAsync("/api/roadmaps?pageSize=200");
        var ids = list["items"]!.AsArray().Select(i => (int)i!["id"]!).ToList();
        Assert.Contains(own.Id, ids);
        Assert.Contains(regional.Id, ids);
        Assert.DoesNotContain(foreign.Id, ids);

        var orgs = await coordinator.Api.GetNodeAsync($"/api/organizations?parentId={region.Id}");
        var names = orgs["items"]!.AsArray().Select(i => (string)i!["shortName"]!).ToList();
        Assert.Equal([mine.ShortName], names);
    }

    [Fact]
    public async Task SchoolTeam_CannotEditRegionalRoadmap_ButReadsIt()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var regional = await World.RoadmapAsync(region);
        var team = await World.UserAsync(Role.SchoolTeam, school);

        Assert.Equal(HttpStatusCode.OK, (await team.Api.GetAsync($"/api/roadmaps/{regional.Id}")).StatusCode);
        var put = await team.Api.PutJsonAsync($"/api/roadmaps/{regional.Id}",
            new { ownerOrganizationId = region.Id, title = "Изменено школой", periodStart = "2022-01-01", periodEnd = "2022-12-31", version = regional.Version });
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        var add = await team.Api.PostJsonAsync($"/api/roadmaps/{regional.Id}/items", new { text = "Пункт от школы" });
        Assert.Equal(HttpStatusCode.Forbidden, add.StatusCode);
        Assert.Contains("владелец", (await add.ReadNodeAsync())["detail"]!.ToString());

        var browser = await World.LoginAsync(team);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/Roadmaps/Edit/{regional.Id}")).StatusCode);
        var page = await browser.GetStringAsync($"/Roadmaps/Details/{regional.Id}");
        Assert.DoesNotContain("Добавить пункт", page);
    }

    [Fact]
    public async Task Observer_CannotWriteAnything()
    {
        var region = await World.RegionAsync();
        var roadmap = await World.RoadmapAsync(region);
        var observer = await World.UserAsync(Role.Observer, region);

        Assert.Equal(HttpStatusCode.OK, (await observer.Api.GetAsync($"/api/roadmaps/{roadmap.Id}/items")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.Api.PostJsonAsync($"/api/roadmaps/{roadmap.Id}/items", new { text = "Новый" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.Api.PostJsonAsync($"/api/roadmaps/{roadmap.Id}/transitions", new { transition = "Approve", version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.Api.PostJsonAsync("/api/roadmaps",
            new { ownerOrganizationId = region.Id, title = "Карта наблюдателя", periodStart = "2022-01-01", periodEnd = "2022-12-31" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.Api.PostJsonAsync("/api/organizations",
            new { parentId = region.Id, kind = "Authority", fullName = "Новый муниципалитет" })).StatusCode);
    }

    [Fact]
    public async Task Curator_SeesAssignedSchoolOnly()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var assigned = await World.SchoolAsync(municipality);
        var other = await World.SchoolAsync(municipality);
        var assignedRoadmap = await World.RoadmapAsync(assigned);
        var otherRoadmap = await World.RoadmapAsync(other);
        var municipal = await World.RoadmapAsync(municipality);
        var curator = await World.UserAsync(Role.Curator, municipality, assigned);

        Assert.Equal(HttpStatusCode.OK, (await curator.Api.GetAsync($"/api/roadmaps/{assignedRoadmap.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.GetAsync($"/api/roadmaps/{municipal.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await curator.Api.GetAsync($"/api/roadmaps/{otherRoadmap.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await curator.Api.PostJsonAsync($"/api/roadmaps/{assignedRoadmap.Id}/items", new { text = "Пункт" })).StatusCode);
    }

    [Fact]
    public async Task Unauthenticated_ApiAnswers401WithProblem_PagesRedirectToLogin()
    {
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });

        var api = await client.GetAsync("/api/roadmaps");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        var page = await client.GetAsync("/Roadmaps");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery);

        client.DefaultRequestHeaders.Authorization = new("Bearer", "medk_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/roadmaps")).StatusCode);
    }

    [Fact]
    public async Task RegionalCoordinator_WorksInWholeRegion_NotInAnother()
    {
        var region = await World.RegionAsync();
        var otherRegion = await World.RegionAsync();
        var school = await World.SchoolAsync(await World.MunicipalityAsync(region));
        var institution = await World.InstitutionAsync(region);
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, institution);

        var created = await coordinator.Api.PostJsonAsync("/api/roadmaps",
            new { ownerOrganizationId = school.Id, title = "Карта школы от региона", periodStart = "2022-01-01", periodEnd = "2022-12-31" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var foreign = await coordinator.Api.PostJsonAsync("/api/roadmaps",
            new { ownerOrganizationId = otherRegion.Id, title = "Чужой регион", periodStart = "2022-01-01", periodEnd = "2022-12-31" });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.NotNull((await foreign.ReadNodeAsync())["errors"]!["ownerOrganizationId"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ScopedAccessOnSqlite(SqliteFixture fixture) : ScopedAccessTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ScopedAccessOnPostgres(PostgresFixture fixture) : ScopedAccessTests(fixture);
