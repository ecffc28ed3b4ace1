using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Medk.Core.FiveHundredPlus.Events;
using Medk.Core.Planning.Roadmaps;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Notifications;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>
/// iCalendar feeds for calendar programs (Thunderbird, Outlook, Яндекс Календарь), which cannot log in: the address
/// carries the person's secret (<see cref="NotificationSettings.CalendarToken"/>), renewed to revoke it. Checkpoints are
/// all-day events; an event whose dates repeat regularly is one VEVENT with an RRULE, otherwise one per date.
/// </summary>
public sealed class CalendarFeed(MedkDbContext db, CurrentUser current, UserAdministration users, PublicAddress address)
{
    public string Url(string token) => address.Absolute($"/api/calendar/{token}.ics");

    /// <summary>The signed-in person's feed address, or null when they have none.</summary>
    public async Task<string?> MyUrlAsync(CancellationToken ct)
    {
        var token = await db.Set<NotificationSettings>().AsNoTracking().Where(s => s.UserId == current.RequiredId)
            .Select(s => s.CalendarToken).FirstOrDefaultAsync(ct);
        return token is null ? null : Url(token);
    }

    /// <summary>A new secret address; the old one stops working.</summary>
    public async Task<string> RenewAsync(CancellationToken ct)
    {
        var settings = await db.Set<NotificationSettings>().FirstOrDefaultAsync(s => s.UserId == current.RequiredId, ct);
        if (settings is null)
        {
            settings = new NotificationSettings(current.RequiredId);
            db.Add(settings);
        }
        var token = settings.RenewCalendarToken();
        await db.SaveChangesAsync(ct);
        return Url(token);
    }

