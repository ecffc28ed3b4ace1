using System.Globalization;
using System.Net;
using Medk.Core.Planning.Roadmaps;
using Medk.Core.Platform.Notifications;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// The background workers themselves, as they run inside the app: nobody calls a job here. The reminder worker (on a
/// short interval) finds a checkpoint due tomorrow and writes its reminder; the delivery worker sends it and the letter
/// about a returned report to the real SMTP server. The test only waits (bounded) for the letters to arrive.
/// </summary>
public abstract class WorkerLoopTests(MailFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task RunningWorkers_RemindOfADeadline_AndDeliverAReturnedReport_WithoutBeingCalled()
    {
        var (school, curator, _, _, id) = await NotificationBellTests.SchoolWithCheckpointAsync(World);
        var schoolOrganization = await SchoolOfAsync(school);
        var dueId = await CheckpointDueTomorrowAsync(schoolOrganization, "Заседание управляющего совета");

        await school.Api.PostAsync($"/api/checkpoints/{id}/report", NotificationBellTests.Report("Сделано"));
        await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);
        var comment = "Нет подписи руководителя " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/return", new { comment })).StatusCode);

        var letters = await fixture.Smtp.WaitForAsync(school.Email, 2);
        var returned = Assert.Single(letters, l => (l.Subject ?? "").Contains("возвращён на доработку"));
        Assert.Contains(comment, returned.TextBody);
        var reminder = Assert.Single(letters, l => (l.Subject ?? "").Contains("Срок через 1 день"));
        Assert.Contains($"{MailFixture.PublicUrl}/Checkpoints/Details/{dueId}", reminder.TextBody);

        // A checkpoint added now is found by a later round of the same worker; the first reminder is not repeated by it.
        var laterId = await CheckpointDueTomorrowAsync(schoolOrganization, "Родительское собрание");
        var all = await fixture.Smtp.WaitForAsync(school.Email, 3);
        var reminders = all.Where(l => (l.Subject ?? "").Contains("Срок через 1 день")).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.Single(reminders, l => (l.TextBody ?? "").Contains($"/Checkpoints/Details/{laterId}"));
        Assert.Single(reminders, l => (l.TextBody ?? "").Contains($"/Checkpoints/Details/{dueId}"));
    }

    private async Task<Core.Platform.Organizations.Organization> SchoolOfAsync(Actor team)
    {
        var me = await team.Api.GetNodeAsync("/api/users/me");
        var schoolId = (int)me["roles"]![0]!["organizationId"]!;
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MedkDbContext>().Organizations.FindAsync(schoolId)
            ?? throw new InvalidOperationException("No school.");
    }

    /// <summary>An approved, started roadmap of the school with one checkpoint due tomorrow (Moscow's day, the default zone).</summary>
    private async Task<int> CheckpointDueTomorrowAsync(Core.Platform.Organizations.Organization school, string text)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var now = DateTimeOffset.UtcNow;
        var today = NotificationSettings.Today(null, now);
        var roadmap = new Roadmap(school.Id, school.Level, TestWorld.Unique("Дорожная карта школы"), today.AddDays(-30), today.AddDays(30), now);
        roadmap.Describe(roadmap.Title, roadmap.PeriodStart, roadmap.PeriodEnd, new ApprovalDocument("Приказ", "1", today.AddDays(-30), null), now);
        roadmap.Move(RoadmapTransition.Approve, now);
        roadmap.Move(RoadmapTransition.Start, now);
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync();
        var item = new RoadmapItem(roadmap.Id, null, 0, new ItemContent("1", false, text, "Школа",
            today.AddDays(1).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture), "Протокол"));
        item.Understand(roadmap.Period);
        db.RoadmapItems.Add(item);
        await db.SaveChangesAsync();
        return item.Checkpoints.Single().Id;
    }
}

/// <summary>Mail as in the other mail tests, and the reminder worker running every 1.2 seconds.</summary>
public abstract class WorkerLoopFixture(DatabaseProvider provider) : MailFixture(provider)
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Notifications:ReminderMinutes"] = "0.02" };
}

public sealed class SqliteWorkerLoopFixture() : WorkerLoopFixture(DatabaseProvider.Sqlite);

public sealed class PostgresWorkerLoopFixture() : WorkerLoopFixture(DatabaseProvider.Postgres);

public sealed class WorkerLoopOnSqlite(SqliteWorkerLoopFixture fixture) : WorkerLoopTests(fixture), IClassFixture<SqliteWorkerLoopFixture>;

public sealed class WorkerLoopOnPostgres(PostgresWorkerLoopFixture fixture) : WorkerLoopTests(fixture), IClassFixture<PostgresWorkerLoopFixture>;
