using Medk.Core.Common;
using Medk.Core.Planning.Roadmaps;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Features.Platform.Notifications;
using Medk.Web.Features.Shared;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Planning.Roadmaps;

/// <summary>Roadmaps and their items, scoped to the user; shared by pages and API.</summary>
public sealed class RoadmapService(MedkDbContext db, CurrentUser user, TimeProvider clock, Notifier notifications)
{
    public async Task<Page<RoadmapRow>> ListAsync(RoadmapFilter filter, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var query = db.Roadmaps.AsNoTracking().Visible(db, scope);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = SearchText.Fold(filter.Search);
            query = query.Where(r => r.SearchText.Contains(term) || r.Owner!.SearchText.Contains(term));
        }
        if (filter.Level is { } level)
        {
            query = query.Where(r => r.Level == level);
        }
        if (filter.OwnerId is { } ownerId)
        {
            query = query.Where(r => r.OwnerOrganizationId == ownerId);
        }
        if (filter.Year is { } year)
        {
            var yearStart = new DateOnly(year, 1, 1);
            var yearEnd = new DateOnly(year, 12, 31);
            query = query.Where(r => r.PeriodStart <= yearEnd && r.PeriodEnd >= yearStart);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        return await query
            .OrderByDescending(r => r.PeriodStart).ThenBy(r => r.Level).ThenBy(r => r.Title)
            .Select(r => new RoadmapRow(r.Id, r.Title, r.OwnerOrganizationId, r.Owner!.ShortName, r.Level, r.PeriodStart, r.PeriodEnd, r.Status,
                r.Approval == null ? null : new ApprovalView(r.Approval.Kind, r.Approval.Number, r.Approval.Date, r.Approval.Signatory),
                db.RoadmapItems.Count(i => i.RoadmapId == r.Id && !i.IsSection)))
            .ToPageAsync(filter.Page, filter.PageSize, ct);
    }

    public async Task<RoadmapView> GetAsync(int id, CancellationToken ct)
    {
        var (roadmap, scope) = await FindAsync(id, tracking: false, ct);
        return View(roadmap, scope);
    }

    public async Task<RoadmapView> CreateAsync(RoadmapInput input, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var owner = await db.Organizations.AsNoTracking().Visible(scope).FirstOrDefaultAsync(o => o.Id == input.OwnerOrganizationId, ct)
            ?? throw new DomainException("Организация-владелец не найдена или недоступна.", "ownerOrganizationId");
        scope.Require(Policies.CreateRoadmap, owner.Path);
        var (start, end) = RequirePeriod(input);
        var roadmap = new Roadmap(owner.Id, owner.Level, input.Title, start, end, clock.GetUtcNow());
        roadmap.Describe(input.Title, start, end, Approval(input.Approval), clock.GetUtcNow());
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync(ct);
        return await GetAsync(roadmap.Id, ct);
    }

    public async Task<RoadmapView> UpdateAsync(int id, RoadmapInput input, CancellationToken ct)
    {
        var (roadmap, scope) = await FindWritableAsync(id, ct);
        db.ExpectVersion(roadmap, RequireVersion(input.Version));
        var (start, end) = RequirePeriod(input);
        var periodChanged = roadmap.PeriodStart != start || roadmap.PeriodEnd != end;
        var before = (roadmap.Title, Period: Shared.Format.Period(roadmap.PeriodStart, roadmap.PeriodEnd), Approval: roadmap.Approval?.ToString());
        roadmap.Describe(input.Title, start, end, Approval(input.Approval), clock.GetUtcNow());
        var changes = new List<string>();
        if (before.Title != roadmap.Title)
        {
            changes.Add($"Название: «{before.Title}» → «{roadmap.Title}»");
        }
        if (periodChanged)
        {
            changes.Add($"Период: {before.Period} → {Shared.Format.Period(roadmap.PeriodStart, roadmap.PeriodEnd)}");
        }
        if (before.Approval != roadmap.Approval?.ToString())
        {
            changes.Add($"Утверждающий документ: «{before.Approval}» → «{roadmap.Approval}»");
        }
        await TrackAsync(roadmap, changes, ct);
        if (periodChanged)
        {
            // Dates without a year and recurrences depend on the period: read every deadline again.
            foreach (var item in (await OutlineAsync(id, ct)).Flatten().Select(x => x.Item))
            {
                item.Understand(roadmap.Period);
            }
        }
        await db.SaveChangesAsync(ct);
        return View(roadmap, scope);
    }

    public async Task<RoadmapView> TransitionAsync(int id, TransitionInput input, CancellationToken ct)
    {
        var (roadmap, scope) = await FindWritableAsync(id, ct);
        db.ExpectVersion(roadmap, input.Version);
        roadmap.Move(input.Transition, clock.GetUtcNow());
        if (input.Transition == RoadmapTransition.Approve)
        {
            await notifications.RoadmapChangedAsync(roadmap, null, ct);
        }
        await db.SaveChangesAsync(ct);
        return View(roadmap, scope);
    }

