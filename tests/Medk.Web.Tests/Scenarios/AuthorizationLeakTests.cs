using System.Net;
using System.Text;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>The leaks 1–5 of issue 11, found by calling every operation as every role of two territories; each stays closed.</summary>
public abstract class AuthorizationLeakTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task RoadmapScore_OfAnotherTerritory_OrOfNoRoadmap_IsNotFound()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var roadmap = await World.RoadmapAsync(municipality, 2022, underWay: true);
        var expert = await World.UserAsync(Role.Expert, region);
        var scored = await expert.Api.PostJsonAsync($"/api/roadmaps/{roadmap.Id}/score", new { points = 62, maxPoints = 100, comment = "Нет показателей" });
        Assert.Equal(HttpStatusCode.OK, scored.StatusCode);
        var otherRegion = await World.RegionAsync();
        var foreignSchool = await World.SchoolAsync(await World.MunicipalityAsync(otherRegion));
        var foreigner = await World.UserAsync(Role.SchoolTeam, foreignSchool);

        Assert.Equal(HttpStatusCode.NotFound, (await foreigner.Api.GetAsync($"/api/roadmaps/{roadmap.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreigner.Api.GetAsync($"/api/roadmaps/{roadmap.Id}/score")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.Api.GetAsync("/api/roadmaps/987654321/score")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await expert.Api.GetAsync($"/api/roadmaps/{roadmap.Id}/score")).StatusCode);
    }

    [Fact]
    public async Task EventAttendance_ShowsASchoolOrACuratorOnlyTheirOwnSchools()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var mine = await World.SchoolAsync(municipality);
        var sibling = await World.SchoolAsync(municipality);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var team = await World.UserAsync(Role.SchoolTeam, mine);
        var curator = await World.UserAsync(Role.Curator, municipality, mine);
        var created = await (await coordinator.Api.PostJsonAsync("/api/events", new
        {
            title = "Вебинар для школ", kind = "Webinar", organizerId = municipality.Id, year = 2022, schedule = "15.03.2022",
            invited = new[] { mine.Id, sibling.Id },
        })).ReadNodeAsync();
        var id = (int)created["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.PutJsonAsync($"/api/events/{id}/attendance", new[]
        {
            new { date = "2022-03-15", organizationId = mine.Id, present = true },
            new { date = "2022-03-15", organizationId = sibling.Id, present = false },
        })).StatusCode);

        foreach (var reader in new[] { team, curator })
        {
            var ev = await reader.Api.GetNodeAsync($"/api/events/{id}");
            Assert.Equal([mine.Id], ev["invited"]!.AsArray().Select(i => (int)i!["organizationId"]!));
            Assert.Equal([mine.Id], ev["attendance"]!.AsArray().Select(a => (int)a!["organizationId"]!));
            var page = await (await World.LoginAsync(reader)).GetStringAsync($"/Events/{id}");
            Assert.Contains(WebUtility.HtmlEncode(mine.ShortName), page);
            Assert.DoesNotContain(WebUtility.HtmlEncode(sibling.ShortName), page);
        }
        var full = await coordinator.Api.GetNodeAsync($"/api/events/{id}");
        Assert.Equal(2, full["invited"]!.AsArray().Count);
        Assert.Equal(2, full["attendance"]!.AsArray().Count);
    }

    [Fact]
    public async Task Expert_ReadsOnlyTheirOwnAssignments()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var roadmap = await World.RoadmapAsync(school, 2022, underWay: true);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        foreach (var checkpoint in (await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray().SelectMany(i => i!["checkpoints"]!.AsArray()))
        {
            var cp = (int)checkpoint!["id"]!;
            await team.Api.PostAsync($"/api/checkpoints/{cp}/report", new MultipartFormDataContent
            {
                { new StringContent("Проведено"), "text" },
                { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", "Протокол.pdf" },
            });
            await team.Api.PostAsync($"/api/checkpoints/{cp}/report/submit", null);
            await municipal.Api.PostJsonAsync($"/api/checkpoints/{cp}/report/confirm", new { comment = "" });
        }
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var first = await World.UserAsync(Role.Expert, region);
        var second = await World.UserAsync(Role.Expert, region);
        var sample = await (await coordinator.Api.PostJsonAsync("/api/reviews/samples", new
        {
            name = "Выборка", scopeOrganizationId = region.Id, from = "2022-01-01", to = "2022-12-31", percent = 100, expertIds = new[] { first.Id, second.Id },
        })).ReadNodeAsync();
        var sampleId = (int)sample["id"]!;
        var all = (await coordinator.Api.GetNodeAsync($"/api/reviews/samples/{sampleId}/assignments")).AsArray();
        Assert.Equal(2, all.Count);
        var firstsOwn = (await first.Api.GetNodeAsync("/api/reviews/mine")).AsArray().Select(a => (int)a!["id"]!).ToList();
        var secondsOwn = (await second.Api.GetNodeAsync("/api/reviews/mine")).AsArray().Select(a => (int)a!["id"]!).ToList();
        Assert.Single(firstsOwn);
        Assert.Single(secondsOwn);

        Assert.Equal(HttpStatusCode.NotFound, (await first.Api.GetAsync($"/api/reviews/assignments/{secondsOwn[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.Api.GetAsync($"/api/reviews/assignments/{firstsOwn[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.GetAsync($"/api/reviews/assignments/{secondsOwn[0]}")).StatusCode);
        var seenByFirst = (await first.Api.GetNodeAsync($"/api/reviews/samples/{sampleId}/assignments")).AsArray().Select(a => (int)a!["id"]!).ToList();
        Assert.Equal(firstsOwn, seenByFirst);
    }

    [Fact]
    public async Task Coordinator_CannotGrantARoleToAUserOfAnotherTerritory()
    {
        var region = await World.RegionAsync();
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var ownMunicipality = await World.MunicipalityAsync(region);
        var foreignSchool = await World.SchoolAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        var foreigner = await World.UserAsync(Role.SchoolTeam, foreignSchool);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Api.GetAsync($"/api/users/{foreigner.Id}")).StatusCode);
        var granted = await coordinator.Api.PostJsonAsync($"/api/users/{foreigner.Id}/roles", new { role = "Observer", organizationId = ownMunicipality.Id });
        Assert.Equal(HttpStatusCode.NotFound, granted.StatusCode);
        var roles = (await foreigner.Api.GetNodeAsync("/api/users/me"))["roles"]!.AsArray();
        Assert.Single(roles);

        // A user of the coordinator's own territory still gets the role.
        var local = await World.UserAsync(Role.SchoolTeam, await World.SchoolAsync(ownMunicipality));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.PostJsonAsync($"/api/users/{local.Id}/roles", new { role = "Observer", organizationId = ownMunicipality.Id })).StatusCode);
    }

    [Fact]
    public async Task Curator_OffersAPracticeFromTheirSchools_NotOnBehalfOfTheMunicipality()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var curator = await World.UserAsync(Role.Curator, municipality, school);

        var onBehalf = await curator.Api.PostAsync("/api/practices", PracticeBankTests.Form(new()
        {
            ["title"] = "Практика " + TestWorld.Unique("к"), ["description"] = "Описание.", ["organizationId"] = municipality.Id.ToString(),
        }));
        Assert.Equal(HttpStatusCode.BadRequest, onBehalf.StatusCode);
        Assert.NotNull((await onBehalf.ReadNodeAsync())["errors"]!["organizationId"]);

        var fromSchool = await curator.Api.PostAsync("/api/practices", PracticeBankTests.Form(new()
        {
            ["title"] = "Практика " + TestWorld.Unique("к"), ["description"] = "Описание.", ["organizationId"] = school.Id.ToString(),
        }));
        Assert.Equal(HttpStatusCode.Created, fromSchool.StatusCode);
        Assert.Equal(school.Id, (int)(await fromSchool.ReadNodeAsync())["organizationId"]!);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorizationLeaksOnSqlite(SqliteFixture fixture) : AuthorizationLeakTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AuthorizationLeaksOnPostgres(PostgresFixture fixture) : AuthorizationLeakTests(fixture);
