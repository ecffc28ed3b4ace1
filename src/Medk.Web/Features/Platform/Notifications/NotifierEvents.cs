using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.FiveHundredPlus.Events;
using Medk.Core.FiveHundredPlus.Practices;
using Medk.Core.Monitoring.Reviews;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Notifications;
using Medk.Core.Platform.Organizations;
using Medk.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>
/// The notices of the «500+» work, expert review and roadmaps. Each is called by its service after the change and
/// before the save that commits it (inside the service's transaction when the object's id is needed for the link).
/// </summary>
public sealed partial class Notifier
{
    private const int TitleSubject = 120;

    /// <summary>A review sample gave reports to experts: each expert is told how many are theirs.</summary>
    public async Task ExpertsAssignedAsync(ReviewSample sample, CancellationToken ct)
    {
        var territory = await db.Organizations.AsNoTracking().Where(o => o.Id == sample.ScopeOrganizationId).Select(o => o.ShortName).FirstAsync(ct);
        foreach (var expert in sample.Assignments.GroupBy(a => a.ExpertId))
        {
            await NotifyAsync([expert.Key], NotificationKind.ExpertAssigned, $"Назначена экспертиза: {Format.Shorten(sample.Name, TitleSubject)}",
                $"Вам на проверку {Format.Count(expert.Count(), "отчёт", "отчёта", "отчётов")} из выборки «{sample.Name}»: {territory}, контрольные даты с {Format.Date(sample.From)} по {Format.Date(sample.To)}.",
                $"/Reviews/Sample/{sample.Id}", ct);
        }
    }