    /// <summary>Only a draft is deleted; an approved roadmap is a record of what was decided.</summary>
    public async Task DeleteAsync(int id, CancellationToken ct)
    {
        var (roadmap, _) = await FindWritableAsync(id, ct);
        if (roadmap.Status != RoadmapStatus.Draft)
        {
            throw new DomainException("Удалить можно только черновик. Утверждённую дорожную карту можно завершить.");
        }
        db.Roadmaps.Remove(roadmap);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ItemView>> ItemsAsync(int roadmapId, CancellationToken ct)
    {
        await FindAsync(roadmapId, tracking: false, ct);
        var items = await db.RoadmapItems.AsNoTracking().Include(i => i.Responsibles).Include(i => i.Checkpoints)
            .AsSplitQuery().Where(i => i.RoadmapId == roadmapId).ToListAsync(ct);
        return new RoadmapOutline(items).Flatten().Select(x => ItemViewOf(x.Item, x.Depth)).ToList();
    }

    public async Task<ItemView> AddItemAsync(int roadmapId, ItemInput input, CancellationToken ct)
    {
        var (roadmap, _) = await FindWritableAsync(roadmapId, ct);
        roadmap.EnsureItemsEditable();
        var outline = await OutlineAsync(roadmapId, ct);
        EnsureParent(outline, input.ParentId);
        var item = new RoadmapItem(roadmapId, input.ParentId, outline.NextPosition(input.ParentId), Content(input));
        item.Understand(roadmap.Period);
        await ApplyLinksAsync(item, roadmap, input, ct);
        db.RoadmapItems.Add(item);
        await TrackAsync(roadmap, [$"Добавлен пункт {item.Number ?? "без номера"}: «{Format.Shorten(item.Text, 120)}»"], ct);
        roadmap.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ItemViewOf(item, 0);
    }

    public async Task<ItemView> UpdateItemAsync(int roadmapId, int itemId, ItemInput input, CancellationToken ct)
    {
        var (roadmap, _) = await FindWritableAsync(roadmapId, ct);
        roadmap.EnsureItemsEditable();
        var outline = await OutlineAsync(roadmapId, ct);
        var item = outline.Find(itemId)
            ?? throw new NotFoundException("Пункт не найден в этой дорожной карте.");
        db.ExpectVersion(item, RequireVersion(input.Version));
        var beforeContent = item.Content;
        var beforeParent = item.ParentId;
        item.Apply(Content(input));
        var itemChanges = RoadmapRevision.Describe(beforeContent.Number, beforeContent, item.Content).ToList();
        if (input.ParentId != beforeParent)
        {
            itemChanges.Add($"Пункт {item.Number ?? "без номера"} перемещён в {(input.ParentId is { } p ? $"раздел {outline.Find(p)?.Number}" : "верхний уровень")}");
        }
        await TrackAsync(roadmap, itemChanges, ct);
        item.Understand(roadmap.Period);
        if (input.ParentId != item.ParentId)
        {
            EnsureParent(outline, input.ParentId);
            outline.Reparent(itemId, input.ParentId);
        }
        await ApplyLinksAsync(item, roadmap, input, ct);
        roadmap.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ItemViewOf(item, 0);
    }

    /// <summary>Deletes the item with everything below it.</summary>
    public async Task DeleteItemAsync(int roadmapId, int itemId, CancellationToken ct)
    {
        var (roadmap, _) = await FindWritableAsync(roadmapId, ct);
        roadmap.EnsureItemsEditable();
        var outline = await OutlineAsync(roadmapId, ct);
        var subtree = outline.Subtree(itemId);
        if (subtree.Count == 0)
        {
            throw new NotFoundException("Пункт не найден в этой дорожной карте.");
        }
        var ids = subtree.Select(i => i.Id).ToList();
        // Items of lower roadmaps that implement a deleted item lose the link, not their existence.
        await db.RoadmapItems.Where(i => i.ImplementsItemId != null && ids.Contains(i.ImplementsItemId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ImplementsItemId, (int?)null), ct);
        db.RoadmapItems.RemoveRange(subtree);
        var removed = subtree[0];
        await TrackAsync(roadmap, [$"Удалён пункт {removed.Number ?? "без номера"} «{Format.Shorten(removed.Text, 120)}»{(subtree.Count > 1 ? $" вместе с вложенными ({subtree.Count - 1})" : "")}"], ct);
        roadmap.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task MoveItemAsync(int roadmapId, int itemId, MoveInput input, CancellationToken ct)
    {
        var (roadmap, _) = await FindWritableAsync(roadmapId, ct);
        roadmap.EnsureItemsEditable();
        var outline = await OutlineAsync(roadmapId, ct);
        switch (input.Direction?.ToLowerInvariant())
        {
            case "up":
                outline.Move(itemId, -1);
                break;
            case "down":
                outline.Move(itemId, +1);
                break;
            case null or "":
                EnsureParent(outline, input.ParentId);
                outline.Reparent(itemId, input.ParentId);
                break;
            default:
                throw new DomainException("Направление перемещения: up или down.", "direction");
        }
        var moved = outline.Find(itemId);
        await TrackAsync(roadmap, [$"Пункт {moved?.Number ?? "без номера"} перемещён {(input.Direction?.ToLowerInvariant()) switch { "up" => "выше", "down" => "ниже", _ => "в другой раздел" }}"], ct);
        roadmap.Touch(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Items of roadmaps above this one's owner that an item may implement (for the link picker).</summary>
    public async Task<IReadOnlyList<(int Id, string Label)>> HigherItemsAsync(int roadmapId, CancellationToken ct)
    {
        var (roadmap, scope) = await FindAsync(roadmapId, tracking: false, ct);
        var ancestors = OrganizationPath.Ancestors(roadmap.Owner!.Path).ToArray();
        var rows = await db.RoadmapItems.AsNoTracking()
            .Join(db.Roadmaps.Visible(db, scope), i => i.RoadmapId, r => r.Id, (i, r) => new { i, r })
            .Where(x => ancestors.Contains(x.r.Owner!.Path) && !x.i.IsSection)
            .OrderBy(x => x.r.Id).ThenBy(x => x.i.Id)
            .Select(x => new { x.i.Id, x.i.Number, x.i.Text, Owner = x.r.Owner!.ShortName, x.r.PeriodStart })
            .Take(2000)
            .ToListAsync(ct);
        return rows.Select(x => (x.Id, $"{x.Owner} {x.PeriodStart.Year}: {x.Number} {Format.Shorten(x.Text, 90)}")).ToList();
    }

    /// <summary>The corrections of a roadmap after its approval, newest first.</summary>
    public async Task<IReadOnlyList<RevisionView>> RevisionsAsync(int roadmapId, CancellationToken ct)
    {
        await FindAsync(roadmapId, tracking: false, ct);
        return await db.RoadmapRevisions.AsNoTracking().Where(r => r.RoadmapId == roadmapId).OrderByDescending(r => r.Number)
            .Select(r => new RevisionView(r.Number, r.ByName, r.At, r.Changes)).ToListAsync(ct);
    }

    /// <summary>Records a correction when the roadmap is approved or under way (drafts are not tracked).</summary>
    private async Task TrackAsync(Roadmap roadmap, IReadOnlyList<string> changes, CancellationToken ct)
    {
        if (changes.Count == 0 || !RoadmapRevision.IsTracked(roadmap.Status))
        {
            return;
        }
        var next = (await db.RoadmapRevisions.Where(r => r.RoadmapId == roadmap.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        var me = user.RequiredId;
        var name = await user.FullNameAsync(ct);
        db.RoadmapRevisions.Add(new RoadmapRevision(roadmap.Id, next, me, name, clock.GetUtcNow(), changes));
        await notifications.RoadmapChangedAsync(roadmap, changes, ct);
    }

    private async Task<(Roadmap Roadmap, AccessScope Scope)> FindAsync(int id, bool tracking, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var query = db.Roadmaps.Include(r => r.Owner).Visible(db, scope);
        if (!tracking)
        {
            query = query.AsNoTracking();
        }
        var roadmap = await query.FindVisibleAsync(r => r.Id == id, "Дорожная карта не найдена или недоступна.", ct);
        return (roadmap, scope);
    }

    private async Task<(Roadmap Roadmap, AccessScope Scope)> FindWritableAsync(int id, CancellationToken ct)
    {
        var (roadmap, scope) = await FindAsync(id, tracking: true, ct);
        scope.Require(Policies.EditRoadmap, roadmap.Owner!.Path);
        return (roadmap, scope);
    }

    private async Task<RoadmapOutline> OutlineAsync(int roadmapId, CancellationToken ct) =>
        new(await db.RoadmapItems.Include(i => i.Responsibles).Include(i => i.Checkpoints).AsSplitQuery()
            .Where(i => i.RoadmapId == roadmapId).ToListAsync(ct));

    private static void EnsureParent(RoadmapOutline outline, int? parentId)
    {
        if (parentId is { } p && outline.Subtree(p).Count == 0)
        {
            throw new DomainException("Родительский пункт не найден в этой дорожной карте.", "parentId");
        }
    }

    private async Task ApplyLinksAsync(RoadmapItem item, Roadmap roadmap, ItemInput input, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        if (input.ImplementsItemId is { } higherId)
        {
            var ancestors = OrganizationPath.Ancestors(roadmap.Owner!.Path).ToArray();
            var ok = await db.RoadmapItems
                .Join(db.Roadmaps.Visible(db, scope), i => i.RoadmapId, r => r.Id, (i, r) => new { i, r })
                .AnyAsync(x => x.i.Id == higherId && ancestors.Contains(x.r.Owner!.Path), ct);
            if (!ok)
            {
                throw new DomainException("Пункт может исполнять только пункт дорожной карты вышестоящей организации.", "implementsItemId");
            }
        }
        item.LinkTo(input.ImplementsItemId);
        if (input.Responsibles is { } parties)
        {
            var orgIds = parties.Where(p => p.OrganizationId is not null).Select(p => p.OrganizationId!.Value).Distinct().ToArray();
            var visible = await db.Organizations.Visible(scope).Where(o => orgIds.Contains(o.Id)).CountAsync(ct);
            if (visible != orgIds.Length)
            {
                throw new DomainException("Среди ответственных есть организация, которая не найдена или недоступна.", "responsibles");
            }
            var personIds = parties.Where(p => p.PersonId is not null).Select(p => p.PersonId!.Value).Distinct().ToArray();
            var people = await db.People.Where(p => personIds.Contains(p.Id))
                .Join(db.Organizations.Visible(scope), p => p.OrganizationId, o => o.Id, (p, o) => p.Id).CountAsync(ct);
            if (people != personIds.Length)
            {
                throw new DomainException("Среди ответственных есть человек, который не найден или недоступен.", "responsibles");
            }
            item.SetResponsibles(parties.Select(p => new ItemResponsible(p.Name, p.OrganizationId, p.PersonId)));
        }
    }

    private static ItemContent Content(ItemInput input) =>
        new ItemContent(input.Number, input.IsSection, input.Text ?? "", input.ResponsibleText, input.DeadlineText, input.ResultText,
            LevelNames.Parse(input.Levels)).Normalized();

    private static (DateOnly Start, DateOnly End) RequirePeriod(RoadmapInput input)
    {
        if (input.PeriodStart is not { } start)
        {
            throw new DomainException("Укажите начало периода.", "periodStart");
        }
        if (input.PeriodEnd is not { } end)
        {
            throw new DomainException("Укажите окончание периода.", "periodEnd");
        }
        return (start, end);
    }

    private static int RequireVersion(int? version) =>
        version ?? throw new DomainException("Укажите версию, которую вы изменяете (поле version).", "version");

    private static ApprovalDocument? Approval(ApprovalView? a) =>
        a is null || (string.IsNullOrWhiteSpace(a.Number) && a.Date is null && string.IsNullOrWhiteSpace(a.Signatory))
            ? null
            : new ApprovalDocument(a.Kind, a.Number, a.Date, a.Signatory);

    private static RoadmapView View(Roadmap r, AccessScope scope)
    {
        var canEdit = Policies.EditRoadmap(scope, r.Owner!.Path).IsAllowed;
        return new RoadmapView(r.Id, r.Title, r.OwnerOrganizationId, r.Owner.ShortName, r.Owner.Path, r.Level, r.PeriodStart, r.PeriodEnd, r.Status,
            r.Approval is { } a ? new ApprovalView(a.Kind, a.Number, a.Date, a.Signatory) : null,
            r.Version, r.CreatedAt, r.UpdatedAt, canEdit,
            canEdit ? RoadmapWorkflow.Available(r.Status).ToList() : []);
    }

    private ItemView ItemViewOf(RoadmapItem i, int depth) =>
        new(i.Id, i.ParentId, i.Position, depth, i.Number, i.IsSection, i.Text, i.ResponsibleText, i.DeadlineText, i.ResultText,
            LevelNames.ToNames(i.Levels), i.ImplementsItemId,
            i.Responsibles.Select(r => new ResponsibleView(r.NameAsWritten, r.OrganizationId, r.PersonId)).ToList(),
            i.DeadlineKind is { } kind
                ? new DeadlineView(kind.ToString().ToLowerInvariant(), i.DeadlineStart, i.DeadlineTime, i.DeadlineWarning,
                    i.Checkpoints.Select(c => c.DueDate).Order().ToList())
                : null,
            i.IndicatorKind is { } indicator
                ? new IndicatorView(indicator.ToString().ToLowerInvariant(), i.IndicatorComparator?.ToString().ToLowerInvariant(), i.IndicatorTarget, i.IndicatorUnit)
                : null,
            i.Checkpoints.OrderBy(c => c.DueDate).Select(c => new CheckpointRef(c.Id, c.DueDate, c.StatusOn(Today))).ToList(),
            i.Version, i.WithdrawalReason);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

}
