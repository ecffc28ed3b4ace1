using System.Net;
using System.Text;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// In-app notifications: a submitted report tells those who confirm it, a returned one tells the school team with
/// the comment; the bell counts what is unread; a notification is marked read by opening it, one by one or all.
/// </summary>
public abstract class NotificationBellTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    internal static MultipartFormDataContent Report(string text)
    {
        var form = new MultipartFormDataContent { { new StringContent(text), "text" } };
        form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF")), "files", "Приказ.pdf");
        return form;
    }

    internal static async Task<(Actor School, Actor Curator, Actor Municipal, Actor Regional, int CheckpointId)> SchoolWithCheckpointAsync(TestWorld world)
    {
        var region = await world.RegionAsync();
        var municipality = await world.MunicipalityAsync(region);
        var school = await world.SchoolAsync(municipality);
        var roadmap = await world.RoadmapAsync(school);
        var team = await world.UserAsync(Role.SchoolTeam, school);
        var curator = await world.UserAsync(Role.Curator, municipality, school);
        var municipal = await world.UserAsync(Role.MunicipalCoordinator, municipality);
        var regional = await world.UserAsync(Role.RegionalCoordinator, region);
        var items = (await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray();
        var checkpointId = (int)items.First(i => i!["checkpoints"]!.AsArray().Count > 0)!["checkpoints"]![0]!["id"]!;
        return (team, curator, municipal, regional, checkpointId);
    }

    [Fact]
    public async Task SubmittedThenReturned_TellsTheConfirmersThenTheSchool_WithTheComment()
    {
        var (school, curator, municipal, regional, id) = await SchoolWithCheckpointAsync(World);
        await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report("Координатор назначен"));
        Assert.Equal(HttpStatusCode.OK, (await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null)).StatusCode);

        foreach (var confirmer in new[] { curator, municipal })
        {
            var list = await confirmer.Api.GetNodeAsync("/api/notifications");
            Assert.Equal(1, (int)list["unread"]!);
            var n = list["notifications"]!["items"]![0]!;
            Assert.Equal("ReportSubmitted", (string)n["kind"]!);
            Assert.Equal($"/Checkpoints/Details/{id}", (string)n["link"]!);
        }
        // The region above the nearest confirming level is not flooded with every school's report; the school is
        // not told of its own submission.
        Assert.Equal(0, (int)(await regional.Api.GetNodeAsync("/api/notifications/unread-count"))["unread"]!);
        Assert.Equal(0, (int)(await school.Api.GetNodeAsync("/api/notifications/unread-count"))["unread"]!);

        var comment = "Приложите приказ с подписью " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/return", new { comment })).StatusCode);

        var mine = await school.Api.GetNodeAsync("/api/notifications?unreadOnly=true");
        var returned = Assert.Single(mine["notifications"]!["items"]!.AsArray())!;
        Assert.Equal("ReportReturned", (string)returned["kind"]!);
        Assert.Contains(comment, (string)returned["text"]!);
        Assert.Equal(1, (int)(await curator.Api.GetNodeAsync("/api/notifications/unread-count"))["unread"]!); // not told of own return
    }

    [Fact]
    public async Task Bell_CountsUnread_OpeningMarksRead_AndReadAllClearsIt()
    {
        var (school, curator, _, _, id) = await SchoolWithCheckpointAsync(World);
        await school.Api.PostAsync($"/api/checkpoints/{id}/report", Report("Сделано"));
        await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);
        await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/return", new { comment = "Нет подписи" });
        await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);
        await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/confirm", new { comment = "Принято" });

        var browser = await World.LoginAsync(school);
        var home = await browser.GetStringAsync("/");
        Assert.Contains("Уведомления: непрочитанных 2", home);
        Assert.Contains("notification-count\">2<", home);

        var list = await school.Api.GetNodeAsync("/api/notifications");
        var items = list["notifications"]!["items"]!.AsArray();
        Assert.Equal(["ReportConfirmed", "ReportReturned"], items.Select(i => (string)i!["kind"]!));
        var confirmedId = (long)items[0]!["id"]!;

        var open = await browser.GetAsync($"/Notifications/Open/{confirmedId}");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/Checkpoints/Details/{id}", open.Headers.Location!.OriginalString);
        Assert.Equal(1, (int)(await school.Api.GetNodeAsync("/api/notifications/unread-count"))["unread"]!);

        // Another person's notification is not theirs to read or open.
        Assert.Equal(HttpStatusCode.NotFound, (await curator.Api.PostAsync($"/api/notifications/{confirmedId}/read", null)).StatusCode);

        var page = await browser.GetStringAsync("/Notifications");
        Assert.Contains("Отчёт возвращён на доработку", page);
        Assert.Contains("Нет подписи", page);
        var all = await TestWorld.PostFormAsync(browser, "/Notifications?handler=ReadAll", new(), "/Notifications");
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.Equal(0, (int)(await school.Api.GetNodeAsync("/api/notifications/unread-count"))["unread"]!);
        Assert.DoesNotContain("notification-count", await browser.GetStringAsync("/"));
    }

    [Fact]
    public async Task NotificationsApi_IsDescribedInOpenApi()
    {
        var client = fixture.App.CreateClient();
        var document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/notifications/{id}/read", document);
        Assert.Contains("/api/notifications/read-all", document);
        Assert.Contains("NotificationView", document);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class NotificationBellOnSqlite(SqliteFixture fixture) : NotificationBellTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class NotificationBellOnPostgres(PostgresFixture fixture) : NotificationBellTests(fixture);
