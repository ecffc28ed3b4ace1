using System.Net;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>A region runs a project year: calendar, risk factors, participating schools; each level sees its own part.</summary>
public abstract class CycleTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task RegionCreatesCycle_MunicipalitiesAddTheirSchools_EachSeesOwnParticipants()
    {
        var region = await World.RegionAsync();
        var mine = await World.MunicipalityAsync(region);
        var other = await World.MunicipalityAsync(region);
        var mySchool = await World.SchoolAsync(mine);
        var otherSchool = await World.SchoolAsync(other);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, mine);

        // The region is above the municipality: visible by name, not a territory it manages.
        Assert.Equal(HttpStatusCode.BadRequest, (await municipal.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId = region.Id })).StatusCode);
        var created = await regional.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId = region.Id });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var cycle = await created.ReadNodeAsync();
        var id = (int)cycle["id"]!;
        Assert.Equal(6, cycle["stages"]!.AsArray().Count);
        Assert.Equal(11, cycle["factors"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.BadRequest, (await regional.Api.PostJsonAsync("/api/cycles", new { name = "ещё", year = 2022, regionId = region.Id })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await municipal.Api.PostJsonAsync($"/api/cycles/{id}/participants", new { schoolId = mySchool.Id, lowResults = true, unfavourable = false })).StatusCode);
        var foreign = await municipal.Api.PostJsonAsync($"/api/cycles/{id}/participants", new { schoolId = otherSchool.Id, lowResults = true, unfavourable = false });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        var neither = await regional.Api.PostJsonAsync($"/api/cycles/{id}/participants", new { schoolId = otherSchool.Id, lowResults = false, unfavourable = false });
        Assert.NotNull((await neither.ReadNodeAsync())["errors"]!["lowResults"]);
        await regional.Api.PostJsonAsync($"/api/cycles/{id}/participants", new { schoolId = otherSchool.Id, lowResults = false, unfavourable = true, joinedYear = 2021 });

        var listed = (await municipal.Api.GetNodeAsync("/api/cycles")).AsArray().Single(c => (int)c!["id"]! == id)!;
        Assert.Equal(1, (int)listed["participants"]!);
        var page = System.Net.WebUtility.HtmlDecode(await (await World.LoginAsync(municipal)).GetStringAsync("/Cycles"));
        Assert.Contains("500+ 2022", page);

        var seenByMunicipality = await municipal.Api.GetNodeAsync($"/api/cycles/{id}");
        Assert.Equal([mySchool.Id], seenByMunicipality["participants"]!.AsArray().Select(p => (int)p!["schoolId"]!));
        var seenByRegion = await regional.Api.GetNodeAsync($"/api/cycles/{id}");
        Assert.Equal(2, seenByRegion["participants"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await municipal.Api.PutJsonAsync($"/api/cycles/{id}/stages", new { kind = "Survey", from = "2022-01-10", to = "2022-02-10" })).StatusCode);
        var moved = await regional.Api.PutJsonAsync($"/api/cycles/{id}/stages", new { kind = "Survey", from = "2022-01-10", to = "2022-02-10" });
        Assert.Equal("2022-02-10", (string)(await moved.ReadNodeAsync())["stages"]!.AsArray().First(s => (string)s!["kind"]! == "Survey")!["to"]!);

        var stranger = await World.UserAsync(Role.RegionalCoordinator, await World.RegionAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Api.GetAsync($"/api/cycles/{id}")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CycleOnSqlite(SqliteFixture fixture) : CycleTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class CycleOnPostgres(PostgresFixture fixture) : CycleTests(fixture);
