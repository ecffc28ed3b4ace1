using System.Net;
using System.Text;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>The whole stage of one school: its concept is written, returned, corrected, confirmed, reviewed; the stage outcome recorded.</summary>
public abstract class ConceptDocumentTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    private static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", "Концепция.pdf");
        return form;
    }

    [Fact]
    public async Task SchoolConcept_ReturnedConfirmedReviewed_AndStageOutcomeRecorded_WithScopesEnforced()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var neighbour = await World.SchoolAsync(municipality);
        var outsider = await World.SchoolAsync(municipality);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var neighbourTeam = await World.UserAsync(Role.SchoolTeam, neighbour);
        var curator = await World.UserAsync(Role.Curator, municipality, school);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var expert = await World.UserAsync(Role.Expert, region);

        var cycle = await (await regional.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId = region.Id })).ReadNodeAsync();
        var cycleId = (int)cycle["id"]!;
        await regional.Api.PostJsonAsync($"/api/cycles/{cycleId}/participants", new { schoolId = school.Id, lowResults = true, unfavourable = false });
        await regional.Api.PostJsonAsync($"/api/cycles/{cycleId}/participants", new { schoolId = neighbour.Id, lowResults = true, unfavourable = false });
        var factorId = (int)cycle["factors"]![7]!["id"]!;

        var notParticipant = await municipal.Api.PostAsync($"/api/cycles/{cycleId}/concepts", Form(("schoolId", outsider.Id.ToString()), ("kind", "DevelopmentConcept"), ("title", "Концепция")));
        Assert.Equal(HttpStatusCode.BadRequest, notParticipant.StatusCode);
        var noFactor = await team.Api.PostAsync($"/api/cycles/{cycleId}/concepts", Form(("schoolId", school.Id.ToString()), ("kind", "AntiRiskProgram"), ("title", "Программа")));
        Assert.NotNull((await noFactor.ReadNodeAsync())["errors"]!["riskFactorId"]);
        var antiRisk = await team.Api.PostAsync($"/api/cycles/{cycleId}/concepts",
            Form(("schoolId", school.Id.ToString()), ("kind", "AntiRiskProgram"), ("riskFactorId", factorId.ToString()), ("title", "Антирисковая программа")));
        Assert.Equal(HttpStatusCode.Created, antiRisk.StatusCode);

        var created = await team.Api.PostAsync($"/api/cycles/{cycleId}/concepts", Form(("schoolId", school.Id.ToString()), ("kind", "DevelopmentConcept"), ("title", "Концепция развития школы")));
        var id = (int)(await created.ReadNodeAsync())["id"]!;
        Assert.Equal(HttpStatusCode.NotFound, (await neighbourTeam.Api.GetAsync($"/api/concepts/{id}")).StatusCode);
        // Its file is served by the one download, to whoever sees the document: the curator yes, the neighbour not.
        var fileId = (int)(await team.Api.GetNodeAsync($"/api/concepts/{id}"))["files"]![0]!["id"]!;
        var download = await curator.Api.GetAsync($"/api/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF-1.7\n%%EOF", await download.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await neighbourTeam.Api.GetAsync($"/api/files/{fileId}")).StatusCode);

        await team.Api.PostAsync($"/api/concepts/{id}/submit", null);
        var selfConfirm = await team.Api.PostJsonAsync($"/api/concepts/{id}/confirm", new { comment = "" });
        Assert.True(selfConfirm.StatusCode == HttpStatusCode.Forbidden, await selfConfirm.Content.ReadAsStringAsync());
        var returned = await curator.Api.PostJsonAsync($"/api/concepts/{id}/return", new { comment = "Нет целевых показателей" });
        Assert.Equal("Returned", (string)(await returned.ReadNodeAsync())["status"]!);
        // Only a document the curator confirmed goes to the expert.
        Assert.Equal(HttpStatusCode.BadRequest, (await expert.Api.PostJsonAsync($"/api/concepts/{id}/review", new { verdict = "Confirmed" })).StatusCode);
        await team.Api.PostAsync($"/api/concepts/{id}/submit", null);
        var confirmed = await curator.Api.PostJsonAsync($"/api/concepts/{id}/confirm", new { comment = "" });
        Assert.Equal("Confirmed", (string)(await confirmed.ReadNodeAsync())["status"]!);
        var reviewed = await expert.Api.PostJsonAsync($"/api/concepts/{id}/review", new { verdict = "Confirmed", comment = "Соответствует рисковому профилю" });
        Assert.Equal("Confirmed", (string)(await reviewed.ReadNodeAsync())["expertVerdict"]!);

        Assert.Equal(HttpStatusCode.Forbidden, (await team.Api.PutJsonAsync($"/api/cycles/{cycleId}/outcomes", new { stage = "MonitoringFirst", schoolId = school.Id, positiveChanges = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await municipal.Api.PutJsonAsync($"/api/cycles/{cycleId}/outcomes", new { stage = "MonitoringFirst", schoolId = school.Id, positiveChanges = true })).StatusCode);

        var table = (await municipal.Api.GetNodeAsync($"/api/cycles/{cycleId}/concepts")).AsArray();
        Assert.Equal(2, table.Count);
        var row = table.Single(r => (int)r!["schoolId"]! == school.Id)!;
        Assert.True((bool)row["firstStage"]!);
        Assert.Equal(2, row["documents"]!.AsArray().Count);
        var own = (await neighbourTeam.Api.GetNodeAsync($"/api/cycles/{cycleId}/concepts")).AsArray();
        Assert.Equal([neighbour.Id], own.Select(r => (int)r!["schoolId"]!));

        var page = System.Net.WebUtility.HtmlDecode(await (await World.LoginAsync(municipal)).GetStringAsync($"/Concepts/{cycleId}"));
        Assert.Contains("Концепция развития школы", page);
        Assert.Contains("подтверждены", page);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ConceptDocumentOnSqlite(SqliteFixture fixture) : ConceptDocumentTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ConceptDocumentOnPostgres(PostgresFixture fixture) : ConceptDocumentTests(fixture);
