using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Medk.Core.Platform.Access;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Medk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Bad input is refused at the boundary with a Russian 400, never a 500 (issue 11, decision 017).</summary>
public abstract class InputHygieneTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10000")]
    [InlineData("2147483647")]
    [InlineData("два")]
    public async Task YearOutsideTheCalendar_Is400WithARussianProblem(string year)
    {
        var region = await World.RegionAsync();
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);

        foreach (var url in new[] { $"/api/roadmaps?year={year}", $"/api/dashboard?organizationId={region.Id}&year={year}" })
        {
            var response = await regional.Api.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.ReadNodeAsync();
            Assert.Contains("Год должен быть", (string)problem["detail"]!);
            Assert.NotNull(problem["errors"]!["year"]);
        }
        var page = await (await World.LoginAsync(regional)).GetAsync($"/Dashboard?org={region.Id}&year={year}");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [Fact]
    public async Task HugePageNumber_IsRefusedOrClamped_NeverAFailure()
    {
        var region = await World.RegionAsync();
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        Assert.Equal(HttpStatusCode.BadRequest, (await regional.Api.GetAsync("/api/roadmaps?page=2147483647&pageSize=200")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regional.Api.GetAsync("/api/roadmaps?page=100000&pageSize=200")).StatusCode);
    }

    [Fact]
    public async Task HundredThousandIds_AreRefusedBeforeTheDatabase_AndNothingIsSaved()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var title = TestWorld.Unique("Семинар");

        var response = await coordinator.Api.PostJsonAsync("/api/events", new
        {
            title,
            kind = "Seminar",
            organizerId = municipality.Id,
            year = 2022,
            invited = Enumerable.Range(1, 100_000).ToArray(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadNodeAsync();
        Assert.Contains("больше 1000 элементов", (string)problem["detail"]!);
        Assert.NotNull(problem["errors"]!["invited"]);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        Assert.False(await db.Set<Medk.Core.FiveHundredPlus.Events.ProjectEvent>().AnyAsync(e => e.Title == title));
    }

    [Theory]
    [InlineData("Карта\u0000")]
    [InlineData("Карта\u0001")]
    [InlineData("Карта\u000bвторая строка")]
    public async Task ControlCharactersInJson_AreRefusedNamingTheField(string bad)
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);

        var roadmap = await coordinator.Api.PostJsonAsync("/api/roadmaps", new
        {
            ownerOrganizationId = municipality.Id, title = bad, periodStart = "2022-01-01", periodEnd = "2022-12-31",
        });
        Assert.Equal(HttpStatusCode.BadRequest, roadmap.StatusCode);
        Assert.NotNull((await roadmap.ReadNodeAsync())["errors"]!["title"]);
        var list = await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={municipality.Id}");
        Assert.Equal(0, (int)list["total"]!);

        var existing = await World.RoadmapAsync(municipality);
        var item = await coordinator.Api.PostJsonAsync($"/api/roadmaps/{existing.Id}/items", new { number = "2", text = bad });
        Assert.Equal(HttpStatusCode.BadRequest, item.StatusCode);
        Assert.NotNull((await item.ReadNodeAsync())["errors"]!["text"]);
        Assert.Equal(3, (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{existing.Id}/items")).AsArray().Count);
    }

    [Fact]
    public async Task InvalidUtf8AndDeepJson_Are400()
    {
        var region = await World.RegionAsync();
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);

        var invalid = new ByteArrayContent([.. "{\"title\":\""u8.ToArray(), 0xC3, 0x28, .. "\"}"u8.ToArray()]);
        invalid.Headers.ContentType = new("application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.Api.PostAsync("/api/roadmaps", invalid)).StatusCode);

        // A serializer never writes an unpaired surrogate; a hand-made request can.
        var surrogate = new StringContent("{\"title\":\"Карта\\ud800\"}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.Api.PostAsync("/api/roadmaps", surrogate)).StatusCode);

        var deep = new StringContent(new string('[', 5000) + new string(']', 5000), Encoding.UTF8, "application/json");
        var response = await coordinator.Api.PostAsync("/api/roadmaps", deep);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("глубже", (string)(await response.ReadNodeAsync())["detail"]!);

        var huge = new StringContent("{\"title\":\"" + new string('а', 2 * 1024 * 1024) + "\"}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await coordinator.Api.PostAsync("/api/roadmaps", huge)).StatusCode);
    }

    [Fact]
    public async Task StoredControlCharacters_DoNotBreakTheExport()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        // Written before the boundary cleaned input (or by an old import): the export must still work.
        var roadmap = await World.RoadmapAsync(municipality, title: "Карта\u0001 с\u000bразрывом\u001f");

        var docx = await coordinator.Api.GetAsync($"/api/roadmaps/{roadmap.Id}/export?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Карта с", text);
            Assert.Contains("разрывом", text);
        }
        var xlsx = await coordinator.Api.GetAsync($"/api/roadmaps/{roadmap.Id}/export?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Карта с", workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!.InnerText);
    }

    [Fact]
    public async Task ParallelAssignmentsOfOneSchool_OneWins_OthersAreRefused_NoneFails()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var curator = await World.UserAsync(Role.Curator, municipality);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            coordinator.Api.PostJsonAsync($"/api/users/{curator.Id}/schools", new { schoolId = school.Id })));

        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{r.StatusCode}: {r.Content.ReadAsStringAsync().Result}"));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK),
            r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Conflict }));
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        Assert.Equal(1, await db.CuratorAssignments.CountAsync(c => c.CuratorUserId == curator.Id && c.SchoolId == school.Id));
    }

    /// <summary>The race above is not certain to happen; the database's own refusal is, and it must become a 409.</summary>
    [Fact]
    public async Task UniqueIndexRefusal_IsA409Problem()
    {
        var region = await World.RegionAsync();
        var school = await World.SchoolAsync(region);
        var curator = await World.UserAsync(Role.Curator, region, school);
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        db.CuratorAssignments.Add(new CuratorAssignment(curator.Id, school.Id, null, null));
        var refused = await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.True(UniqueViolation.Is(refused));
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.Path = "/api/users";
        http.Response.Body = new MemoryStream();
        var handler = ActivatorUtilities.CreateInstance<ProblemExceptionHandler>(scope.ServiceProvider);
        Assert.True(await handler.TryHandleAsync(http, refused, CancellationToken.None));
        Assert.Equal(StatusCodes.Status409Conflict, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        Assert.Contains("уже есть", await new StreamReader(http.Response.Body).ReadToEndAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class InputHygieneOnSqlite(SqliteFixture fixture) : InputHygieneTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class InputHygieneOnPostgres(PostgresFixture fixture) : InputHygieneTests(fixture);