    /// <summary>A practice was offered: those who may moderate it (<see cref="Policies.ModeratePractice"/>), the nearest level.</summary>
    public async Task PracticeOfferedAsync(Practice practice, CancellationToken ct)
    {
        var origin = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == practice.OrganizationId, ct);
        var moderators = await recipients.NearestAllowedAsync(origin.Path, Policies.ModeratePractice, [practice.AuthorId, .. Acting], ct);
        await NotifyAsync(moderators, NotificationKind.PracticeToModerate, $"Практика ждёт модерации: {Format.Shorten(practice.Title, TitleSubject)}",
            $"{origin.ShortName}, автор {practice.AuthorName}.", $"/Practices/{practice.Id}", ct);
    }

    /// <summary>A practice was published or rejected: its author is told, with the moderator's comment.</summary>
    public async Task PracticeDecidedAsync(Practice practice, CancellationToken ct)
    {
        var title = practice.Status == PracticeStatus.Published ? "Практика опубликована" : "Практика отклонена";
        await NotifyAsync([practice.AuthorId], NotificationKind.PracticeDecided, $"{title}: {Format.Shorten(practice.Title, TitleSubject)}",
            practice.ModerationComment is { Length: > 0 } comment ? $"Комментарий: {comment}" : null, $"/Practices/{practice.Id}", ct);
    }

    /// <summary>
    /// A conceptual document was submitted (to those who confirm it: <see cref="Policies.ConfirmConcept"/>, the
    /// nearest level), or confirmed or returned with a comment (to the school team).
    /// </summary>
    public async Task ConceptAsync(ConceptDocument document, Organization school, string? comment, CancellationToken ct)
    {
        var what = $"{ConceptGlossary.Kind(document.Kind)} «{document.Title}», {school.ShortName}";
        var (to, title, text) = document.Status switch
        {
            Core.Monitoring.ReportStatus.Submitted => (await recipients.NearestAllowedAsync(school.Path, Policies.ConfirmConcept, Acting, ct),
                $"Документ ждёт подтверждения: {Format.Shorten(school.ShortName, TitleSubject)}", what),
            Core.Monitoring.ReportStatus.Confirmed => (await recipients.TeamAsync(school.Id, ct),
                $"Документ подтверждён: {Format.Shorten(document.Title, TitleSubject)}", what + (comment is { Length: > 0 } ? $"\nКомментарий: {comment}" : "")),
            Core.Monitoring.ReportStatus.Returned => (await recipients.TeamAsync(school.Id, ct),
                $"Документ возвращён на доработку: {Format.Shorten(document.Title, TitleSubject)}", $"Комментарий: {comment}\n{what}"),
            _ => throw new ArgumentOutOfRangeException(nameof(document), document.Status, "No notice for this step."),
        };
        await NotifyAsync(to, NotificationKind.ConceptDocument, title, text, $"/Concepts/Document/{document.Id}", ct);
    }

    /// <summary>A school was assigned to a curator: the curator and the school's team are told.</summary>
    public async Task CuratorAppointedAsync(Guid curatorId, Organization school, CancellationToken ct)
    {
        var curator = await db.Users.AsNoTracking().Where(u => u.Id == curatorId).Select(u => u.FullName).FirstAsync(ct);
        var municipality = school.ParentId is { } p ? await db.Organizations.AsNoTracking().Where(o => o.Id == p).Select(o => o.ShortName).FirstOrDefaultAsync(ct) : null;
        await NotifyAsync([curatorId], NotificationKind.CuratorAppointed, $"За вами закреплена школа: {Format.Shorten(school.ShortName, TitleSubject)}",
            municipality is null ? school.FullName : $"{school.FullName} ({municipality}).", $"/Curator#school-{school.Id}", ct);
        await NotifyAsync(await recipients.TeamAsync(school.Id, ct), NotificationKind.CuratorAppointed, $"Школе назначен куратор: {Format.Shorten(curator, TitleSubject)}",
            $"Куратор {curator} подтверждает отчёты {school.ShortName} и помогает школе.", $"/Organizations/Details/{school.Id}", ct);
    }

    /// <summary>
    /// A roadmap was approved (<paramref name="changes"/> null) or corrected after approval: those who carry it out
    /// below are told — the organizations whose roadmaps implement its items or that its items name as responsible —
    /// and the owner's team. A correction is told once until read: the history lists every later one.
    /// </summary>
    public async Task RoadmapChangedAsync(Core.Planning.Roadmaps.Roadmap roadmap, IReadOnlyList<string>? changes, CancellationToken ct)
    {
        var owner = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == roadmap.OwnerOrganizationId, ct);
        var items = db.RoadmapItems.Where(i => i.RoadmapId == roadmap.Id).Select(i => (int?)i.Id);
        var implementing = await db.RoadmapItems.AsNoTracking().Where(i => items.Contains(i.ImplementsItemId))
            .Join(db.Roadmaps, i => i.RoadmapId, r => r.Id, (i, r) => r.OwnerOrganizationId).Distinct().ToListAsync(ct);
        var ownerPath = owner.Path;
        var named = await db.RoadmapItems.AsNoTracking().Where(i => i.RoadmapId == roadmap.Id).SelectMany(i => i.Responsibles)
            .Where(r => r.OrganizationId != null).Select(r => r.OrganizationId!.Value)
            .Join(db.Organizations.Where(o => o.Path.StartsWith(ownerPath) && o.Id != owner.Id), id => id, o => o.Id, (id, o) => id)
            .Distinct().ToListAsync(ct);
        var people = await recipients.TeamsAsync([owner.Id, .. implementing, .. named], ct);
        var link = changes is null ? $"/Roadmaps/Details/{roadmap.Id}" : $"/Roadmaps/History/{roadmap.Id}";
        if (changes is not null)
        {
            var told = await db.Set<Notification>().AsNoTracking()
                .Where(n => n.Kind == NotificationKind.RoadmapChanged && n.Link == link && n.ReadAt == null && people.Contains(n.RecipientId))
                .Select(n => n.RecipientId).ToListAsync(ct);
            people = people.Except(told).ToList();
        }
        var subject = Format.Shorten(roadmap.Title, TitleSubject);
        var (title, text) = changes is null
            ? ($"Утверждена дорожная карта: {subject}",
                $"{owner.ShortName}, {Format.Period(roadmap.PeriodStart, roadmap.PeriodEnd)}" + (roadmap.Approval is { } a ? $", {a}." : "."))
            : ($"Изменена дорожная карта: {subject}", $"{owner.ShortName}:\n" + string.Join('\n', changes.Take(10).Select(c => "— " + Format.Shorten(c, 300)))
                + (changes.Count > 10 ? $"\nи ещё {changes.Count - 10}" : ""));
        await NotifyAsync(people, NotificationKind.RoadmapChanged, title, text, link, ct);
    }

    /// <summary>Organizations were invited to an event: their teams are told.</summary>
    public async Task InvitedAsync(ProjectEvent projectEvent, IReadOnlyCollection<int> organizationIds, CancellationToken ct)
    {
        var organizer = await db.Organizations.AsNoTracking().Where(o => o.Id == projectEvent.OrganizerId).Select(o => o.ShortName).FirstAsync(ct);
        var first = projectEvent.Occurrences.Select(o => (DateOnly?)o.Date).Min();
        var when = projectEvent.Occurrences.Count switch
        {
            0 => projectEvent.ScheduleText,
            1 => Format.Date(first),
            _ => $"{projectEvent.ScheduleText} (первое — {Format.Date(first)})",
        };
        await NotifyAsync(await recipients.TeamsAsync(organizationIds, ct), NotificationKind.EventInvitation,
            $"Приглашение: {Format.Shorten(projectEvent.Title, TitleSubject)}",
            $"{EventGlossary.Kind(projectEvent.Kind)}, организатор {organizer}. Когда: {when}.", $"/Events/{projectEvent.Id}", ct);
    }
}
