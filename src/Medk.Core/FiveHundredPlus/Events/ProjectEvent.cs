using Medk.Core.Common;
using Medk.Core.Planning.Schedules;

namespace Medk.Core.FiveHundredPlus.Events;

public enum EventKind
{
    Webinar,
    Seminar,
    Videoconference,
    Consultation,
}

/// <summary>
/// A webinar, seminar, ВКС or consultation organized by a municipality or region for the schools (or
/// municipalities) it invites, once or on a schedule written as in the roadmaps («еженедельно, пятница,
/// 15.00»). The phrase is kept as written; its dates within the year are the occurrences. The organizer's
/// coordinators record who attended each occurrence; the share present feeds indicators such as «участие
/// приняли не менее 90%».
/// </summary>
public class ProjectEvent
{
    public const int TitleMaxLength = 300;
    public const int ScheduleMaxLength = 300;
    public const int MaxOccurrences = 400;

    private readonly List<EventOccurrence> _occurrences = [];
    private readonly List<EventInvitation> _invitations = [];
    private readonly List<AttendanceMark> _attendance = [];

    private ProjectEvent()
    {
    }

    public ProjectEvent(string? title, EventKind kind, int organizerId, int year, string? scheduleText, Guid createdBy, DateTimeOffset now)
    {
        title = title?.Trim() ?? "";
        scheduleText = scheduleText?.Trim() ?? "";
        if (title.Length is 0 or > TitleMaxLength)
        {
            throw new DomainException($"Назовите мероприятие (до {TitleMaxLength} символов).", "title");
        }
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("Выберите вид мероприятия: вебинар, семинар, ВКС или консультация.", "kind");
        }
        if (year is < 2020 or > 2100)
        {
            throw new DomainException("Год мероприятия указан неверно.", "year");
        }
        if (scheduleText.Length is 0 or > ScheduleMaxLength)
        {
            throw new DomainException("Укажите дату или расписание, например «15.03.2022» или «еженедельно, пятница, 15.00».", "schedule");
        }
        var period = DatePeriod.Year(year);
        var schedule = ScheduleParser.Parse(scheduleText, period);
        // The parser keeps a date the phrase names outright («15.03.2021») even outside the period; an event's
        // occurrences are its dates within its year only.
        var dates = schedule.Checkpoints.Where(period.Contains).Distinct().Order().Take(MaxOccurrences).ToList();
        if (dates.Count == 0)
        {
            throw new DomainException($"Расписание «{scheduleText}» не дало ни одной даты в {year} году. {schedule.Warning}".TrimEnd(), "schedule");
        }
        Title = title;
        Kind = kind;
        OrganizerId = organizerId;
        Year = year;
        ScheduleText = scheduleText;
        Time = schedule.Time;
        CreatedBy = createdBy;
        CreatedAt = now;
        foreach (var date in dates)
        {
            _occurrences.Add(new EventOccurrence(date));
        }
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public EventKind Kind { get; private set; }

    /// <summary>The municipality or region that holds it; its coordinators record attendance.</summary>
    public int OrganizerId { get; private set; }
    public int Year { get; private set; }

    /// <summary>The schedule as the organizer wrote it.</summary>
    public string ScheduleText { get; private set; } = "";
    public TimeOnly? Time { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<EventOccurrence> Occurrences => _occurrences;
    public IReadOnlyList<EventInvitation> Invitations => _invitations;
    public IReadOnlyList<AttendanceMark> Attendance => _attendance;

    /// <summary>Invites an organization; the caller checks it lies within the organizer's territory.</summary>
    public void Invite(int organizationId)
    {
        if (organizationId == OrganizerId)
        {
            throw new DomainException("Организатор не приглашает сам себя: выберите школы или муниципалитеты.", "invited");
        }
        if (_invitations.All(i => i.OrganizationId != organizationId))
        {
            _invitations.Add(new EventInvitation(organizationId));
        }
    }

    /// <summary>Records whether an invited organization attended an occurrence; a second mark replaces the first.</summary>
    public void Record(DateOnly date, int organizationId, bool present, Guid by, DateTimeOffset now)
    {
        if (_occurrences.All(o => o.Date != date))
        {
            throw new DomainException($"{date:dd.MM.yyyy} мероприятие не проводилось по расписанию.", "date");
        }
        if (_invitations.All(i => i.OrganizationId != organizationId))
        {
            throw new DomainException("Эта организация не приглашена на мероприятие.", "organizationId");
        }
        var mark = _attendance.FirstOrDefault(a => a.Date == date && a.OrganizationId == organizationId);
        if (mark is null)
        {
            _attendance.Add(new AttendanceMark(date, organizationId, present, by, now));
        }
        else
        {
            mark.Change(present, by, now);
        }
    }

    /// <summary>Attendance over the occurrences recorded so far (see <see cref="AttendanceShare"/>).</summary>
    public AttendanceShare Share() => AttendanceShare.Of(_invitations.Select(i => i.OrganizationId), _attendance);

    /// <summary>
    /// One invited organization's attendance over the same recorded occurrences as <see cref="Share"/>: an occurrence
    /// marked for others but not for it counts as missed, so the organizations' shares add up to the event's.
    /// </summary>
    public AttendanceShare ShareOf(int organizationId) =>
        AttendanceShare.OfOne(organizationId, _invitations.Select(i => i.OrganizationId), _attendance);
}

public class EventOccurrence
{
    private EventOccurrence()
    {
    }

