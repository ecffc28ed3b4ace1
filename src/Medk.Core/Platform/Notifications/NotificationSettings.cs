using Medk.Core.Common;

namespace Medk.Core.Platform.Notifications;

/// <summary>
/// One person's choices: which kinds come by e-mail (all do unless switched off, the bell shows everything), how many
/// days before a checkpoint is due to be reminded, and the time zone their days are counted in (Russia spans eleven).
/// A person without a row has the defaults.
/// </summary>
public class NotificationSettings
{
    public const int ListMaxLength = 1000;
    public const int TimeZoneMaxLength = 64;
    public const int CalendarTokenMaxLength = 64;
    public const string DefaultTimeZone = "Europe/Moscow";

    /// <summary>The days before a due date a reminder may be sent on, and those chosen for a person who chose nothing.</summary>
    public static readonly IReadOnlyList<int> AllowedReminderDays = [7, 3, 1];

    public static readonly IReadOnlyList<int> DefaultReminderDays = [3, 1];

    private NotificationSettings()
    {
    }

    public NotificationSettings(Guid userId)
    {
        UserId = userId;
        ReminderDaysText = string.Join(',', DefaultReminderDays);
    }

    public Guid UserId { get; private set; }
    public string MailOffText { get; private set; } = "";
    public string ReminderDaysText { get; private set; } = "";
    public string? TimeZone { get; private set; }

    /// <summary>The secret in the person's calendar feed address; null until they ask for one, renewed to revoke.</summary>
    public string? CalendarToken { get; private set; }

    public IReadOnlyList<NotificationKind> MailOff => ParseKinds(MailOffText);

    public IReadOnlyList<int> ReminderDays => ParseDays(ReminderDaysText);

    public bool Mails(NotificationKind kind) => !MailOff.Contains(kind);

    public void SetMail(NotificationKind kind, bool on)
    {
        var off = MailOff.Where(k => k != kind).ToList();
        if (!on)
        {
            off.Add(kind);
        }
        MailOffText = string.Join(',', off.Order());
    }

    public void SetReminderDays(IEnumerable<int> days)
    {
        var chosen = days.Distinct().OrderDescending().ToList();
        if (chosen.Any(d => !AllowedReminderDays.Contains(d)))
        {
            throw new DomainException("Напоминать можно за 7, 3 или 1 день до срока.", "reminderDays");
        }
        ReminderDaysText = string.Join(',', chosen);
    }

    public void SetTimeZone(string? zone)
    {
        zone = string.IsNullOrWhiteSpace(zone) ? null : zone.Trim();
        if (zone is not null && (zone.Length > TimeZoneMaxLength || !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)))
        {
            throw new DomainException($"Неизвестный часовой пояс «{zone}»: укажите, например, Europe/Moscow или Asia/Irkutsk.", "timeZone");
        }
        TimeZone = zone;
    }

    /// <summary>A new secret for the calendar feed: the old address stops working.</summary>
    public string RenewCalendarToken()
    {
        CalendarToken = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        return CalendarToken;
    }

    public void RevokeCalendarToken() => CalendarToken = null;

    /// <summary>The person's today, by their zone (Moscow when not chosen or unknown on this server).</summary>
    public static DateOnly Today(string? zone, DateTimeOffset now)
    {
        var info = zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found
            : TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out var moscow) ? moscow : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, info).DateTime);
    }

    private static List<NotificationKind> ParseKinds(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => Enum.TryParse<NotificationKind>(k, out var kind) ? kind : (NotificationKind?)null)
            .OfType<NotificationKind>().ToList();

    private static List<int> ParseDays(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}

/// <summary>
/// A reminder that was sent: one per checkpoint, person and offset (days before the due date; −1 is the day after it
/// was missed). The unique key makes it once across instances: the second writer's whole save fails.
/// </summary>
public class ReminderSent
{
    public const int OverdueOffset = -1;

    private ReminderSent()
    {
    }

    public ReminderSent(int checkpointId, Guid userId, int offset, DateTimeOffset at)
    {
        CheckpointId = checkpointId;
        UserId = userId;
        Offset = offset;
        SentAt = at;
    }

    public long Id { get; private set; }
    public int CheckpointId { get; private set; }
    public Guid UserId { get; private set; }
    public int Offset { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}

/// <summary>
/// A digest that was sent to a person for a period (the week starting on <see cref="PeriodStart"/>): the unique key
/// makes it once across instances, as with reminders.
/// </summary>
public class DigestSent
{
    private DigestSent()
    {
    }

    public DigestSent(Guid userId, DateOnly periodStart, DateTimeOffset at)
    {
        UserId = userId;
        PeriodStart = periodStart;
        SentAt = at;
    }

    public long Id { get; private set; }
    public Guid UserId { get; private set; }
    public DateOnly PeriodStart { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
