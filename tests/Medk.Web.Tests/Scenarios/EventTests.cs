using System.Net;
using System.Security.Claims;
using Medk.Core.Platform.Access;
using Medk.Web.Features.FiveHundredPlus.Events;
using Medk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Recurring webinars and consultations: dates from the schedule phrase, attendance by the organizer, the share.</summary>
public abstract class EventTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task WeeklyConsultation_HasEveryFridayOfTheYear_AttendanceByTheOrganizer_ShareComputed()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var s1 = await World.SchoolAsync(municipality);
        var s2 = await World.SchoolAsync(municipality);
        var s3 = await World.SchoolAsync(municipality);
        var elsewhere = await World.MunicipalityAsync(region);
        var foreignSchool = await World.SchoolAsync(elsewhere);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var team = await World.UserAsync(Role.SchoolTeam, s1);
        var outsider = await World.UserAsync(Role.MunicipalCoordinator, elsewhere);

        var outside = await coordinator.Api.PostJsonAsync("/api/events", new
        {
            title = "Консультационный час", kind = "Consultation", organizerId = municipality.Id, year = 2022,
            schedule = "еженедельно, пятница, 15.00", invited = new[] { s1.Id, foreignSchool.Id },
        });
        Assert.NotNull((await outside.ReadNodeAsync())["errors"]!["invited"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Api.PostJsonAsync("/api/events", new
        {
            title = "Вебинар", kind = "Webinar", organizerId = municipality.Id, year = 2022, schedule = "15.03.2022", invited = new[] { s1.Id },
        })).StatusCode);

        var created = await coordinator.Api.PostJsonAsync("/api/events", new
        {
            title = "Консультационный час для школ-участников", kind = "Consultation", organizerId = municipality.Id, year = 2022,
            schedule = "еженедельно, пятница, 15.00", invited = new[] { s1.Id, s2.Id, s3.Id },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ev = await created.ReadNodeAsync();
        var id = (int)ev["id"]!;
        var fridays = Enumerable.Range(0, 365).Select(d => new DateOnly(2022, 1, 1).AddDays(d)).Where(d => d.DayOfWeek == DayOfWeek.Friday)
            .Select(d => d.ToString("yyyy-MM-dd")).ToList();
        Assert.Equal(52, fridays.Count);
        Assert.Equal(fridays, ev["occurrences"]!.AsArray().Select(d => (string)d!));
        Assert.Equal("15:00:00", (string)ev["time"]!);
        Assert.Equal("еженедельно, пятница, 15.00", (string)ev["scheduleText"]!);

        var marks = new object[]
        {
            new { date = "2022-01-07", organizationId = s1.Id, present = true },
            new { date = "2022-01-07", organizationId = s2.Id, present = true },
            new { date = "2022-01-07", organizationId = s3.Id, present = false },
            new { date = "2022-01-14", organizationId = s1.Id, present = true },
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Api.PutJsonAsync($"/api/events/{id}/attendance", marks)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Api.PutJsonAsync($"/api/events/{id}/attendance", marks)).StatusCode);
        var notFriday = await coordinator.Api.PutJsonAsync($"/api/events/{id}/attendance", new[] { new { date = "2022-01-10", organizationId = s1.Id, present = true } });
        Assert.NotNull((await notFriday.ReadNodeAsync())["errors"]!["date"]);

        var recorded = await (await coordinator.Api.PutJsonAsync($"/api/events/{id}/attendance", marks)).ReadNodeAsync();
        // Two occurrences recorded × three schools = 6 expected; 3 present. A correction replaces the earlier mark.
        Assert.Equal(6, (int)recorded["share"]!["invited"]!);
        Assert.Equal(3, (int)recorded["share"]!["attended"]!);
        var corrected = await (await coordinator.Api.PutJsonAsync($"/api/events/{id}/attendance",
            new[] { new { date = "2022-01-07", organizationId = s3.Id, present = true } })).ReadNodeAsync();
        Assert.Equal(4, (int)corrected["share"]!["attended"]!);
        Assert.Equal(66.7m, (decimal)corrected["share"]!["percent"]!);
        var first = corrected["invited"]!.AsArray().First(i => (int)i!["organizationId"]! == s1.Id)!;
        Assert.Equal(100m, (decimal)first["percent"]!);
        // s2 was marked on 7 January only; on 14 January (recorded for s1) it counts as missed, as in the total.
        var second = corrected["invited"]!.AsArray().First(i => (int)i!["organizationId"]! == s2.Id)!;
        Assert.Equal(50m, (decimal)second["percent"]!);

        // The invited school sees the event; the other municipality does not.
        Assert.Contains((await team.Api.GetNodeAsync("/api/events"))["items"]!.AsArray(), e => (int)e!["id"]! == id);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Api.GetAsync($"/api/events/{id}")).StatusCode);

        await using var scope = fixture.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, coordinator.Id.ToString())], "test")),
        };
        var (invited, attended) = await scope.ServiceProvider.GetRequiredService<EventService>().AttendanceAsync(id);
        Assert.Equal((6, 4), (invited, attended));

        var page = await (await World.LoginAsync(coordinator)).GetStringAsync($"/Events/{id}");
        Assert.Contains("66,7", page);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class EventsOnSqlite(SqliteFixture fixture) : EventTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class EventsOnPostgres(PostgresFixture fixture) : EventTests(fixture);
