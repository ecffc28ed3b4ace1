using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Status reports (отчёт о ходе исполнения) of a roadmap and of a territory, as files through the API.</summary>
public abstract class StatusReportTests(AppFixture fixture)
{
    private const string CuratorName = "Иванова Елена Петровна";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");

    private TestWorld World => fixture.World;

    private sealed record Territory(Organization Municipality, Organization School, int RoadmapId, string RoadmapTitle, Actor Team, Actor Curator, Actor Municipal);

    /// <summary>A school whose first checkpoint is reported with a PDF and confirmed by its curator, and whose roadmap is approved.</summary>
    private async Task<Territory> ConfirmedTerritoryAsync()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var school = await World.SchoolAsync(municipality);
        var roadmap = await World.RoadmapAsync(school);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var curator = await World.UserAsync(Role.Curator, municipality, school);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
            await db.Users.Where(u => u.Id == curator.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.FullName, CuratorName));
        }

        var items = (await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray();
        var checkpointId = (int)items.First(i => i!["checkpoints"]!.AsArray().Count > 0)!["checkpoints"]![0]!["id"]!;
        var form = new MultipartFormDataContent
        {
            { new StringContent("Координатор назначен приказом № 5"), "text" },
            { new ByteArrayContent(Pdf), "files", "Приказ о назначении.pdf" },
        };
        Assert.Equal(HttpStatusCode.OK, (await team.Api.PostAsync($"/api/checkpoints/{checkpointId}/report", form)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await team.Api.PostAsync($"/api/checkpoints/{checkpointId}/report/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.PostJsonAsync($"/api/checkpoints/{checkpointId}/report/confirm", new { comment = "" })).StatusCode);

        var view = await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}");
        var described = await team.Api.PutJsonAsync($"/api/roadmaps/{roadmap.Id}", new
        {
            title = roadmap.Title, periodStart = "2022-01-01", periodEnd = "2022-12-31",
            approval = new { kind = "Приказ", number = "17-о", date = "2022-01-20" },
            version = (int)view["version"]!,
        });
        Assert.Equal(HttpStatusCode.OK, described.StatusCode);
        var approved = await team.Api.PostJsonAsync($"/api/roadmaps/{roadmap.Id}/transitions",
            new { transition = "Approve", version = (int)(await described.ReadNodeAsync())["version"]! });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return new Territory(municipality, school, roadmap.Id, roadmap.Title, team, curator, municipal);
    }

    private static List<string> SheetTexts(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<X.Sheet>().Single(s => s.Name == sheetName);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!.Descendants<X.Cell>().Select(c => c.InnerText).ToList();
    }

    [Fact]
    public async Task RoadmapReport_ShowsTheConfirmedCheckpoint_ItsDocument_AndWhoConfirmedIt()
    {
        var t = await ConfirmedTerritoryAsync();

        var response = await t.Municipal.Api.GetAsync($"/api/roadmaps/{t.RoadmapId}/status-report?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Отчёт о ходе исполнения", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition.FileNameStar);

        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var cells = SheetTexts(document, "Отчёт о ходе исполнения");
        Assert.Contains(t.RoadmapTitle, cells);
        Assert.Contains("Утверждающий документ: Приказ № 17-о от 20.01.2022", cells);
        Assert.Contains("01.03.2022 — выполнено", cells);
        Assert.Contains("28.01.2022 — просрочено", cells);
        Assert.Contains("Приказ о назначении.pdf", cells);
        Assert.Contains(cells, c => c.StartsWith($"Подтверждено: {CuratorName}, ", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Contains("Координатор назначен приказом № 5", StringComparison.Ordinal));
        Assert.Contains("Контрольных точек: 2; выполнено: 1; просрочено: 1; на проверке: 0; исполнение: 50,0 %", cells);
        Assert.Contains("1. Организационно-методическое сопровождение", cells);

        var docx = await t.Team.Api.GetAsync($"/api/roadmaps/{t.RoadmapId}/status-report?format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains(word.MainDocumentPart!.Document!.Body!.Descendants<W.TableCell>(), c => c.InnerText == "Приказ о назначении.pdf");
    }

    [Fact]
    public async Task LevelReport_OfTheMunicipality_HasTheSchoolsApprovedRoadmap_AndLeavesDraftsOut()
    {
        var t = await ConfirmedTerritoryAsync();
        var draftSchool = await World.SchoolAsync(t.Municipality);
        var draft = await World.RoadmapAsync(draftSchool, title: TestWorld.Unique("Черновик карты"));

        var response = await t.Municipal.Api.GetAsync($"/api/organizations/{t.Municipality.Id}/status-report?year=2022&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var sheetNames = document.WorkbookPart!.Workbook!.Sheets!.Elements<X.Sheet>().Select(s => s.Name!.Value!).ToList();
        Assert.Equal(["Сводка", t.School.ShortName], sheetNames);
        var overview = SheetTexts(document, "Сводка");
        Assert.Contains(t.RoadmapTitle, overview);
        Assert.DoesNotContain(draft.Title, overview);
        Assert.Contains("Дорожных карт в отчёте: 1", overview);
        Assert.Contains("01.03.2022 — выполнено", SheetTexts(document, t.School.ShortName));

        var otherYear = await t.Municipal.Api.GetAsync($"/api/organizations/{t.Municipality.Id}/status-report?year=2023");
        using var empty = SpreadsheetDocument.Open(new MemoryStream(await otherYear.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Дорожных карт в отчёте: 0", SheetTexts(empty, "Сводка"));

        var docx = await t.Curator.Api.GetAsync($"/api/organizations/{t.Municipality.Id}/status-report?year=2022&format=docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains(word.MainDocumentPart!.Document!.Body!.Descendants<W.TableCell>(), c => c.InnerText == t.RoadmapTitle);
    }

    [Fact]
    public async Task OutsideTheTerritory_BothReportsAre404()
    {
        var t = await ConfirmedTerritoryAsync();
        var elsewhere = await World.MunicipalityAsync(await World.RegionAsync());
        var outsider = await World.UserAsync(Role.MunicipalCoordinator, elsewhere);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Api.GetAsync($"/api/roadmaps/{t.RoadmapId}/status-report?format=xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Api.GetAsync($"/api/organizations/{t.Municipality.Id}/status-report?year=2022")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Api.GetAsync($"/api/organizations/{t.School.Id}/status-report?year=2022&format=docx")).StatusCode);
    }

    [Fact]
    public async Task UnknownFormat_Is400_NamingTheField()
    {
        var t = await ConfirmedTerritoryAsync();

        var pdf = await t.Team.Api.GetAsync($"/api/roadmaps/{t.RoadmapId}/status-report?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Equal("Формат: xlsx или docx.", (string)(await pdf.ReadNodeAsync())["errors"]!["format"]![0]!);
        var level = await t.Municipal.Api.GetAsync($"/api/organizations/{t.Municipality.Id}/status-report?year=2022&format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, level.StatusCode);
    }

    [Fact]
    public async Task Pages_LinkToTheReports()
    {
        var t = await ConfirmedTerritoryAsync();
        var browser = await World.LoginAsync(t.Municipal);

        var roadmapPage = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Roadmaps/Details/{t.RoadmapId}"));
        Assert.Contains($"/api/roadmaps/{t.RoadmapId}/status-report?format=xlsx", roadmapPage);
        Assert.Contains("Отчёт о ходе (XLSX)", roadmapPage);
        var organizationPage = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Organizations/Details/{t.Municipality.Id}"));
        Assert.Contains($"action=\"/api/organizations/{t.Municipality.Id}/status-report\"", organizationPage);
        Assert.Contains("Отчёт о ходе исполнения по территории", organizationPage);

        // The API accepts the page's cookie, so the links work from the browser.
        var download = await browser.GetAsync($"/api/roadmaps/{t.RoadmapId}/status-report?format=docx");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StatusReportOnSqlite(SqliteFixture fixture) : StatusReportTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class StatusReportOnPostgres(PostgresFixture fixture) : StatusReportTests(fixture);
