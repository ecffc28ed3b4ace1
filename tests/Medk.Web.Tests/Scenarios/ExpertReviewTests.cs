using System.Net;
using System.Text;
using Medk.Core.Platform.Access;
using Medk.Core.Monitoring;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>A coordinator draws a reproducible sample of confirmed reports; experts see and review only what is theirs.</summary>
public abstract class ExpertReviewTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    private static MultipartFormDataContent Report() => new()
    {
        { new StringContent("Проведено"), "text" },
        { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", "Протокол.pdf" },
    };

    private async Task<(Core.Platform.Organizations.Organization Region, List<int> ReportIds)> ConfirmedReportsAsync(int schools)
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var reportIds = new List<int>();
        for (var s = 0; s < schools; s++)
        {
            var school = await World.SchoolAsync(municipality);
            var roadmap = await World.RoadmapAsync(school, 2022, underWay: true);
            var team = await World.UserAsync(Role.SchoolTeam, school);
            var items = (await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray();
            foreach (var checkpoint in items.SelectMany(i => i!["checkpoints"]!.AsArray()))
            {
                var id = (int)checkpoint!["id"]!;
                await team.Api.PostAsync($"/api/checkpoints/{id}/report", Report());
                await team.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);
                var confirmed = await (await municipal.Api.PostJsonAsync($"/api/checkpoints/{id}/report/confirm", new { comment = "" })).ReadNodeAsync();
                reportIds.Add((int)confirmed["report"]!["id"]!);
            }
        }
        return (region, reportIds);
    }

    [Fact]
    public async Task Sample_IsReproducible_AndEachExpertSeesAndReviewsOnlyTheirOwn()
    {
        var (region, reportIds) = await ConfirmedReportsAsync(schools: 3); // 2 checkpoints each: 6 confirmed reports
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var first = await World.UserAsync(Role.Expert, region);
        var second = await World.UserAsync(Role.Expert, region);
        var stranger = await World.UserAsync(Role.Expert, await World.RegionAsync());

        var refused = await coordinator.Api.PostJsonAsync("/api/reviews/samples", new
        {
            name = "Мониторинг, 1 этап", scopeOrganizationId = region.Id, from = "2022-01-01", to = "2022-06-30", percent = 50, expertIds = new[] { stranger.Id },
        });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull((await refused.ReadNodeAsync())["errors"]!["expertIds"]);

        var created = await coordinator.Api.PostJsonAsync("/api/reviews/samples", new
        {
            name = "Мониторинг, 1 этап", scopeOrganizationId = region.Id, from = "2022-01-01", to = "2022-06-30", percent = 50, expertIds = new[] { first.Id, second.Id },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var sample = await created.ReadNodeAsync();
        Assert.Equal(6, (int)sample["candidates"]!);
        Assert.Equal(3, (int)sample["assigned"]!);
        var seed = (int)sample["seed"]!;

        var assignments = (await coordinator.Api.GetNodeAsync($"/api/reviews/samples/{(int)sample["id"]!}/assignments")).AsArray();
        var drawn = assignments.Select(a => (int)a!["reportId"]!).Order().ToList();
        Assert.Equal(SampleDraw.Draw(reportIds, SampleSize.Percent(50), seed), drawn);

        var mineFirst = (await first.Api.GetNodeAsync("/api/reviews/mine")).AsArray();
        var mineSecond = (await second.Api.GetNodeAsync("/api/reviews/mine")).AsArray();
        Assert.Equal(3, mineFirst.Count + mineSecond.Count);
        Assert.True(Math.Abs(mineFirst.Count - mineSecond.Count) <= 1);
        Assert.Empty((await stranger.Api.GetNodeAsync("/api/reviews/mine")).AsArray());

        var (mine, theirs) = mineFirst.Count > 0 ? (first, second) : (second, first);
        var ownId = (int)(mineFirst.Count > 0 ? mineFirst : mineSecond)[0]!["id"]!;
        Assert.Equal(HttpStatusCode.NotFound, (await theirs.Api.PostJsonAsync($"/api/reviews/assignments/{ownId}",
            new { points = new[] { 2, 3, 1, 2, 2 }, verdict = "Confirmed" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Api.GetAsync($"/api/reviews/assignments/{ownId}")).StatusCode);

        var tooMany = await mine.Api.PostJsonAsync($"/api/reviews/assignments/{ownId}", new { points = new[] { 9, 3, 1, 2, 2 }, verdict = "Confirmed" });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var noReason = await mine.Api.PostJsonAsync($"/api/reviews/assignments/{ownId}", new { points = new[] { 0, 0, 0, 0, 0 }, verdict = "NotConfirmed" });
        Assert.NotNull((await noReason.ReadNodeAsync())["errors"]!["comment"]);

        var done = await mine.Api.PostJsonAsync($"/api/reviews/assignments/{ownId}", new { points = new[] { 2, 3, 1, 2, 1 }, verdict = "Confirmed", comment = "Документы подтверждают" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal(9, (int)(await done.ReadNodeAsync())["row"]!["total"]!);
        var twice = await mine.Api.PostJsonAsync($"/api/reviews/assignments/{ownId}", new { points = new[] { 2, 3, 1, 2, 1 }, verdict = "Confirmed" });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        var progress = (await coordinator.Api.GetNodeAsync("/api/reviews/samples")).AsArray().Single(s => (int)s!["id"]! == (int)sample["id"]!)!;
        Assert.Equal(1, (int)progress["completed"]!);
    }

    [Fact]
    public async Task RoadmapScore_FallsInAColourZone_OnlyExpertsAndLevelsAboveScore()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var roadmap = await World.RoadmapAsync(municipality, 2022, underWay: true);
        var expert = await World.UserAsync(Role.Expert, region);
        var owner = await World.UserAsync(Role.MunicipalCoordinator, municipality);

        Assert.Equal(HttpStatusCode.Forbidden, (await owner.Api.PostJsonAsync($"/api/roadmaps/{roadmap.Id}/score", new { points = 100, maxPoints = 100 })).StatusCode);
        var bad = await expert.Api.PostJsonAsync($"/api/roadmaps/{roadmap.Id}/score", new { points = 120, maxPoints = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var scored = await expert.Api.PostJsonAsync($"/api/roadmaps/{roadmap.Id}/score", new { points = 62, maxPoints = 100, comment = "Нет показателей у раздела 3" });
        Assert.Equal("Yellow", (string)(await scored.ReadNodeAsync())["zone"]!);
        Assert.Equal("Yellow", (string)(await owner.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/score"))["zone"]!);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ExpertReviewOnSqlite(SqliteFixture fixture) : ExpertReviewTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ExpertReviewOnPostgres(PostgresFixture fixture) : ExpertReviewTests(fixture);
