using System.Net;
using System.Text;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>A school reports on a checkpoint with proof; its curator returns it, the school resubmits, the curator confirms.</summary>
public abstract class ReportJourneyTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");

    private static MultipartFormDataContent Report(string? text, string? value = null, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        if (text is not null)
        {
            form.Add(new StringContent(text), "text");
        }
        if (value is not null)
        {
            form.Add(new StringContent(value), "indicatorValue");
        }
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }
        return form;
    }

    private async Task<(Actor School, Actor Curator, Actor Municipal, int CheckpointId)> SchoolWithCheckpointAsync()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var school = await World.SchoolAsync(municipality);
        var roadmap = await World.RoadmapAsync(school);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var curator = await World.UserAsync(Role.Curator, municipality, school);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var items = (await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray();
        var checkpointId = (int)items.First(i => i!["checkpoints"]!.AsArray().Count > 0)!["checkpoints"]![0]!["id"]!;
        return (team, curator, municipal, checkpointId);
    }

    [Fact]
    public async Task SubmitReturnResubmitConfirm_RecordsEveryDecision_AndMovesTheCheckpoint()
    {
        var (school, curator, municipal, id) = await SchoolWithCheckpointAsync();

        var draft = await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report("Координатор назначен приказом № 5", "100", ("Приказ.pdf", Pdf)));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var saved = await draft.ReadNodeAsync();
        Assert.Equal("Draft", (string)saved["report"]!["status"]!);
        Assert.Single(saved["report"]!["files"]!.AsArray());
        Assert.NotEqual("Planned", (string)saved["status"]!);

        Assert.Equal(HttpStatusCode.OK, (await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null)).StatusCode);
        var waiting = await curator.Api.GetNodeAsync("/api/reports/waiting");
        Assert.Contains(waiting["items"]!.AsArray(), w => (int)w!["checkpointId"]! == id);
        Assert.Contains((await municipal.Api.GetNodeAsync("/api/reports/waiting"))["items"]!.AsArray(), w => (int)w!["checkpointId"]! == id);

        var noComment = await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/return", new { comment = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        var returned = await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/return", new { comment = "Приложите приказ с подписью" });
        var afterReturn = await returned.ReadNodeAsync();
        Assert.Equal("Returned", (string)afterReturn["report"]!["status"]!);
        // The checkpoint's date (2022) has passed: a returned report leaves it overdue, derived from the date.
        Assert.Equal("Overdue", (string)afterReturn["status"]!);

        await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report("Приказ с подписью приложен", null, ("Приказ подписанный.pdf", Pdf)));
        Assert.Equal(HttpStatusCode.OK, (await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null)).StatusCode);
        var confirmed = await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/confirm", new { comment = "Принято" });
        var final = await confirmed.ReadNodeAsync();
        Assert.Equal("Done", (string)final["status"]!);
        Assert.Equal("Confirmed", (string)final["report"]!["status"]!);
        Assert.Equal(["Submitted", "Returned", "Resubmitted", "Confirmed"], final["report"]!["history"]!.AsArray().Select(h => (string)h!["kind"]!));
        Assert.Equal(2, final["report"]!["files"]!.AsArray().Count);

        var twice = await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/confirm", new { comment = "" });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        var edit = await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report("Поправка после подтверждения"));
        Assert.Equal(HttpStatusCode.BadRequest, edit.StatusCode);
        Assert.Contains("Подтверждённый", (string)(await edit.ReadNodeAsync())["detail"]!);
        Assert.DoesNotContain((await curator.Api.GetNodeAsync("/api/reports/waiting"))["items"]!.AsArray(), w => (int)w!["checkpointId"]! == id);

        var fileId = (int)final["report"]!["files"]![0]!["id"]!;
        var download = await municipal.Api.GetAsync($"/api/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task CuratorOfAnotherSchool_CannotConfirm_NorSeeTheFiles()
    {
        var (school, _, _, id) = await SchoolWithCheckpointAsync();
        var (_, otherCurator, _, _) = await SchoolWithCheckpointAsync();
        await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report("Сделано", null, ("a.pdf", Pdf)));
        var submitted = await (await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null)).ReadNodeAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await otherCurator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/confirm", new { comment = "" })).StatusCode);
        var fileId = (int)submitted["report"]!["files"]![0]!["id"]!;
        Assert.Equal(HttpStatusCode.NotFound, (await otherCurator.Api.GetAsync($"/api/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await school.Api.PostJsonAsync($"/api/checkpoints/{id}/report/confirm", new { comment = "" })).StatusCode);
    }

    [Fact]
    public async Task DisguisedOrEmptyReports_AreRefused_AndNothingIsKept()
    {
        var (school, _, _, id) = await SchoolWithCheckpointAsync();
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0];

        var disguised = await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report("Отчёт", null, ("Отчёт.pdf", exe)));
        Assert.Equal(HttpStatusCode.BadRequest, disguised.StatusCode);
        Assert.Contains("не соответствует", (string)(await disguised.ReadNodeAsync())["errors"]!["files"]![0]!);
        Assert.Null((await school.Api.GetNodeAsync($"/api/checkpoints/{id}"))["report"]);

        await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report(""));
        var empty = await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Draft", (string)(await school.Api.GetNodeAsync($"/api/checkpoints/{id}"))["report"]!["status"]!);

        var big = new byte[21 * 1024 * 1024];
        "%PDF-1.7"u8.CopyTo(big);
        var oversized = await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report("Текст", null, ("Скан.pdf", big)));
        Assert.Equal(HttpStatusCode.BadRequest, oversized.StatusCode);
        Assert.Contains("МБ", (string)(await oversized.ReadNodeAsync())["errors"]!["files"]![0]!);

        var badNumber = await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report("Текст", "девяносто"));
        Assert.NotNull((await badNumber.ReadNodeAsync())["errors"]!["indicatorValue"]);
    }

    [Fact]
    public async Task CheckpointPage_ShowsTheReportFormToTheSchool_AndDecisionsToTheCurator()
    {
        var (school, curator, _, id) = await SchoolWithCheckpointAsync();
        await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report("Проведено совещание", null, ("Протокол.pdf", Pdf)));
        await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);

        var curatorPage = System.Net.WebUtility.HtmlDecode(await (await World.LoginAsync(curator)).GetStringAsync($"/Checkpoints/Details/{id}"));
        Assert.Contains("Подтвердить", curatorPage);
        Assert.Contains("Протокол.pdf", curatorPage);
        var home = System.Net.WebUtility.HtmlDecode(await (await World.LoginAsync(curator)).GetStringAsync("/"));
        Assert.Contains("Ждут моего подтверждения (1)", home);

        var schoolPage = System.Net.WebUtility.HtmlDecode(await (await World.LoginAsync(school)).GetStringAsync($"/Checkpoints/Details/{id}"));
        Assert.DoesNotContain("Вернуть на доработку", schoolPage);
        Assert.Contains("Отправлен на проверку", schoolPage);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportJourneyOnSqlite(SqliteFixture fixture) : ReportJourneyTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class ReportJourneyOnPostgres(PostgresFixture fixture) : ReportJourneyTests(fixture);