    public EventOccurrence(DateOnly date) => Date = date;

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public DateOnly Date { get; private set; }
}

public class EventInvitation
{
    private EventInvitation()
    {
    }

    public EventInvitation(int organizationId) => OrganizationId = organizationId;

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public int OrganizationId { get; private set; }
}

/// <summary>Whether an invited organization took part in one occurrence, and who recorded it.</summary>
public class AttendanceMark
{
    private AttendanceMark()
    {
    }

    public AttendanceMark(DateOnly date, int organizationId, bool present, Guid by, DateTimeOffset at)
    {
        Date = date;
        OrganizationId = organizationId;
        Change(present, by, at);
    }

    public int Id { get; private set; }
    public int EventId { get; private set; }
    public DateOnly Date { get; private set; }
    public int OrganizationId { get; private set; }
    public bool Present { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public void Change(bool present, Guid by, DateTimeOffset at)
    {
        Present = present;
        RecordedBy = by;
        RecordedAt = at;
    }
}

/// <summary>
/// The share of attendance: for every occurrence with at least one mark, each invited organization counts
/// once as expected (<see cref="Invited"/>) and once more as present when marked so (<see cref="Attended"/>).
/// Occurrences nobody recorded yet (future ones) do not lower the share.
/// </summary>
public sealed record AttendanceShare(int Invited, int Attended, int RecordedOccurrences)
{
    /// <summary>Rounded half up, as people round and as survey shares are (6.25 → 6.3).</summary>
    public decimal? Percent => Invited == 0 ? null : Math.Round(100m * Attended / Invited, 1, MidpointRounding.AwayFromZero);

    public static AttendanceShare Of(IEnumerable<int> invitedOrganizations, IEnumerable<AttendanceMark> marks)
    {
        var invited = invitedOrganizations.ToHashSet();
        var relevant = marks.Where(m => invited.Contains(m.OrganizationId)).ToList();
        var recorded = relevant.Select(m => m.Date).Distinct().Count();
        return new AttendanceShare(recorded * invited.Count, relevant.Count(m => m.Present), recorded);
    }

    /// <summary>The part of <see cref="Of"/> that falls to one invited organization; empty when it is not invited.</summary>
    public static AttendanceShare OfOne(int organizationId, IEnumerable<int> invitedOrganizations, IEnumerable<AttendanceMark> marks)
    {
        var invited = invitedOrganizations.ToHashSet();
        if (!invited.Contains(organizationId))
        {
            return new AttendanceShare(0, 0, 0);
        }
        var relevant = marks.Where(m => invited.Contains(m.OrganizationId)).ToList();
        var recorded = relevant.Select(m => m.Date).Distinct().Count();
        return new AttendanceShare(recorded, relevant.Count(m => m.OrganizationId == organizationId && m.Present), recorded);
    }
}

public static class EventGlossary
{
    public static string Kind(EventKind kind) => kind switch
    {
        EventKind.Webinar => "Вебинар",
        EventKind.Seminar => "Семинар",
        EventKind.Videoconference => "ВКС",
        EventKind.Consultation => "Консультация",
        _ => kind.ToString(),
    };
}
