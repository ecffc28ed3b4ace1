using System.Net;
using System.Text;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>A curator's visits and yearly report on the assigned schools; the municipality and region read them.</summary>
public abstract class CuratorWorkTests(AppFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");

    private TestWorld World => fixture.World;

    [Fact]
    public async Task CuratorRecordsAVisitToAnAssignedSchoolOnly_TheMunicipalityAndRegionSeeIt()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var assigned = await World.SchoolAsync(municipality);
        var other = await World.SchoolAsync(municipality);
        var curator = await World.UserAsync(Role.Curator, municipality, assigned);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var stranger = await World.UserAsync(Role.MunicipalCoordinator, await World.MunicipalityAsync(region));

        var schools = (await curator.Api.GetNodeAsync("/api/curator/schools")).AsArray();
        Assert.Equal([assigned.Id], schools.Select(s => (int)s!["schoolId"]!));

        var created = await curator.Api.PostAsync("/api/curator/visits", PracticeBankTests.Form(new()
        {
            ["schoolId"] = assigned.Id.ToString(),
            ["date"] = "15.03.2022",
            ["format"] = "очно",
            ["notes"] = "Посещены уроки математики в 6 классе, проведена консультация с директором.",
        }, ("Протокол.pdf", Pdf)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var visit = await created.ReadNodeAsync();
        var id = (int)visit["id"]!;
        Assert.Equal("InPerson", (string)visit["format"]!);
        Assert.Equal("2022-03-15", (string)visit["date"]!);
        var fileId = (int)visit["files"]![0]!["id"]!;

        // Another school of the same municipality is not the curator's: invisible to them, so 404.
        var foreign = await curator.Api.PostAsync("/api/curator/visits", PracticeBankTests.Form(new() { ["schoolId"] = other.Id.ToString(), ["date"] = "16.03.2022", ["format"] = "Online" }));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        // The coordinator sees the school but is not its curator: 403.
        var notCurator = await coordinator.Api.PostAsync("/api/curator/visits", PracticeBankTests.Form(new() { ["schoolId"] = assigned.Id.ToString(), ["date"] = "16.03.2022" }));
        Assert.Equal(HttpStatusCode.Forbidden, notCurator.StatusCode);
        var badFormat = await curator.Api.PostAsync("/api/curator/visits", PracticeBankTests.Form(new() { ["schoolId"] = assigned.Id.ToString(), ["date"] = "16.03.2022", ["format"] = "заочно" }));
        Assert.NotNull((await badFormat.ReadNodeAsync())["errors"]!["format"]);

        Assert.Contains((await coordinator.Api.GetNodeAsync("/api/curator/visits"))["items"]!.AsArray(), v => (int)v!["id"]! == id);
        Assert.Contains((await regional.Api.GetNodeAsync($"/api/curator/visits?schoolId={assigned.Id}"))["items"]!.AsArray(), v => (int)v!["id"]! == id);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.GetAsync($"/api/files/{fileId}")).StatusCode);
        Assert.DoesNotContain((await stranger.Api.GetNodeAsync("/api/curator/visits"))["items"]!.AsArray(), v => (int)v!["id"]! == id);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Api.GetAsync($"/api/curator/visits/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.Api.DeleteAsync($"/api/curator/visits/{id}")).StatusCode);

        var edited = await curator.Api.PutAsync($"/api/curator/visits/{id}", PracticeBankTests.Form(new() { ["format"] = "Online", ["notes"] = "Перенесено в онлайн." }));
        Assert.Equal("Online", (string)(await edited.ReadNodeAsync())["format"]!);
        Assert.Single((await curator.Api.GetNodeAsync("/api/curator/schools")).AsArray()[0]!["visits"]!.AsArray());
    }

    [Fact]
    public async Task CuratorReport_IsADraftUntilSubmitted_ThenTheMunicipalCoordinatorReadsIt()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var curator = await World.UserAsync(Role.Curator, municipality, school);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);

        var empty = await curator.Api.PostAsync($"/api/curator/schools/{school.Id}/report/submit?year=2022", null);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var draft = await (await curator.Api.PostAsync($"/api/curator/schools/{school.Id}/report",
            PracticeBankTests.Form(new() { ["year"] = "2022", ["text"] = "Школа выполнила антирисковые программы." }, ("Отчёт.pdf", Pdf)))).ReadNodeAsync();
        Assert.Equal("Draft", (string)draft["status"]!);
        var id = (int)draft["id"]!;
        Assert.DoesNotContain((await coordinator.Api.GetNodeAsync("/api/curator/reports"))["items"]!.AsArray(), r => (int)r!["id"]! == id);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Api.GetAsync($"/api/curator/reports/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.Api.PostAsync($"/api/curator/schools/{school.Id}/report/submit?year=2022", null)).StatusCode);

        var submitted = await (await curator.Api.PostAsync($"/api/curator/schools/{school.Id}/report/submit?year=2022", null)).ReadNodeAsync();
        Assert.Equal("Submitted", (string)submitted["status"]!);
        var seen = await coordinator.Api.GetNodeAsync($"/api/curator/reports/{id}");
        Assert.Equal("Школа выполнила антирисковые программы.", (string)seen["text"]!);
        Assert.Single(seen["files"]!.AsArray());
        Assert.Contains((await coordinator.Api.GetNodeAsync("/api/curator/reports"))["items"]!.AsArray(), r => (int)r!["id"]! == id);
        var late = await curator.Api.PostAsync($"/api/curator/schools/{school.Id}/report", PracticeBankTests.Form(new() { ["year"] = "2022", ["text"] = "Правка" }));
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);

        var browser = await World.LoginAsync(coordinator);
        Assert.Contains(school.ShortName, await browser.GetStringAsync("/Curator/Reports"));
        var curatorPage = await (await World.LoginAsync(curator)).GetStringAsync("/Curator");
        Assert.Contains(school.ShortName, curatorPage);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CuratorWorkOnSqlite(SqliteFixture fixture) : CuratorWorkTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class CuratorWorkOnPostgres(PostgresFixture fixture) : CuratorWorkTests(fixture);
