using Medk.Core.Monitoring;
using Medk.Core.Planning.Roadmaps;
using Medk.Core.Platform.Notifications;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>
/// Reminds the people who carry out a checkpoint before it is due (on the days each chose: 7, 3, 1; by default 3 and
/// 1) and on the day after it was missed. Each reminder is recorded (<see cref="ReminderSent"/>) together with its
/// notification in one save; the unique key lets only one instance write it, so it is sent once however often and
/// wherever the job runs.
/// </summary>
public sealed class ReminderJob(MedkDbContext db, Notifier notifier, TimeProvider clock, ILogger<ReminderJob> log)
{
    /// <summary>Runs for "today" as each person counts it; returns how many reminders were written.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        // Russia's zones put people's todays within a day of Moscow's; the window covers every offset around them.
        var moscow = NotificationSettings.Today(null, now);
        var from = moscow.AddDays(-3);
        var to = moscow.AddDays(NotificationSettings.AllowedReminderDays.Max() + 2);
        var open = await db.Checkpoints.AsNoTracking()
            .Where(c => c.DueDate >= from && c.DueDate <= to)
            .Where(c => CheckpointState.Open.Contains(c.Status))
            .Join(db.RoadmapItems, c => c.ItemId, i => i.Id, (c, i) => new { c, i })
            .Join(db.Roadmaps, x => x.i.RoadmapId, r => r.Id, (x, r) => new { x.c, x.i, r })
            .Where(x => RoadmapPhases.UnderWay.Contains(x.r.Status))
            .Select(x => new { CheckpointId = x.c.Id, x.c.DueDate, x.i.Number, x.i.Text, x.r.Title, x.r.OwnerOrganizationId })
            .ToListAsync(ct);
        var written = 0;
        foreach (var owner in open.GroupBy(o => o.OwnerOrganizationId))
        {
            var team = await notifier.TeamAsync(owner.Key, ct);
            if (team.Count == 0)
            {
                continue;
            }
            var settings = await db.Set<NotificationSettings>().AsNoTracking().Where(s => team.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, ct);
            var checkpointIds = owner.Select(o => o.CheckpointId).ToList();
            var sent = (await db.Set<ReminderSent>().AsNoTracking().Where(r => checkpointIds.Contains(r.CheckpointId) && team.Contains(r.UserId))
                .Select(r => new { r.CheckpointId, r.UserId, r.Offset }).ToListAsync(ct)).ToHashSet();
            foreach (var checkpoint in owner)
            {
                foreach (var userId in team)
                {
                    var mine = settings.GetValueOrDefault(userId);
                    var today = NotificationSettings.Today(mine?.TimeZone, now);
                    var offset = checkpoint.DueDate.DayNumber - today.DayNumber;
                    var due = (mine?.ReminderDays ?? NotificationSettings.DefaultReminderDays).Contains(offset);
                    var missed = offset == ReminderSent.OverdueOffset;
                    if ((!due && !missed) || sent.Contains(new { checkpoint.CheckpointId, UserId = userId, Offset = offset }))
                    {
                        continue;
                    }
                    var item = $"«{checkpoint.Title}», пункт {checkpoint.Number} {checkpoint.Text}";
                    var (kind, title) = missed
                        ? (NotificationKind.CheckpointOverdue, $"Срок пропущен: {checkpoint.DueDate:dd.MM.yyyy}")
                        : (NotificationKind.CheckpointDue, $"Срок через {offset} {Days(offset)}: {checkpoint.DueDate:dd.MM.yyyy}");
                    db.Add(new ReminderSent(checkpoint.CheckpointId, userId, offset, now));
                    await notifier.NotifyAsync([userId], kind, title, item + (missed ? "\nОтчёт не отправлен. Отчитайтесь или отмените точку с указанием причины." : ""),
                        $"/Checkpoints/Details/{checkpoint.CheckpointId}", ct);
                    try
                    {
                        await db.SaveChangesAsync(ct);
                        written++;
                    }
                    catch (DbUpdateException)
                    {
                        // Another instance wrote this reminder first: its notification stands, ours is dropped.
                        db.ChangeTracker.Clear();
                        log.LogDebug("Напоминание {Checkpoint}/{User}/{Offset} уже отправлено другим экземпляром", checkpoint.CheckpointId, userId, offset);
                    }
                }
            }
        }
        return written;
    }

    private static string Days(int n) => n == 1 ? "день" : n is >= 2 and <= 4 ? "дня" : "дней";
}

/// <summary>Runs the reminders and the weekly digest every <c>Notifications:ReminderMinutes</c> (30 by default) in each instance.</summary>
public sealed class ReminderWorker(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ReminderWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Notifications:ReminderMinutes", 30.0);
        if (minutes <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<DigestJob>().RunAsync(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Напоминания о сроках прервались");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
