using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Events;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Medk.Web.Features.Platform.Notifications;
using Medk.Web.Features.FiveHundredPlus.Practices;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.FiveHundredPlus.Events;

public sealed record EventRow(int Id, string Title, EventKind Kind, string OrganizerName, string ScheduleText, int Year, int Occurrences, DateOnly? Next, int Invited);

public sealed record InvitedView(int OrganizationId, string Name, int Attended, int Recorded, decimal? Percent);

public sealed record MarkView(DateOnly Date, int OrganizationId, bool Present);

public sealed record EventView(int Id, string Title, EventKind Kind, int OrganizerId, string OrganizerName, int Year, string ScheduleText, TimeOnly? Time,
    IReadOnlyList<DateOnly> Occurrences, IReadOnlyList<InvitedView> Invited, IReadOnlyList<MarkView> Attendance, AttendanceShare Share, bool CanRecord);

public sealed record NewEventInput(string? Title, EventKind Kind, int OrganizerId, int? Year, string? Schedule, IReadOnlyList<int>? Invited);

public sealed record AttendanceInput(DateOnly Date, int OrganizationId, bool Present);

/// <summary>
/// Webinars, seminars, ВКС and consultations of a municipality or region for the schools and municipalities
/// it invites, with attendance per occurrence. Seen by the organizer's territory, the levels above it, and
/// the invited organizations; attendance is recorded by the organizer's coordinators.
/// </summary>
public sealed class EventService(MedkDbContext db, CurrentUser user, TimeProvider clock, Notifier notifications)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<Page<EventRow>> ListAsync(int? year, int? page, int? pageSize, CancellationToken ct)
    {
        var today = Today;
        var query = (await VisibleAsync(ct)).AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(e => e.Year == y);
        }
        return await query.Join(db.Organizations, e => e.OrganizerId, o => o.Id, (e, o) => new { e, o.ShortName })
            .OrderByDescending(x => x.e.Year).ThenBy(x => x.e.Title)
            .Select(x => new EventRow(x.e.Id, x.e.Title, x.e.Kind, x.ShortName, x.e.ScheduleText, x.e.Year,
                x.e.Occurrences.Count, x.e.Occurrences.Where(o => o.Date >= today).Min(o => (DateOnly?)o.Date), x.e.Invitations.Count))
            .ToPageAsync(page, pageSize, ct);
    }

    public async Task<EventView> GetAsync(int id, CancellationToken ct)
    {
        var (ev, organizer, scope) = await FindAsync(id, tracking: false, ct);
        var ids = ev.Invitations.Select(i => i.OrganizationId).ToArray();
        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.ShortName, o.Path }).ToListAsync(ct);
        var names = organizations.ToDictionary(o => o.Id, o => o.ShortName);
        // An invited school sees its own row, not its siblings'; the organizer's coordinators see all (issue 11).
        var seen = organizations.Where(o => Policies.SeesAttendanceOf(scope, organizer.Path, o.Path)).Select(o => o.Id).ToHashSet();
        var invited = ev.Invitations.Where(i => seen.Contains(i.OrganizationId))
            .Select(i => (i.OrganizationId, Share: ev.ShareOf(i.OrganizationId)))
            .Select(x => new InvitedView(x.OrganizationId, names.GetValueOrDefault(x.OrganizationId, "?"), x.Share.Attended, x.Share.RecordedOccurrences, x.Share.Percent))
            .OrderBy(x => x.Name).ToList();
        return new EventView(ev.Id, ev.Title, ev.Kind, organizer.Id, organizer.ShortName, ev.Year, ev.ScheduleText, ev.Time,
            ev.Occurrences.Select(o => o.Date).Order().ToList(), invited,
            ev.Attendance.Where(a => seen.Contains(a.OrganizationId)).OrderBy(a => a.Date).Select(a => new MarkView(a.Date, a.OrganizationId, a.Present)).ToList(),
            ev.Share(), Policies.MarkAttendance(scope, organizer.Path).IsAllowed);
    }

    /// <summary>Plans an event of an organization the user coordinates, inviting organizations strictly inside its territory.</summary>
    public async Task<EventView> CreateAsync(NewEventInput input, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var organizer = await db.Organizations.AsNoTracking().Visible(scope).FirstOrDefaultAsync(o => o.Id == input.OrganizerId, ct)
            ?? throw new DomainException("Организатор не найден или недоступен.", "organizerId");
        scope.Require(Policies.HoldEvent, organizer.Path);
        var ev = new ProjectEvent(input.Title, input.Kind, organizer.Id, input.Year ?? Today.Year, input.Schedule, user.RequiredId, clock.GetUtcNow());
        var wanted = (input.Invited ?? []).Distinct().ToArray();
        if (wanted.Length == 0)
        {
            throw new DomainException("Пригласите хотя бы одну школу или муниципалитет.", "invited");
        }
        var candidates = await InviteCandidates(organizer).Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        var outside = wanted.Except(candidates).ToList();
        if (outside.Count > 0)
        {
            throw new DomainException("Приглашать можно только школы и муниципалитеты территории организатора.", "invited");
        }
        foreach (var id in wanted)
        {
            ev.Invite(id);
        }
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Add(ev);
            await db.SaveChangesAsync(ct);
            await notifications.InvitedAsync(ev, wanted, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return await GetAsync(ev.Id, ct);
    }

    /// <summary>Records presence for occurrences and invited organizations; each mark replaces an earlier one.</summary>
    public async Task<EventView> RecordAsync(int id, IReadOnlyList<AttendanceInput> marks, CancellationToken ct)
    {
        var (ev, organizer, scope) = await FindAsync(id, tracking: true, ct);
        scope.Require(Policies.MarkAttendance, organizer.Path);
        var now = clock.GetUtcNow();
        foreach (var mark in marks ?? [])
        {
            ev.Record(mark.Date, mark.OrganizationId, mark.Present, user.RequiredId, now);
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>
    /// Attendance of an event for indicators such as «участие приняли не менее 90%»: <c>Invited</c> is the number of
    /// invited organizations times the occurrences recorded so far (an occurrence counts once anyone is marked for it;
    /// future ones are not held against anybody), <c>Attended</c> the marks «присутствовал» among them. The share is
    /// Attended ÷ Invited. 404 when the user does not see the event.
    /// </summary>
    public async Task<(int Invited, int Attended)> AttendanceAsync(int eventId, CancellationToken ct = default)
    {
        var (ev, _, _) = await FindAsync(eventId, tracking: false, ct);
        var share = ev.Share();
        return (share.Invited, share.Attended);
    }

    /// <summary>Organizations whose events the user may organize: those they coordinate (municipalities and regions).</summary>
    public async Task<IReadOnlyList<Option>> OrganizerOptionsAsync(CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var ids = Policies.EventOrganizers(scope).ToArray();
        return await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id) && o.Kind != OrganizationKind.School)
            .OrderBy(o => o.ShortName).Select(o => new Option(o.Id, o.ShortName)).ToListAsync(ct);
    }

    /// <summary>Schools and municipalities an organizer may invite (for the form).</summary>
    public async Task<IReadOnlyList<Option>> CandidatesAsync(int organizerId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var organizer = await db.Organizations.AsNoTracking().Readable(scope).FirstOrDefaultAsync(o => o.Id == organizerId, ct);
        if (organizer is null)
        {
            return [];
        }
        return await InviteCandidates(organizer).OrderBy(o => o.Level).ThenBy(o => o.ShortName).Take(2000)
            .Select(o => new Option(o.Id, o.ShortName)).ToListAsync(ct);
    }

    private IQueryable<Organization> InviteCandidates(Organization organizer)
    {
        var path = organizer.Path;
        return db.Organizations.AsNoTracking().Where(o => o.Path.StartsWith(path) && o.Id != organizer.Id
            && (o.Kind == OrganizationKind.School || (o.Kind == OrganizationKind.Authority && o.Level == OrganizationLevel.Municipality)));
    }

    private async Task<IQueryable<ProjectEvent>> VisibleAsync(CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        // No AsNoTracking here: inside a subquery it would make the whole query untracked, and attendance would not save.
        var events = db.Set<ProjectEvent>();
        if (scope.IsAdministrator)
        {
            return events;
        }
        var organizers = db.Organizations.Visible(scope).Select(o => o.Id);
        var readable = db.Organizations.Readable(scope).Select(o => o.Id);
        return events.Where(e => organizers.Contains(e.OrganizerId) || e.Invitations.Any(i => readable.Contains(i.OrganizationId)));
    }

    private async Task<(ProjectEvent Event, Organization Organizer, AccessScope Scope)> FindAsync(int id, bool tracking, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var visible = (await VisibleAsync(ct)).Where(e => e.Id == id).Select(e => e.Id);
        var events = db.Set<ProjectEvent>().Include(e => e.Occurrences).Include(e => e.Invitations).Include(e => e.Attendance).AsSplitQuery();
        var ev = await (tracking ? events : events.AsNoTracking()).FirstOrDefaultAsync(e => visible.Contains(e.Id), ct)
            ?? throw new NotFoundException("Мероприятие не найдено.");
        var organizer = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == ev.OrganizerId, ct);
        return (ev, organizer, scope);
    }
}
