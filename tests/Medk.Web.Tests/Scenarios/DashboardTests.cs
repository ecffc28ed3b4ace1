using System.Net;
using System.Text;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>The figures of every level add up by themselves as schools report and curators confirm.</summary>
public abstract class DashboardTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    private static MultipartFormDataContent Report(string text) => new()
    {
        { new StringContent(text), "text" },
        { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", "Протокол.pdf" },
    };

    [Fact]
    public async Task Confirmation_MovesMunicipalAndRegionalFigures_AndScopeIsEnforced()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var neighbour = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var roadmap = await World.RoadmapAsync(school, 2022, underWay: true);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var curator = await World.UserAsync(Role.Curator, municipality, school);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var neighbourCoordinator = await World.UserAsync(Role.MunicipalCoordinator, neighbour);

        var before = await municipal.Api.GetNodeAsync($"/api/dashboard?organizationId={municipality.Id}&year=2022");
        Assert.Equal(2, (int)before["total"]!["due"]!);
        Assert.Equal(2, (int)before["total"]!["overdue"]!);
        Assert.Equal(0m, (decimal)before["total"]!["percent"]!);

        var items = (await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray();
        var checkpointId = (int)items.First(i => i!["checkpoints"]!.AsArray().Count > 0)!["checkpoints"]![0]!["id"]!;
        await team.Api.PostAsync($"/api/checkpoints/{checkpointId}/report", Report("Сделано"));
        await team.Api.PostAsync($"/api/checkpoints/{checkpointId}/report/submit", null);
        var review = await municipal.Api.GetNodeAsync($"/api/dashboard?organizationId={municipality.Id}&year=2022");
        Assert.Equal(1, (int)review["total"]!["underReview"]!);
        await curator.Api.PostJsonAsync($"/api/checkpoints/{checkpointId}/report/confirm", new { comment = "" });

        var after = await municipal.Api.GetNodeAsync($"/api/dashboard?organizationId={municipality.Id}&year=2022");
        Assert.Equal(1, (int)after["total"]!["done"]!);
        Assert.Equal(50m, (decimal)after["total"]!["percent"]!);
        Assert.Equal("Yellow", (string)after["zone"]!);
        var schoolRow = after["below"]!.AsArray().Single(b => (int)b!["id"]! == school.Id)!;
        Assert.Equal(1, (int)schoolRow["counts"]!["done"]!);

        var regionView = await regional.Api.GetNodeAsync($"/api/dashboard?organizationId={region.Id}&year=2022");
        var below = regionView["below"]!.AsArray();
        Assert.Equal(50m, (decimal)below.Single(b => (int)b!["id"]! == municipality.Id)!["counts"]!["percent"]!);
        Assert.Equal("None", (string)below.Single(b => (int)b!["id"]! == neighbour.Id)!["zone"]!);
        var overTime = regionView["overTime"]!.AsArray();
        Assert.Equal(12, overTime.Count);
        Assert.Equal(2, (int)overTime[^1]!["due"]!);

        Assert.Equal(HttpStatusCode.NotFound, (await neighbourCoordinator.Api.GetAsync($"/api/dashboard?organizationId={municipality.Id}&year=2022")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await municipal.Api.GetAsync($"/api/dashboard?organizationId={region.Id}&year=2022")).StatusCode);

        var page = System.Net.WebUtility.HtmlDecode(await (await World.LoginAsync(regional)).GetStringAsync($"/Dashboard?org={region.Id}&year=2022"));
        Assert.Contains(municipality.ShortName, page);
        Assert.Contains("50 %", page);
    }

    [Fact]
    public async Task ShareIndicator_ComputesItselfFromTheItemsThatImplementIt()
    {
        var region = await World.RegionAsync();
        var first = await World.MunicipalityAsync(region);
        var second = await World.MunicipalityAsync(region);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var created = await regional.Api.PostJsonAsync("/api/roadmaps", new { ownerOrganizationId = region.Id, title = "Региональная карта", periodStart = "2022-01-01", periodEnd = "2022-12-31",
            approval = new { kind = "Приказ", number = "1", date = "2022-01-10" } });
        var regionalId = (int)(await created.ReadNodeAsync())["id"]!;
        var higher = await regional.Api.PostJsonAsync($"/api/roadmaps/{regionalId}/items", new { number = "1", text = "Участие в анкетировании", deadlineText = "до 1 марта", resultText = "Доля 100% из числа включенных в проект" });
        var higherId = (int)(await higher.ReadNodeAsync())["id"]!;
        var version = (int)(await regional.Api.GetNodeAsync($"/api/roadmaps/{regionalId}"))["version"]!;
        await regional.Api.PostJsonAsync($"/api/roadmaps/{regionalId}/transitions", new { transition = "Approve", version });

        var checkpoints = new List<int>();
        foreach (var municipality in new[] { first, second })
        {
            var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
            var roadmap = await coordinator.Api.PostJsonAsync("/api/roadmaps", new { ownerOrganizationId = municipality.Id, title = "Муниципальная карта", periodStart = "2022-01-01", periodEnd = "2022-12-31" });
            var roadmapId = (int)(await roadmap.ReadNodeAsync())["id"]!;
            var item = await (await coordinator.Api.PostJsonAsync($"/api/roadmaps/{roadmapId}/items", new { text = "Участие в анкетировании", deadlineText = "до 1 марта", implementsItemId = higherId })).ReadNodeAsync();
            checkpoints.Add((int)item["checkpoints"]![0]!["id"]!);
            await coordinator.Api.PostAsync($"/api/checkpoints/{checkpoints[^1]}/report", Report("Анкетирование проведено"));
            await coordinator.Api.PostAsync($"/api/checkpoints/{checkpoints[^1]}/report/submit", null);
        }
        await regional.Api.PostJsonAsync($"/api/checkpoints/{checkpoints[0]}/report/confirm", new { comment = "" });

        var dashboard = await regional.Api.GetNodeAsync($"/api/dashboard?organizationId={region.Id}&year=2022");
        var indicator = dashboard["indicators"]!.AsArray().Single(i => (int)i!["itemId"]! == higherId)!;
        Assert.Equal(50m, (decimal)indicator["actual"]!);
        Assert.False((bool)indicator["attained"]!);
        Assert.Contains("1 из 2", (string)indicator["source"]!);

        await regional.Api.PostJsonAsync($"/api/checkpoints/{checkpoints[1]}/report/confirm", new { comment = "" });
        var complete = await regional.Api.GetNodeAsync($"/api/dashboard?organizationId={region.Id}&year=2022");
        var attained = complete["indicators"]!.AsArray().Single(i => (int)i!["itemId"]! == higherId)!;
        Assert.Equal(100m, (decimal)attained["actual"]!);
        Assert.True((bool)attained["attained"]!);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DashboardOnSqlite(SqliteFixture fixture) : DashboardTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class DashboardOnPostgres(PostgresFixture fixture) : DashboardTests(fixture);
