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
    [Fact]
    public async Task Expert_ReadsOnlyTheReportsAssignedToThem_AndNeverADraft()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var roadmap = await World.RoadmapAsync(school, 2022, underWay: true);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var checkpoints = (await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray()
            .SelectMany(i => i!["checkpoints"]!.AsArray()).Select(c => (int)c!["id"]!).ToList();
        Assert.True(checkpoints.Count >= 2);
        var (draft, confirmed) = (checkpoints[0], checkpoints[1]);
        foreach (var cp in new[] { draft, confirmed })
        {
            Assert.Equal(HttpStatusCode.OK, (await team.Api.PostAsync($"/api/checkpoints/{cp}/report", new MultipartFormDataContent
            {
                { new StringContent("Проведено"), "text" },
                { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", "Протокол.pdf" },
            })).StatusCode);
        }
        await team.Api.PostAsync($"/api/checkpoints/{confirmed}/report/submit", null);
        Assert.Equal(HttpStatusCode.OK, (await municipal.Api.PostJsonAsync($"/api/checkpoints/{confirmed}/report/confirm", new { comment = "" })).StatusCode);
        var draftFile = (int)(await team.Api.GetNodeAsync($"/api/checkpoints/{draft}"))["report"]!["files"]![0]!["id"]!;
        var confirmedFile = (int)(await team.Api.GetNodeAsync($"/api/checkpoints/{confirmed}"))["report"]!["files"]![0]!["id"]!;
        var expert = await World.UserAsync(Role.Expert, region);

        // Unassigned: the checkpoints of a roadmap of the territory, without their reports or evidence.
        foreach (var (cp, file) in new[] { (draft, draftFile), (confirmed, confirmedFile) })
        {
            var seen = await expert.Api.GetNodeAsync($"/api/checkpoints/{cp}");
            Assert.Null(seen["report"]);
            Assert.Equal(HttpStatusCode.NotFound, (await expert.Api.GetAsync($"/api/files/{file}")).StatusCode);
        }
        var page = await (await World.LoginAsync(expert)).GetStringAsync($"/Checkpoints/Details/{confirmed}");
        Assert.DoesNotContain("Протокол.pdf", page);

        // Assigned: the confirmed report and its evidence; the draft stays closed.
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        Assert.Equal(HttpStatusCode.Created, (await coordinator.Api.PostJsonAsync("/api/reviews/samples", new
        {
            name = "Выборка", scopeOrganizationId = region.Id, from = "2022-01-01", to = "2022-12-31", percent = 100, expertIds = new[] { expert.Id },
        })).StatusCode);
        Assert.Equal("Проведено", (string)(await expert.Api.GetNodeAsync($"/api/checkpoints/{confirmed}"))["report"]!["text"]!);
        Assert.Equal(HttpStatusCode.OK, (await expert.Api.GetAsync($"/api/files/{confirmedFile}")).StatusCode);
        Assert.Null((await expert.Api.GetNodeAsync($"/api/checkpoints/{draft}"))["report"]);
        Assert.Equal(HttpStatusCode.NotFound, (await expert.Api.GetAsync($"/api/files/{draftFile}")).StatusCode);
        // Those who see the roadmap by another role read both, drafts included.
        Assert.NotNull((await municipal.Api.GetNodeAsync($"/api/checkpoints/{draft}"))["report"]);
        Assert.Equal(HttpStatusCode.OK, (await municipal.Api.GetAsync($"/api/files/{draftFile}")).StatusCode);
    }

    [Fact]
    public async Task ExcludingAParticipantOfAnotherTerritory_IsNotFound()
    {
        var region = await World.RegionAsync();
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var own = await World.SchoolAsync(await World.MunicipalityAsync(region));
        var cycle = (int)(await (await regional.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId = region.Id })).ReadNodeAsync())["id"]!;
        Assert.Equal(HttpStatusCode.OK, (await regional.Api.PostJsonAsync($"/api/cycles/{cycle}/participants", new { schoolId = own.Id, lowResults = true, unfavourable = false })).StatusCode);
        var foreignSchool = await World.SchoolAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        var municipalOfAnother = await World.UserAsync(Role.MunicipalCoordinator, await World.MunicipalityAsync(region));

        Assert.Equal(HttpStatusCode.NotFound, (await regional.Api.DeleteAsync($"/api/cycles/{cycle}/participants/{foreignSchool.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await regional.Api.DeleteAsync($"/api/cycles/{cycle}/participants/987654321")).StatusCode);
        // A school of the cycle outside the municipality's territory is not theirs to see either.
        Assert.Equal(HttpStatusCode.NotFound, (await municipalOfAnother.Api.DeleteAsync($"/api/cycles/{cycle}/participants/{own.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regional.Api.DeleteAsync($"/api/cycles/{cycle}/participants/{own.Id}")).StatusCode);
    }

    [Fact]
    public async Task NewConceptForm_OfASiblingSchool_IsNotFound_AndOfAnUnwritableSchool_Forbidden()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var sibling = await World.SchoolAsync(municipality);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var cycle = (int)(await (await regional.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId = region.Id })).ReadNodeAsync())["id"]!;
        foreach (var s in new[] { school, sibling })
        {
            await regional.Api.PostJsonAsync($"/api/cycles/{cycle}/participants", new { schoolId = s.Id, lowResults = true, unfavourable = false });
        }
        var team = await World.LoginAsync(await World.UserAsync(Role.SchoolTeam, school));
        var observer = await World.LoginAsync(await World.UserAsync(Role.Observer, region));

        Assert.Equal(HttpStatusCode.OK, (await team.GetAsync($"/Concepts/New/{cycle}?schoolId={school.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await team.GetAsync($"/Concepts/New/{cycle}?schoolId={sibling.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await observer.GetAsync($"/Concepts/New/{cycle}?schoolId={school.Id}")).StatusCode);
    }

    [Fact]
    public async Task CoordinatorInAnInstitution_WorksForItsAuthoritysTerritory_ButNotForTheAuthorityItself()
    {
        var region = await World.RegionAsync();
        var institute = await World.InstitutionAsync(region);
        var municipality = await World.MunicipalityAsync(region);
        var regionRoadmap = await World.RoadmapAsync(region, 2022);
        var municipalRoadmap = await World.RoadmapAsync(municipality, 2022);
        var operatorOfRegion = await World.UserAsync(Role.RegionalCoordinator, institute);

        var regionView = await operatorOfRegion.Api.GetNodeAsync($"/api/organizations/{region.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorOfRegion.Api.PutJsonAsync($"/api/organizations/{region.Id}",
            new { fullName = "Переименовано", shortName = "Переименовано", aliases = Array.Empty<string>(), version = (int)regionView["version"]! })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorOfRegion.Api.PostJsonAsync($"/api/roadmaps/{regionRoadmap.Id}/items", new { text = "Пункт", number = "2", isSection = false })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorOfRegion.Api.GetAsync($"/api/roadmaps/{regionRoadmap.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await operatorOfRegion.Api.PostJsonAsync($"/api/roadmaps/{municipalRoadmap.Id}/items", new { text = "Пункт", number = "2", isSection = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await operatorOfRegion.Api.PostJsonAsync("/api/organizations",
            new { level = "School", kind = "School", fullName = TestWorld.Unique("Школа"), shortName = TestWorld.Unique("Школа"), parentId = municipality.Id })).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthorizationLeaksOnSqlite(SqliteFixture fixture) : AuthorizationLeakTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AuthorizationLeaksOnPostgres(PostgresFixture fixture) : AuthorizationLeakTests(fixture);
