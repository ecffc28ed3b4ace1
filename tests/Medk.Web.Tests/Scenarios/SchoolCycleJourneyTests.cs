using System.Net;
using System.Text;
using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.FiveHundredPlus.Risks;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Audit;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// The whole year of one participating school, from risk profile to stage outcome, with the school, its curator,
/// the municipality and an expert each doing their part — and nobody seeing beyond their territory.
/// </summary>
public abstract class SchoolCycleJourneyTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    private static MultipartFormDataContent WithPdf(string fileName, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", fileName);
        return form;
    }

    [Fact]
    public async Task RiskProfile_ConceptDocuments_MonitoringReport_StageOutcome_AnalyticalReport()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var other = await World.SchoolAsync(municipality);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var curator = await World.UserAsync(Role.Curator, municipality, school);
        var otherCurator = await World.UserAsync(Role.Curator, municipality, other);
        var expert = await World.UserAsync(Role.Expert, region);

        // The region opens the year; the municipality includes its schools.
        var cycle = await (await regional.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId = region.Id })).ReadNodeAsync();
        var cycleId = (int)cycle["id"]!;
        var factors = cycle["factors"]!.AsArray().Select(f => (int)f!["id"]!).ToList();
        var factor = factors[8]; // низкая учебная мотивация обучающихся
        await municipal.Api.PostJsonAsync($"/api/cycles/{cycleId}/participants", new { schoolId = school.Id, lowResults = true, unfavourable = false });
        await municipal.Api.PostJsonAsync($"/api/cycles/{cycleId}/participants", new { schoolId = other.Id, lowResults = true, unfavourable = false });

        // Risk profile: the school enters and activates, its curator verifies; another curator does not even see it.
        Assert.Equal(HttpStatusCode.OK, (await team.Api.PutJsonAsync($"/api/cycles/{cycleId}/risk-profiles/{school.Id}",
            new { levels = factors.Select(f => new { factorId = f, level = f == factor ? "High" : "None" }).ToArray() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await team.Api.PostJsonAsync($"/api/cycles/{cycleId}/risk-profiles/{school.Id}/activate", new { factorIds = new[] { factor } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCurator.Api.PostJsonAsync($"/api/cycles/{cycleId}/risk-profiles/{school.Id}/verify", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.PostJsonAsync($"/api/cycles/{cycleId}/risk-profiles/{school.Id}/verify", new { })).StatusCode);
        var heatMap = await team.Api.GetNodeAsync($"/api/cycles/{cycleId}/risk-profiles");
        Assert.DoesNotContain(other.ShortName, heatMap.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));

        // The anti-risk programme for the activated factor: written, returned, corrected, confirmed, reviewed.
        var created = await team.Api.PostAsync($"/api/cycles/{cycleId}/concepts", WithPdf("Антирисковая программа.pdf",
            ("schoolId", school.Id.ToString()), ("kind", "AntiRiskProgram"), ("riskFactorId", factor.ToString()), ("title", "Повышение учебной мотивации")));
        var documentId = (int)(await created.ReadNodeAsync())["id"]!;
        await team.Api.PostAsync($"/api/concepts/{documentId}/submit", null);
        await curator.Api.PostJsonAsync($"/api/concepts/{documentId}/return", new { comment = "Добавьте показатели" });
        await team.Api.PostAsync($"/api/concepts/{documentId}/submit", null);
        await curator.Api.PostJsonAsync($"/api/concepts/{documentId}/confirm", new { comment = "" });
        var reviewed = await (await expert.Api.PostJsonAsync($"/api/concepts/{documentId}/review", new { verdict = "Confirmed", comment = "" })).ReadNodeAsync();
        Assert.Equal("Confirmed", (string)reviewed["expertVerdict"]!);

        // Monitoring, stage 1: the school reports on its roadmap with proof, the curator confirms.
        var roadmap = await World.RoadmapAsync(school, 2022, underWay: true);
        var checkpointId = (int)(await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray()
            .First(i => i!["checkpoints"]!.AsArray().Count > 0)!["checkpoints"]![0]!["id"]!;
        await team.Api.PostAsync($"/api/checkpoints/{checkpointId}/report", WithPdf("Протокол.pdf", ("text", "Проведены классные часы")));
        await team.Api.PostAsync($"/api/checkpoints/{checkpointId}/report/submit", null);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCurator.Api.PostJsonAsync($"/api/checkpoints/{checkpointId}/report/confirm", new { comment = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.PostJsonAsync($"/api/checkpoints/{checkpointId}/report/confirm", new { comment = "" })).StatusCode);

        // The municipality records the stage's outcome; the region's analytical report counts it.
        Assert.Equal(HttpStatusCode.NoContent, (await municipal.Api.PutJsonAsync($"/api/cycles/{cycleId}/outcomes",
            new { stage = "MonitoringFirst", schoolId = school.Id, positiveChanges = true })).StatusCode);
        var report = await regional.Api.GetNodeAsync($"/api/cycles/{cycleId}/analytics");
        Assert.Equal(2, (int)report["participants"]!);
        Assert.Equal(1, (int)report["profilesVerified"]!);
        Assert.Equal(1, (int)report["factors"]![8]!["activated"]!);
        Assert.Equal(1, (int)report["concepts"]!.AsArray().Single(c => (string)c!["kind"]! == "Антирисковая программа")!["expertConfirmed"]!);
        Assert.Equal(50m, (decimal)report["positiveChangesShare"]!);

        // A school sees only itself in the cycle.
        var seenBySchool = await team.Api.GetNodeAsync($"/api/cycles/{cycleId}");
        Assert.Equal([school.Id], seenBySchool["participants"]!.AsArray().Select(p => (int)p!["schoolId"]!));

        await TheJournalShowsEveryChangeOfTheYearAsync(cycleId, documentId, school, region, regional, team);
    }

    /// <summary>
    /// The audit journal holds the whole year (issue 11 item 5): every object the journey made has its creation line,
    /// made through the API by the person who made it, from the client's address; every kind of object it changed
    /// has lines; and the region's coordinator reads them in the journal of the region.
    /// </summary>
    private async Task TheJournalShowsEveryChangeOfTheYearAsync(int cycleId, int documentId, Organization school, Organization region, Actor regional, Actor team)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var made = new List<(string Kind, string Key)>();
        made.Add(("Cycle", cycleId.ToString()));
        made.AddRange((await db.Set<Participant>().Where(p => p.CycleId == cycleId).Select(p => p.Id).ToListAsync()).Select(id => ("Participant", id.ToString())));
        made.AddRange((await db.Set<RiskProfile>().Where(p => p.CycleId == cycleId).Select(p => p.Id).ToListAsync()).Select(id => ("RiskProfile", id.ToString())));
        made.AddRange((await db.Set<ConceptDocument>().Where(d => d.CycleId == cycleId).Select(d => d.Id).ToListAsync()).Select(id => ("ConceptDocument", id.ToString())));
        made.AddRange((await db.Set<StageOutcome>().Where(o => o.CycleId == cycleId).Select(o => o.Id).ToListAsync()).Select(id => ("StageOutcome", id.ToString())));
        var reports = await db.ProgressReports.Where(r => r.ReporterOrganizationId == school.Id).Select(r => r.Id).ToListAsync();
        made.AddRange(reports.Select(id => ("ProgressReport", id.ToString())));
        made.AddRange((await db.StoredFiles.Where(f => EF.Property<int?>(f, "ConceptDocumentId") == documentId
            || reports.Contains(EF.Property<int?>(f, "ProgressReportId") ?? 0)).Select(f => f.Id).ToListAsync()).Select(id => ("StoredFile", id.ToString())));
        Assert.Equal(["ConceptDocument", "Cycle", "Participant", "ProgressReport", "RiskProfile", "StageOutcome", "StoredFile"],
            made.Select(m => m.Kind).Distinct().Order(StringComparer.Ordinal));
        var journal = await db.AuditEntries.AsNoTracking().Where(e => e.OrganizationPath!.StartsWith(region.Path)).ToListAsync();
        foreach (var (kind, key) in made)
        {
            var created = Assert.Single(journal, e => e.EntityType == kind && e.EntityKey == key && e.Action == AuditAction.Created);
            Assert.Equal(AuditChannel.Api, created.Channel);
            Assert.NotNull(created.Ip);
            Assert.NotNull(created.UserId);
        }
        // Every kind of object the year changed, not only created.
        foreach (var kind in new[] { "RiskProfile", "RiskProfileLevel", "ConceptDocument", "SubmissionDecision", "ProgressReport", "Checkpoint", "StageOutcome" })
        {
            Assert.Contains(journal, e => e.EntityType == kind && e.Channel == AuditChannel.Api);
        }
        Assert.Contains(journal, e => e.EntityType == "ConceptDocument" && e.EntityKey == documentId.ToString() && e.Action == AuditAction.Modified && e.UserId == team.Id);
        // Refused steps of the year (the other curator's attempts) are in the journal too.
        Assert.Equal(2, journal.Count(e => e.Action == AuditAction.AccessRefused
            && (e.Detail!.Contains($"/risk-profiles/{school.Id}/verify — 404") || e.Detail!.Contains("/report/confirm — 404"))));
        // The region's coordinator reads the document's whole history in the journal.
        var history = await regional.Api.GetNodeAsync($"/api/audit?kind=ConceptDocument&key={documentId}");
        Assert.Equal(journal.Count(e => e.EntityType == "ConceptDocument" && e.EntityKey == documentId.ToString()), history["items"]!.AsArray().Count);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SchoolCycleJourneyOnSqlite(SqliteFixture fixture) : SchoolCycleJourneyTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class SchoolCycleJourneyOnPostgres(PostgresFixture fixture) : SchoolCycleJourneyTests(fixture);
