using System.Text;
using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Reporting;
using Medk.Core.Planning.Roadmaps;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Notifications;
using Medk.Core.FiveHundredPlus.Practices;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Medk.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>
/// The weekly letter, Monday from 7 a.m. in each person's zone: what their organization has due this week and what was
/// returned to it; what waits for their confirmation; for a coordinator, what is overdue below them grouped by
/// organization (one escalation letter instead of hundreds). Recorded with <see cref="DigestSent"/> in the same save,
/// so each person gets one per week whichever instance runs it.
/// </summary>
public sealed class DigestJob(MedkDbContext db, TimeProvider clock, IOptions<MailSettings> mail, PublicAddress address, UnsubscribeTokens unsubscribe,
    UserAdministration users, ILogger<DigestJob> log)
{
    public const int MorningHour = 7;
    private const int ItemsPerOrganization = 5;

    /// <summary>Sends the digests due at <paramref name="now"/> (the worker passes the clock; tests choose a Monday).</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (!mail.Value.IsConfigured)
        {
            return 0;
        }
        var people = await db.Users.AsNoTracking().Where(u => u.Email != null)
            .Where(u => db.RoleAssignments.Any(a => a.UserId == u.Id))
            .Select(u => new { u.Id, Email = u.Email!, u.FullName }).ToListAsync(ct);
        var settings = await db.Set<NotificationSettings>().AsNoTracking().ToDictionaryAsync(s => s.UserId, ct);
        var written = 0;
        foreach (var person in people)
        {
            var mine = settings.GetValueOrDefault(person.Id);
            if (mine?.Mails(NotificationKind.WeeklyDigest) == false)
            {
                continue;
            }
            var zone = mine?.TimeZone;
            var today = NotificationSettings.Today(zone, now);
            var localHour = LocalHour(zone, now);
            if (today.DayOfWeek != DayOfWeek.Monday || localHour < MorningHour
                || await db.Set<DigestSent>().AnyAsync(d => d.UserId == person.Id && d.PeriodStart == today, ct))
            {
                continue;
            }
            var body = await ComposeAsync(person.Id, today, ct);
            if (body is null)
            {
                continue; // nothing to tell: no letter
            }
            var title = $"Сводка на неделю с {today:dd.MM.yyyy}";
            var unsubscribeLink = unsubscribe.Link(person.Id, NotificationKind.WeeklyDigest);
            var letter = MailComposer.Compose(title, body, "Открыть Medk", address.Absolute("/"), "Письмо отправлено Medk автоматически по понедельникам.",
                ("Отписаться от сводки", unsubscribeLink), ("Настройки уведомлений", address.Absolute("/Notifications/Settings")));
            // Written at the real time, so the outbox sends it now whatever day the digest was composed for.
            var writtenAt = clock.GetUtcNow();
            db.Add(new DigestSent(person.Id, today, writtenAt));
            db.Add(new OutgoingMail(person.Email, "Medk: " + title, letter.Text, letter.Html, writtenAt, unsubscribeLink));
            try
            {
                await db.SaveChangesAsync(ct);
                written++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                log.LogDebug("Сводка для {User} уже отправлена другим экземпляром", person.Id);
            }
        }
        return written;
    }

    /// <summary>The digest's text for one person, or null when there is nothing in it.</summary>
    public async Task<string?> ComposeAsync(Guid userId, DateOnly today, CancellationToken ct)
    {
        var roles = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == userId)
            .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (a, o) => new { a.Role, o.Id, o.Path }).ToListAsync(ct);
        var text = new StringBuilder();
        var open = db.Checkpoints.AsNoTracking()
            .Where(c => CheckpointState.Open.Contains(c.Status))
            .Join(db.RoadmapItems, c => c.ItemId, i => i.Id, (c, i) => new { c, i })
            .Join(db.Roadmaps, x => x.i.RoadmapId, r => r.Id, (x, r) => new { x.c, x.i, r })
            .Where(x => RoadmapPhases.UnderWay.Contains(x.r.Status));

        var teams = roles.Where(r => RoleRules.CarriesOutRoadmaps(r.Role)).Select(r => r.Id).Distinct().ToList();
        if (teams.Count > 0)
        {
            var weekEnd = today.AddDays(6);
            var dueThisWeek = await open.Where(x => teams.Contains(x.r.OwnerOrganizationId) && x.c.DueDate >= today && x.c.DueDate <= weekEnd)
                .OrderBy(x => x.c.DueDate).Select(x => new { x.c.DueDate, x.i.Number, x.i.Text }).Take(20).ToListAsync(ct);
            if (dueThisWeek.Count > 0)
            {
                text.AppendLine("Срок на этой неделе:");
                dueThisWeek.ForEach(d => text.AppendLine($"  {Format.ShortDate(d.DueDate, today.Year)} — {d.Number} {Short(d.Text)}"));
                text.AppendLine();
            }
            var returned = await db.ProgressReports.AsNoTracking().CountAsync(r => teams.Contains(r.ReporterOrganizationId) && r.Status == ReportStatus.Returned, ct);
            if (returned > 0)
            {
                text.AppendLine($"Возвращено на доработку отчётов: {returned}.").AppendLine();
            }
        }

        var curated = await db.CuratorAssignments.AsNoTracking().Where(c => c.CuratorUserId == userId).Select(c => c.SchoolId).ToListAsync(ct);
        var coordinating = roles.Where(r => RoleRules.ConfirmsBelowItsRoot(r.Role)).ToList();
        var waiting = 0;
        if (curated.Count > 0)
        {
            waiting += await db.ProgressReports.AsNoTracking().CountAsync(r => r.Status == ReportStatus.Submitted && curated.Contains(r.ReporterOrganizationId), ct);
        }
        foreach (var level in coordinating)
        {
            waiting += await db.ProgressReports.AsNoTracking().Where(r => r.Status == ReportStatus.Submitted && !curated.Contains(r.ReporterOrganizationId))
                .Join(db.Organizations, r => r.ReporterOrganizationId, o => o.Id, (r, o) => o)
                .CountAsync(o => o.Path.StartsWith(level.Path) && o.Id != level.Id, ct);
        }
        if (waiting > 0)
        {
            text.AppendLine($"Ждут вашего подтверждения отчётов: {waiting}.").AppendLine();
        }

        var reviews = await db.ReviewAssignments.AsNoTracking().CountAsync(a => a.ExpertId == userId && a.CompletedAt == null, ct);
        if (reviews > 0)
        {
            text.AppendLine($"Ждут вашей экспертизы: {Format.Count(reviews, "отчёт", "отчёта", "отчётов")}.")
                .AppendLine($"  {address.Absolute("/Reviews")}").AppendLine();
        }

        var scope = await users.LoadScopeAsync(userId, ct);
        if (Policies.ModeratesPractices(scope))
        {
            // The same organizations as the moderation list (PracticeService): an authority only served by an institution is not moderated from it.
            var ids = db.Organizations.Manageable(scope).Select(o => o.Id);
            var pending = await db.Set<Practice>().AsNoTracking()
                .CountAsync(p => p.Status == PracticeStatus.Pending && p.AuthorId != userId && ids.Contains(p.OrganizationId), ct);
            if (pending > 0)
            {
                text.AppendLine($"Ждут вашей модерации: {Format.Count(pending, "практика", "практики", "практик")}.")
                    .AppendLine($"  {address.Absolute("/Practices/Moderation")}").AppendLine();
            }
        }

        foreach (var level in coordinating)
        {
            var overdue = await open.Where(x => x.c.DueDate < today)
                .Join(db.Organizations, x => x.r.OwnerOrganizationId, o => o.Id, (x, o) => new { x.c, x.i, o })
                .Where(x => x.o.Path.StartsWith(level.Path) && x.o.Id != level.Id)
                .Select(x => new { x.o.ShortName, x.c.DueDate, x.i.Number, x.i.Text })
                .ToListAsync(ct);
            if (overdue.Count == 0)
            {
                continue;
            }
            text.AppendLine($"Просрочено ниже вашего уровня: {overdue.Count} контрольных точек.");
            foreach (var organization in overdue.GroupBy(o => o.ShortName).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                text.AppendLine($"{organization.Key} — {organization.Count()}:");
                foreach (var item in organization.OrderBy(o => o.DueDate).Take(ItemsPerOrganization))
                {
                    text.AppendLine($"  {item.DueDate:dd.MM.yyyy} — {item.Number} {Short(item.Text)}");
                }
                if (organization.Count() > ItemsPerOrganization)
                {
                    text.AppendLine($"  и ещё {organization.Count() - ItemsPerOrganization}");
                }
            }
            text.AppendLine();
        }
        return text.Length == 0 ? null : text.ToString().TrimEnd();
    }

    private static int LocalHour(string? zone, DateTimeOffset now)
    {
        var info = zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found
            : TimeZoneInfo.TryFindSystemTimeZoneById(NotificationSettings.DefaultTimeZone, out var moscow) ? moscow : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(now, info).Hour;
    }

    private static string Short(string text) => text.Length > 150 ? text[..149] + "…" : text;
}
