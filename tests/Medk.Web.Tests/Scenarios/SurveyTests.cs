using System.Net;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Medk.Core.Platform.Access;
using Medk.Web.Features.FiveHundredPlus.Surveys;
using Medk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Survey rounds: participation entered and imported (all or nothing), shares per school and territory.</summary>
public abstract class SurveyTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task ImportWithBadRows_ReportsEachRow_NothingSaved_ThenGoodImport_SharesAndReachingSchools()
    {
        var region = await World.RegionAsync();
        var mine = await World.MunicipalityAsync(region);
        var other = await World.MunicipalityAsync(region);
        var a = await World.SchoolAsync(mine);
        var b = await World.SchoolAsync(mine);
        var c = await World.SchoolAsync(other);
        var cycle = await RiskProfileTests.CycleAsync(fixture, region, a, b, c);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, mine);
        var url = $"/api/cycles/{cycle.Id}/surveys";

        Assert.Equal(HttpStatusCode.Forbidden, (await municipal.Api.PostJsonAsync(url, new { from = "2022-01-18", to = "2022-02-10" })).StatusCode);
        var created = await regional.Api.PostJsonAsync(url, new { from = "2022-01-18", to = "2022-02-10" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var round = await created.ReadNodeAsync();
        Assert.Equal("Первый опрос", (string)round["name"]!);
        var roundId = (int)round["id"]!;

        var bad = Xlsx(
            ["Школа", "Группа", "Ожидалось", "Приняли участие"],
            [a.ShortName, "педагоги", "20", "18"],
            ["Нет такой школы", "родители", "10", "5"],
            [a.ShortName, "повара", "3", "3"],
            [b.ShortName, "директор", "-1", "0"],
            [b.ShortName, "родители", "10", "12"],
            [a.ShortName, "Педагоги", "20", "19"]);
        var response = await RiskProfileTests.UploadAsync(regional.Api, $"{url}/{roundId}/import", bad, "survey.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadNodeAsync())["errors"]!.AsObject();
        Assert.Equal(["row 3", "row 4", "row 5", "row 6", "row 7"], errors.Select(e => e.Key).Order().ToArray());
        Assert.Contains("больше", (string)errors["row 6"]![0]!);
        var view = await regional.Api.GetNodeAsync(url);
        Assert.Equal(0, (int)view["rounds"]![0]!["expected"]!);

        var good = Xlsx(
            ["Школа", "Группа", "Ожидалось", "Приняли участие"],
            [a.ShortName, "педагоги", "20", "20"],
            [a.ShortName, "директор", "1", "1"],
            [b.ShortName, "родители", "10", "5"],
            [c.ShortName, "обучающиеся 9 класса", "30", "30"]);
        var imported = await RiskProfileTests.UploadAsync(regional.Api, $"{url}/{roundId}/import", good, "survey.xlsx");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(4, (int)(await imported.ReadNodeAsync())["entries"]!);

        // The municipality enters a correction by hand; a bad entry among good ones saves none.
        var mixed = await municipal.Api.PutJsonAsync($"{url}/{roundId}/participation", new
        {
            entries = new object[]
            {
                new { schoolId = b.Id, group = "Teachers", expected = 15, actual = 9 },
                new { schoolId = b.Id, group = "Parents", expected = 10, actual = 11 },
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, mixed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await municipal.Api.PutJsonAsync($"{url}/{roundId}/participation",
            new { entries = new[] { new { schoolId = c.Id, group = "Parents", expected = 1, actual = 1 } } })).StatusCode);
        var entered = await municipal.Api.PutJsonAsync($"{url}/{roundId}/participation",
            new { entries = new[] { new { schoolId = b.Id, group = "Parents", expected = 10, actual = 6 } } });
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);

        view = await regional.Api.GetNodeAsync(url);
        var schools = view["rounds"]![0]!["schools"]!.AsArray();
        decimal Share(int id) => (decimal)schools.Single(s => (int)s!["schoolId"]! == id)!["share"]!;
        Assert.Equal(100m, Share(a.Id));
        Assert.Equal(60m, Share(b.Id));
        Assert.Equal(100m, Share(c.Id));
        var territory = view["rounds"]![0]!["territories"]!.AsArray().Single(t => (int)t!["municipalityId"]! == mine.Id)!;
        Assert.Equal(87.1m, (decimal)territory["share"]!); // (20 + 1 + 6) ÷ (20 + 1 + 10) = 27 ÷ 31

        var municipalView = await municipal.Api.GetNodeAsync(url);
        Assert.Equal(2, municipalView["rounds"]![0]!["schools"]!.AsArray().Count);

        await using var scope = fixture.App.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<SurveyService>();
        Assert.Equal((3, 2), await service.SchoolsReachingShareAsync(roundId, region.Path, 100m));
        Assert.Equal((2, 1), await service.SchoolsReachingShareAsync(roundId, mine.Path, 100m));
        Assert.Equal((2, 2), await service.SchoolsReachingShareAsync(roundId, mine.Path, 60m));

        var page = await (await World.LoginAsync(municipal)).GetStringAsync($"/Surveys/{cycle.Id}");
        Assert.Contains("87,1 %", page);
    }

    private static byte[] Xlsx(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (cells, n) in rows.Select((r, n) => (r, n)))
            {
                var row = new Row { RowIndex = (uint)(n + 1) };
                foreach (var text in cells)
                {
                    row.Append(int.TryParse(text, out _)
                        ? new Cell { DataType = CellValues.Number, CellValue = new CellValue(text) }
                        : new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
                }
                data.Append(row);
            }
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Лист1" }));
        }
        return stream.ToArray();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SurveyOnSqlite(SqliteFixture fixture) : SurveyTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SurveyOnPostgres(PostgresFixture fixture) : SurveyTests(fixture);
