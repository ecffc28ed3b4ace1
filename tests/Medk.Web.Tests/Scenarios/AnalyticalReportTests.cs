using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Medk.Core.Platform.Access;
using Medk.Core.FiveHundredPlus.Risks;
using Medk.Core.FiveHundredPlus.Surveys;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>The analytical report's figures are checked against the data put in.</summary>
public abstract class AnalyticalReportTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task Figures_AddUpFromTheRecords_ForTheRegionAndForOneMunicipality()
    {
        var region = await World.RegionAsync();
        var first = await World.MunicipalityAsync(region);
        var second = await World.MunicipalityAsync(region);
        var a = await World.SchoolAsync(first);
        var b = await World.SchoolAsync(first);
        var c = await World.SchoolAsync(second);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, first);

        var cycle = await (await regional.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId = region.Id })).ReadNodeAsync();
        var id = (int)cycle["id"]!;
        var factorIds = cycle["factors"]!.AsArray().Select(f => (int)f!["id"]!).ToList();
        await regional.Api.PostJsonAsync($"/api/cycles/{id}/participants", new { schoolId = a.Id, lowResults = true, unfavourable = false });
        await regional.Api.PostJsonAsync($"/api/cycles/{id}/participants", new { schoolId = b.Id, lowResults = true, unfavourable = true });
        await regional.Api.PostJsonAsync($"/api/cycles/{id}/participants", new { schoolId = c.Id, lowResults = false, unfavourable = true });
        await regional.Api.PutJsonAsync($"/api/cycles/{id}/outcomes", new { stage = "MonitoringFirst", schoolId = a.Id, positiveChanges = true });
        await regional.Api.PutJsonAsync($"/api/cycles/{id}/outcomes", new { stage = "MonitoringSecond", schoolId = a.Id, positiveChanges = true });
        await regional.Api.PutJsonAsync($"/api/cycles/{id}/outcomes", new { stage = "MonitoringSecond", schoolId = c.Id, positiveChanges = false });

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
            var round = new SurveyRound(id, 1, "Первый опрос", new DateOnly(2022, 3, 10), new DateOnly(2022, 3, 24));
            round.Record(a.Id, SurveyGroup.Teachers, 20, 18);
            round.Record(b.Id, SurveyGroup.Teachers, 10, 10);
            round.Record(c.Id, SurveyGroup.Teachers, 10, 2);
            db.Add(round);
            var profile = new RiskProfile(id, a.Id, DateTimeOffset.UtcNow);
            profile.SetLevels(new Dictionary<int, RiskLevel> { [factorIds[0]] = RiskLevel.High, [factorIds[1]] = RiskLevel.Low }, factorIds, DateTimeOffset.UtcNow);
            db.Add(profile);
            var other = new RiskProfile(id, c.Id, DateTimeOffset.UtcNow);
            other.SetLevels(new Dictionary<int, RiskLevel> { [factorIds[0]] = RiskLevel.High }, factorIds, DateTimeOffset.UtcNow);
            db.Add(other);
            await db.SaveChangesAsync();
        }

        var whole = await regional.Api.GetNodeAsync($"/api/cycles/{id}/analytics");
        Assert.Equal(3, (int)whole["participants"]!);
        Assert.Equal(2, (int)whole["lowResults"]!);
        Assert.Equal(2, (int)whole["unfavourable"]!);
        var survey = whole["surveys"]!.AsArray()[0]!;
        Assert.Equal(40, (int)survey["expected"]!);
        Assert.Equal(30, (int)survey["actual"]!);
        Assert.Equal(75m, (decimal)survey["share"]!);
        Assert.Equal(2, (int)whole["factors"]![0]!["high"]!);
        Assert.Equal(1, (int)whole["factors"]![1]!["low"]!);
        var secondStage = whole["stages"]!.AsArray()[1]!;
        Assert.Equal(2, (int)secondStage["recorded"]!);
        Assert.Equal(1, (int)secondStage["positive"]!);
        Assert.Equal(33.3m, (decimal)whole["positiveChangesShare"]!);

        var local = await municipal.Api.GetNodeAsync($"/api/cycles/{id}/analytics?organizationId={first.Id}");
        Assert.Equal(2, (int)local["participants"]!);
        Assert.Equal(50m, (decimal)local["positiveChangesShare"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await municipal.Api.GetAsync($"/api/cycles/{id}/analytics?organizationId={second.Id}")).StatusCode);

        var xlsx = await regional.Api.GetAsync($"/api/cycles/{id}/analytics/file?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var sheet = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var text = string.Join("|", sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text));
        Assert.Contains("33,3 %", text);
        Assert.Contains("Первый опрос", text);
        var docx = await regional.Api.GetAsync($"/api/cycles/{id}/analytics/file?format=docx");
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        Assert.Contains("Итоги этапов мониторинга", word.MainDocumentPart!.Document.InnerText);
        Assert.Equal(HttpStatusCode.BadRequest, (await regional.Api.GetAsync($"/api/cycles/{id}/analytics/file?format=pdf")).StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AnalyticalReportOnSqlite(SqliteFixture fixture) : AnalyticalReportTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AnalyticalReportOnPostgres(PostgresFixture fixture) : AnalyticalReportTests(fixture);
