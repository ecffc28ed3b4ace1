using Medk.Core.Platform.Access;
using Medk.Core.Platform.Notifications;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Features.Shared;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>
/// Tells people what happened. Other services call it just before their own <c>SaveChangesAsync</c>: it only adds
/// rows (notifications and, when mail is configured, letters to the outbox) to the same context, so the change and
/// its notice are written together or not at all. The person who acted is never notified of their own action.
/// </summary>
public sealed partial class Notifier(MedkDbContext db, CurrentUser current, TimeProvider clock, IOptions<MailSettings> mail, PublicAddress address,
    UnsubscribeTokens unsubscribe, Recipients recipients)
{

    /// <summary>Adds one notification per recipient (and its letter); nothing is saved here.</summary>
    public async Task NotifyAsync(IEnumerable<Guid> recipients, NotificationKind kind, string title, string? text, string link, CancellationToken ct)
    {
        var ids = recipients.Distinct().Where(id => id != current.Id).ToList();
        if (ids.Count == 0)
        {
            return;
        }
        var now = clock.GetUtcNow();
        foreach (var id in ids)
        {
            db.Add(new Notification(id, kind, title, text, link, now));
        }
        if (!mail.Value.IsConfigured)
        {
            return;
        }
        var people = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Id, Email = u.Email! }).ToListAsync(ct);
        var mailOff = await db.Set<NotificationSettings>().AsNoTracking().Where(s => ids.Contains(s.UserId))
            .ToDictionaryAsync(s => s.UserId, s => !s.Mails(kind), ct);
        foreach (var person in people.Where(p => !mailOff.GetValueOrDefault(p.Id)))
        {
            AddLetter(person.Id, person.Email, kind, title, text, link, now);
        }
    }

    /// <summary>A letter about one notification to one person, with the link to unsubscribe from its kind.</summary>
    public void AddLetter(Guid userId, string email, NotificationKind kind, string title, string? text, string link, DateTimeOffset now)
    {
        var unsubscribeLink = unsubscribe.Link(userId, kind);
        var letter = MailComposer.Compose(title, text, "Открыть в Medk", address.Absolute(link),
            "Письмо отправлено Medk автоматически.",
            ($"Отписаться от писем «{NotificationGlossary.Kind(kind)}»", unsubscribeLink),
            ("Настройки уведомлений", address.Absolute("/Notifications/Settings")));
        db.Add(new OutgoingMail(email, "Medk: " + letter.Subject, letter.Text, letter.Html, now, unsubscribeLink));
    }

    /// <summary>
    /// A report on a checkpoint was submitted (to those who confirm it), confirmed or returned (to the team of the
    /// reporting organization). Call after the report changed and before saving.
    /// </summary>
    public async Task ReportAsync(NotificationKind kind, int checkpointId, string? comment, CancellationToken ct)
    {
        var about = await db.Checkpoints.AsNoTracking().Where(c => c.Id == checkpointId)
            .Join(db.RoadmapItems, c => c.ItemId, i => i.Id, (c, i) => new { c, i })
            .Join(db.Roadmaps, x => x.i.RoadmapId, r => r.Id, (x, r) => new
            {
                x.c.DueDate, x.i.Number, x.i.Text, r.Title, r.OwnerOrganizationId, OwnerName = r.Owner!.ShortName, OwnerPath = r.Owner.Path,
            })
            .FirstAsync(ct);
        var item = $"«{about.Title}», пункт {about.Number} {Format.Shorten(about.Text, 200)} (срок {about.DueDate:dd.MM.yyyy})";
        var link = $"/Checkpoints/Details/{checkpointId}";
        var (recipients, title, text) = kind switch
        {
            NotificationKind.ReportSubmitted => (await ConfirmersAsync(about.OwnerPath, ct),
                $"Отчёт ждёт подтверждения: {about.OwnerName}", item),
            NotificationKind.ReportConfirmed => (await TeamAsync(about.OwnerOrganizationId, ct),
                "Отчёт подтверждён", item + (comment is null ? "" : $"\nКомментарий: {comment}")),
            NotificationKind.ReportReturned => (await TeamAsync(about.OwnerOrganizationId, ct),
                "Отчёт возвращён на доработку", $"Комментарий: {comment}\n{item}"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a report notification."),
        };
        await NotifyAsync(recipients, kind, title, text, link, ct);
    }

    /// <summary>Those who carry out an organization's roadmaps: the holders of a writing role in it.</summary>
    public Task<IReadOnlyList<Guid>> TeamAsync(int organizationId, CancellationToken ct) => recipients.TeamAsync(organizationId, ct);

    /// <summary>
    /// Who confirms a report of the organization (<see cref="Policies.ConfirmReport"/>): its curators, and the
    /// coordinators of the nearest level above that has any. Coordinators higher up may confirm too, but a federal
    /// coordinator told of every school's report would stop reading; they see the waiting list instead.
    /// </summary>
    public Task<IReadOnlyList<Guid>> ConfirmersAsync(string organizationPath, CancellationToken ct) =>
        recipients.NearestAllowedAsync(organizationPath, Policies.ConfirmReport, Acting, ct);

    /// <summary>The person acting now, left out of «who else may do it» (they are never told of their own action).</summary>
    private Guid[] Acting => current.Id is { } id ? [id] : [];
}

/// <summary>The address people reach Medk at (<c>Medk:PublicUrl</c>), for links in letters and calendars.</summary>
public sealed class PublicAddress(IConfiguration configuration)
{
    public string Base => (configuration["Medk:PublicUrl"] is { Length: > 0 } url ? url : "http://localhost:5000").TrimEnd('/');

    public string Absolute(string link) => Base + link;
}
