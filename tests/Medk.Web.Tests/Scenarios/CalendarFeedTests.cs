using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Medk.Core.FiveHundredPlus.Events;
using Medk.Core.Platform.Access;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// The personal calendar feed, read by an independent parser (python3-icalendar, recurrences expanded by dateutil as
/// calendar programs do): checkpoints as all-day dates, a weekly event as one RRULE that expands to the dates Medk
/// shows; the secret address works without logging in, is renewed to revoke, and a roadmap's feed only for who sees it.
/// </summary>
public abstract class CalendarFeedTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task PersonalFeed_HasCheckpointsAsDates_AndWeeklyEventAsOneRule_ThatExpandsToMedksDates()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var school = await World.SchoolAsync(municipality);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var curator = await World.UserAsync(Role.Curator, municipality, school);
        var roadmap = await World.RoadmapAsync(school, underWay: true);
        var (weekly, once) = await EventsAsync(municipality.Id, school.Id, team.Id);

        var created = await (await team.Api.PostAsync("/api/notifications/calendar", null)).ReadNodeAsync();
        var url = (string)created["calendarUrl"]!;
        Assert.Equal(url, (string)(await team.Api.GetNodeAsync("/api/users/me"))["calendarUrl"]!);
        var settingsPage = await (await World.LoginAsync(team)).GetStringAsync("/Notifications/Settings");
        Assert.Contains(url, WebUtility.HtmlDecode(settingsPage));

        var anonymous = fixture.App.CreateClient();
        var response = await anonymous.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        var feed = await ParseAsync(ics);

        var checkpoints = (await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray()
            .SelectMany(i => i!["checkpoints"]!.AsArray()).Select(c => ((int)c!["id"]!, (string)c["dueDate"]!)).ToList();
        Assert.NotEmpty(checkpoints);
        foreach (var (id, due) in checkpoints)
        {
            var entry = feed[$"checkpoint-{id}@medk"]!;
            Assert.True((bool)entry["allDay"]!);
            Assert.Equal([due], entry["dates"]!.AsArray().Select(d => (string)d!));
        }

        var rule = feed[$"event-{weekly.Id}@medk"]!;
        Assert.Equal(weekly.Occurrences.Select(o => o.Date.ToString("yyyy-MM-dd")).Order(), rule["dates"]!.AsArray().Select(d => (string)d!));
        Assert.False((bool)rule["allDay"]!); // «15.00»: a timed event
        Assert.True(weekly.Occurrences.Count > 40);
        Assert.Contains("RRULE:FREQ=WEEKLY", ics);
        Assert.Equal(1, ics.Split("UID:event-" + weekly.Id + "@medk").Length - 1); // one VEVENT, not a copy per week
        Assert.Equal(["2022-03-15"], feed[$"event-{once.Id}-20220315@medk"]!["dates"]!.AsArray().Select(d => (string)d!));

        // The curator confirms the school's reports: the same checkpoints, to check.
        var curatorUrl = (string)(await (await curator.Api.PostAsync("/api/notifications/calendar", null)).ReadNodeAsync())["calendarUrl"]!;
        var curatorFeed = await ParseAsync(await anonymous.GetStringAsync(new Uri(curatorUrl).PathAndQuery));
        Assert.StartsWith("Проверить:", (string)curatorFeed[$"checkpoint-{checkpoints[0].Item1}@medk"]!["summary"]!);

        // Renewing revokes the old address.
        var renewed = (string)(await (await team.Api.PostAsync("/api/notifications/calendar", null)).ReadNodeAsync())["calendarUrl"]!;
        Assert.NotEqual(url, renewed);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(url).PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(renewed).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task RoadmapFeed_IsForThoseWhoSeeTheRoadmap()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var school = await World.SchoolAsync(municipality);
        var roadmap = await World.RoadmapAsync(school, underWay: true);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var stranger = await World.UserAsync(Role.MunicipalCoordinator, await World.MunicipalityAsync(await World.RegionAsync()));
        var anonymous = fixture.App.CreateClient();

        string Path(string url) => new Uri(url).AbsolutePath.Replace(".ics", $"/roadmaps/{roadmap.Id}.ics", StringComparison.Ordinal);
        var mine = Path((string)(await (await coordinator.Api.PostAsync("/api/notifications/calendar", null)).ReadNodeAsync())["calendarUrl"]!);
        var theirs = Path((string)(await (await stranger.Api.PostAsync("/api/notifications/calendar", null)).ReadNodeAsync())["calendarUrl"]!);

        var feed = await ParseAsync(await anonymous.GetStringAsync(mine));
        Assert.True(feed.Count >= 2);
        Assert.All(feed, e => Assert.True((bool)e.Value!["allDay"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(theirs)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/calendar/{new string('0', 48)}.ics")).StatusCode);
    }

    private async Task<(ProjectEvent Weekly, ProjectEvent Once)> EventsAsync(int organizerId, int schoolId, Guid by)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var weekly = new ProjectEvent("Вебинар для школ", EventKind.Webinar, organizerId, 2022, "еженедельно, пятница, 15.00", by, DateTimeOffset.UtcNow);
        weekly.Invite(schoolId);
        var once = new ProjectEvent("Семинар", EventKind.Seminar, organizerId, 2022, "15.03.2022", by, DateTimeOffset.UtcNow);
        once.Invite(schoolId);
        db.AddRange(weekly, once);
        await db.SaveChangesAsync();
        return (weekly, once);
    }

    /// <summary>The feed as python3-icalendar reads it: uid → dates (recurrences expanded), all-day, summary.</summary>
    private static async Task<JsonObject> ParseAsync(string ics)
    {
        var file = Path.Combine(Path.GetTempPath(), $"medk-feed-{Guid.NewGuid():N}.ics");
        await File.WriteAllTextAsync(file, ics);
        try
        {
            var start = new ProcessStartInfo(SmtpSink.Python, [Path.Combine(AppContext.BaseDirectory, "Infrastructure", "ical_dates.py"), file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, "python3-icalendar could not read the feed: " + await error + "\n" + ics);
            return JsonNode.Parse(await output)!.AsObject();
        }
        finally
        {
            File.Delete(file);
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CalendarFeedOnSqlite(SqliteFixture fixture) : CalendarFeedTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class CalendarFeedOnPostgres(PostgresFixture fixture) : CalendarFeedTests(fixture);