    public async Task RevokeAsync(CancellationToken ct)
    {
        var settings = await db.Set<NotificationSettings>().FirstOrDefaultAsync(s => s.UserId == current.RequiredId, ct);
        settings?.RevokeCalendarToken();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The checkpoints the person carries out (their organization's roadmaps) or confirms (their curated schools; for a
    /// coordinator, the organizations directly below), and the events their organizations are invited to or organize.
    /// Null when the token is unknown.
    /// </summary>
    public async Task<string?> PersonalAsync(string token, CancellationToken ct)
    {
        var settings = await FindAsync(token, ct);
        if (settings is null)
        {
            return null;
        }
        var roles = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == settings.UserId).Select(a => new { a.Role, a.OrganizationId }).ToListAsync(ct);
        var own = roles.Where(r => !RoleRules.WorksOnAssignedSchools(r.Role)).Select(r => r.OrganizationId).Distinct().ToList();
        var coordinating = roles.Where(r => RoleRules.ConfirmsBelowItsRoot(r.Role)).Select(r => r.OrganizationId).ToList();
        var curated = await db.CuratorAssignments.AsNoTracking().Where(c => c.CuratorUserId == settings.UserId).Select(c => c.SchoolId).ToListAsync(ct);
        var below = await db.Organizations.AsNoTracking().Where(o => o.ParentId != null && coordinating.Contains(o.ParentId.Value)).Select(o => o.Id).ToListAsync(ct);
        var confirmed = curated.Concat(below).Except(own).ToList();
        var owners = own.Concat(confirmed).ToList();

        var calendar = NewCalendar("Medk: мои сроки и мероприятия");
        var zone = settings.TimeZone ?? NotificationSettings.DefaultTimeZone;
        await AddCheckpointsAsync(calendar, db.Roadmaps.AsNoTracking().Where(r => owners.Contains(r.OwnerOrganizationId)), confirmed, ct);
        var events = await db.Set<ProjectEvent>().AsNoTracking().Include(e => e.Occurrences).AsSplitQuery()
            .Where(e => owners.Contains(e.OrganizerId) || coordinating.Contains(e.OrganizerId) || e.Invitations.Any(i => owners.Contains(i.OrganizationId)))
            .OrderBy(e => e.Id).Take(500).ToListAsync(ct);
        foreach (var e in events)
        {
            AddEvent(calendar, e, zone);
        }
        return Serialize(calendar, zone, events.Any(e => e.Time is not null));
    }

    /// <summary>One roadmap's checkpoints, for a person who may see the roadmap; null when the token is unknown or they may not.</summary>
    public async Task<string?> RoadmapAsync(string token, int roadmapId, CancellationToken ct)
    {
        var settings = await FindAsync(token, ct);
        if (settings is null)
        {
            return null;
        }
        var roadmap = await db.Roadmaps.AsNoTracking().Where(r => r.Id == roadmapId).Select(r => new { r.Title, r.Owner!.Path }).FirstOrDefaultAsync(ct);
        var scope = await users.LoadScopeAsync(settings.UserId, ct);
        if (roadmap is null || !scope.CanReadRoadmapOf(roadmap.Path))
        {
            return null;
        }
        var calendar = NewCalendar($"Medk: {roadmap.Title}");
        await AddCheckpointsAsync(calendar, db.Roadmaps.AsNoTracking().Where(r => r.Id == roadmapId), [], ct);
        return Serialize(calendar, settings.TimeZone ?? NotificationSettings.DefaultTimeZone, false);
    }

    private Task<NotificationSettings?> FindAsync(string token, CancellationToken ct) =>
        token.Length is < 16 or > NotificationSettings.CalendarTokenMaxLength
            ? Task.FromResult<NotificationSettings?>(null)
            : db.Set<NotificationSettings>().AsNoTracking().FirstOrDefaultAsync(s => s.CalendarToken == token, ct);

    private async Task AddCheckpointsAsync(Calendar calendar, IQueryable<Roadmap> roadmaps, IReadOnlyList<int> confirmedOwners, CancellationToken ct)
    {
        var rows = await roadmaps.Where(r => r.Status != RoadmapStatus.Draft)
            .Join(db.RoadmapItems, r => r.Id, i => i.RoadmapId, (r, i) => new { r, i })
            .Join(db.Checkpoints, x => x.i.Id, c => c.ItemId, (x, c) => new
            {
                c.Id, c.DueDate, c.Status, x.i.Number, x.i.Text, x.i.ResultText, RoadmapTitle = x.r.Title, Owner = x.r.Owner!.ShortName, x.r.OwnerOrganizationId,
            })
            .OrderBy(x => x.DueDate).Take(3000).ToListAsync(ct);
        foreach (var c in rows)
        {
            var confirming = confirmedOwners.Contains(c.OwnerOrganizationId);
            var evt = new CalendarEvent
            {
                Uid = $"checkpoint-{c.Id}@medk",
                Summary = (confirming ? $"Проверить: {c.Owner} — " : "Срок: ") + $"{c.Number} {Short(c.Text)}",
                Description = $"Дорожная карта «{c.RoadmapTitle}», исполнитель {c.Owner}." + (c.ResultText is null ? "" : $"\nРезультат: {c.ResultText}"),
                DtStart = new CalDateTime(c.DueDate.Year, c.DueDate.Month, c.DueDate.Day),
                DtEnd = new CalDateTime(c.DueDate.AddDays(1).Year, c.DueDate.AddDays(1).Month, c.DueDate.AddDays(1).Day),
                Url = new Uri(address.Absolute($"/Checkpoints/Details/{c.Id}")),
            };
            calendar.Events.Add(evt);
        }
    }

    private void AddEvent(Calendar calendar, ProjectEvent e, string zone)
    {
        var dates = e.Occurrences.Select(o => o.Date).Distinct().Order().ToList();
        var rule = Recurrence.Of(dates);
        var url = new Uri(address.Absolute($"/Events/Details/{e.Id}"));
        if (rule is not null)
        {
            var evt = EventOn(e, dates[0], zone, $"event-{e.Id}@medk", url);
            evt.RecurrenceRule = new RecurrencePattern(rule.Frequency, rule.Interval) { Count = dates.Count };
            calendar.Events.Add(evt);
            return;
        }
        foreach (var date in dates)
        {
            calendar.Events.Add(EventOn(e, date, zone, $"event-{e.Id}-{date:yyyyMMdd}@medk", url));
        }
    }

    private static CalendarEvent EventOn(ProjectEvent e, DateOnly date, string zone, string uid, Uri url)
    {
        var evt = new CalendarEvent { Uid = uid, Summary = e.Title, Description = $"Расписание: {e.ScheduleText}", Url = url };
        if (e.Time is { } time)
        {
            // The organizer's local time; Medk does not know the organizer's zone, so the feed owner's zone is used.
            evt.DtStart = new CalDateTime(date.Year, date.Month, date.Day, time.Hour, time.Minute, 0, zone);
            var end = date.ToDateTime(time).AddHours(1);
            evt.DtEnd = new CalDateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, 0, zone);
        }
        else
        {
            var next = date.AddDays(1);
            evt.DtStart = new CalDateTime(date.Year, date.Month, date.Day);
            evt.DtEnd = new CalDateTime(next.Year, next.Month, next.Day);
        }
        return evt;
    }

    private static Calendar NewCalendar(string name)
    {
        var calendar = new Calendar();
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", NotificationSettings.DefaultTimeZone);
        return calendar;
    }

    private static string Serialize(Calendar calendar, string zone, bool timed)
    {
        if (timed)
        {
            calendar.AddTimeZone(new VTimeZone(zone));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string Short(string text) => text.Length > 120 ? text[..119] + "…" : text;
}

/// <summary>A regular repetition found in a list of dates: every N days, weeks or months, the same count of times.</summary>
public sealed record Recurrence(FrequencyType Frequency, int Interval)
{
    /// <summary>The rule that expands to exactly these dates (from the first), or null when they are not regular.</summary>
    public static Recurrence? Of(IReadOnlyList<DateOnly> dates)
    {
        if (dates.Count < 3)
        {
            return null;
        }
        var steps = dates.Zip(dates.Skip(1), (a, b) => b.DayNumber - a.DayNumber).Distinct().ToList();
        if (steps.Count == 1)
        {
            return steps[0] % 7 == 0 ? new Recurrence(FrequencyType.Weekly, steps[0] / 7) : new Recurrence(FrequencyType.Daily, steps[0]);
        }
        var months = dates.Zip(dates.Skip(1), (a, b) => (b.Year * 12 + b.Month) - (a.Year * 12 + a.Month)).Distinct().ToList();
        return months.Count == 1 && months[0] > 0 && dates.All(d => d.Day == dates[0].Day) ? new Recurrence(FrequencyType.Monthly, months[0]) : null;
    }
}
