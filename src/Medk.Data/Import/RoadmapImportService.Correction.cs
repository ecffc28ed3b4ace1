using System.Globalization;
using Medk.Core.Common;
using Medk.Core.Planning.Roadmaps;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Documents;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Import;

/// <summary>What a new version of a document did to a roadmap (decision 020).</summary>
/// <param name="RevisionNumber">The correction's number; null when the document changed nothing.</param>
/// <param name="Withdrawn">Items gone from the document but kept, excluded, because reports are attached to them.</param>
/// <param name="Deleted">Items gone from the document and deleted (nothing was reported on them).</param>
/// <param name="Lines">What the revision records, one line each.</param>
public sealed record RoadmapCorrection(Roadmap Roadmap, RoadmapDiff Diff, int? RevisionNumber, int Withdrawn, int Deleted, IReadOnlyList<string> Lines);

/// <summary>What applying a document to a roadmap would do; <see cref="Before"/> and <see cref="After"/> are what <see cref="Diff"/> indexes.</summary>
/// <param name="Live">The roadmap's live items in document order (<see cref="Before"/> is their content).</param>
/// <param name="Reported">Checkpoints of the roadmap that have reports attached.</param>
/// <param name="Withdrawn">Removed items that will stay, excluded, because reports hang on them or below them.</param>
/// <param name="Deleted">Removed items that will be deleted.</param>
public sealed record CorrectionPlan(RoadmapOutline Outline, IReadOnlyList<RoadmapItem> Live, IReadOnlyList<ItemContent> Before, IReadOnlyList<ItemContent> After,
    RoadmapDiff Diff, IReadOnlySet<int> Reported, IReadOnlyList<RoadmapItem> Withdrawn, IReadOnlyList<RoadmapItem> Deleted, IReadOnlyList<string> HeaderChanges)
{
    public bool IsEmpty => Diff.IsEmpty && HeaderChanges.Count == 0;
}

public sealed partial class RoadmapImportService
{
    /// <summary>
    /// The item contents of a roadmap as a new document is compared with them: live items in document order
    /// (excluded ones are history, not plan).
    /// </summary>
    public static IReadOnlyList<RoadmapItem> LiveItems(IEnumerable<RoadmapItem> items) =>
        new RoadmapOutline(items).Flatten().Select(x => x.Item).Where(i => !i.IsWithdrawn).ToList();

    /// <summary>
    /// Applies a new version of the roadmap's document as one numbered correction: items found again take the new
    /// wording (their checkpoints re-planned by <see cref="RoadmapItem.Understand"/>, which never drops a checkpoint with a
    /// report or with work on it), new items come with their checkpoints, the tree follows the new document, and items the
    /// document no longer has are deleted — unless reports are attached to them: then they stay, excluded with the reason
    /// (<see cref="RoadmapItem.Withdraw"/>). The whole is recorded as one revision with who and when, for a draft too.
    /// The caller checked the person may edit the roadmap; <paramref name="roadmap"/> is tracked.
    /// </summary>
    public async Task<RoadmapCorrection> UpdateAsync(Roadmap roadmap, Organization owner, ImportedRoadmap imported, string documentName,
        Guid byUserId, string byName, CancellationToken ct)
    {
        if (imported.Items.Count == 0)
        {
            throw new DomainException("В документе не найдено ни одного пункта дорожной карты: обновлять нечем.", "file");
        }
        roadmap.EnsureItemsEditable();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var plan = await PlanAsync(roadmap, imported, tracking: true, ct);
        var (outline, live, before, after, diff, reported) = (plan.Outline, plan.Live, plan.Before, plan.After, plan.Diff, plan.Reported);
        var withdrawn = plan.Withdrawn;
        var deleted = plan.Deleted;
        var removed = diff.Removed.Select(i => live[i]).ToHashSet(ReferenceEqualityComparer.Instance);

        var number = (await db.RoadmapRevisions.Where(r => r.RoadmapId == roadmap.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        var reason = $"Исключён корректировкой № {number} от {today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}: пункта нет в документе «{documentName}». Отчёты по нему сохранены.";
        var lines = plan.HeaderChanges.ToList();
        lines.AddRange(diff.Describe(before, after, i => removed.Contains(live[i]) && withdrawn.Contains(live[i])
            ? $"Исключён пункт {live[i].Number ?? "без номера"} «{Short(live[i].Text)}»: по нему есть отчёты, они сохранены, остальные его контрольные точки отменены"
            : $"Удалён пункт {live[i].Number ?? "без номера"} «{Short(live[i].Text)}»"));
        if (lines.Count == 0)
        {
            return new RoadmapCorrection(roadmap, diff, null, 0, 0, []);
        }

        roadmap.Describe(imported.Title, imported.Period.Start, imported.Period.End,
            imported.Approval is { } a ? new ApprovalDocument(a.Kind, a.Number, a.Date, a.Signatory) : roadmap.Approval, now);
        var matcher = await MatcherForAsync(owner, ct);
        var entities = new RoadmapItem[after.Count];
        foreach (var m in diff.Matches)
        {
            var item = entities[m.After] = live[m.Before];
            if (m.Changes.Any(c => c.Field == ItemField.Responsible))
            {
                item.SetResponsibles(Parties(matcher, imported.Items[m.After]));
            }
            item.Apply(after[m.After]);
        }
        foreach (var n in diff.Added)
        {
            var item = entities[n] = new RoadmapItem(roadmap.Id, null, 0, after[n]);
            item.SetResponsibles(Parties(matcher, imported.Items[n]));
            db.RoadmapItems.Add(item);
        }
        // Every live item reads its deadline again in the (possibly new) period; reported checkpoints stay.
        foreach (var item in entities)
        {
            item.Understand(roadmap.Period, reported);
        }
        await db.SaveChangesAsync(ct);

        // The tree follows the new document; excluded items stay under their old parent, after its current children.
        var counters = new Dictionary<int, int>();
        int Next(int? parentId)
        {
            var key = parentId ?? 0;
            var position = counters.GetValueOrDefault(key);
            counters[key] = position + 1;
            return position;
        }
        var open = new List<RoadmapItem>();
        for (var n = 0; n < entities.Length; n++)
        {
            var depth = Math.Clamp(imported.Items[n].Depth, 0, open.Count);
            open.RemoveRange(depth, open.Count - depth);
            var parentId = open.Count > 0 ? open[^1].Id : (int?)null;
            entities[n].PlaceAt(parentId, Next(parentId));
            open.Add(entities[n]);
        }
        var kept = outline.Flatten().Select(x => x.Item).Where(i => i.IsWithdrawn || withdrawn.Contains(i)).ToList();
        var deletedIds = deleted.Select(i => i.Id).ToHashSet();
        foreach (var item in kept)
        {
            var parentId = item.ParentId is { } p && !deletedIds.Contains(p) ? p : (int?)null;
            item.PlaceAt(parentId, Next(parentId));
        }
        foreach (var item in withdrawn)
        {
            item.Withdraw(reason, reported, today, now);
        }
        roadmap.Touch(now);
        db.RoadmapRevisions.Add(new RoadmapRevision(roadmap.Id, number, byUserId, byName, now, lines));
        await db.SaveChangesAsync(ct);

        if (deleted.Count > 0)
        {
            // Items of lower roadmaps that implemented a deleted item lose the link, not their existence.
            var ids = deletedIds.ToArray();
            await db.RoadmapItems.Where(i => i.ImplementsItemId != null && ids.Contains(i.ImplementsItemId.Value))
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.ImplementsItemId, (int?)null), ct);
            // Children first: a parent row is referenced by its children until they go.
            foreach (var level in deleted.GroupBy(i => Depth(outline, i)).OrderByDescending(g => g.Key))
            {
                db.RoadmapItems.RemoveRange(level);
                await db.SaveChangesAsync(ct);
            }
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return new RoadmapCorrection(roadmap, diff, number, withdrawn.Count, deleted.Count, lines);
    }

    /// <summary>
    /// What applying <paramref name="imported"/> to the roadmap would do, without doing it: the preview shows it, the
    /// correction carries it out. <paramref name="tracking"/> loads the items for change.
    /// </summary>
    public async Task<CorrectionPlan> PlanAsync(Roadmap roadmap, ImportedRoadmap imported, bool tracking, CancellationToken ct)
    {
        var query = db.RoadmapItems.Include(i => i.Responsibles).Include(i => i.Checkpoints).AsSplitQuery().Where(i => i.RoadmapId == roadmap.Id);
        var all = await (tracking ? query : query.AsNoTracking()).ToListAsync(ct);
        var reported = (await db.ProgressReports
            .Join(db.Checkpoints, r => r.CheckpointId, c => c.Id, (r, c) => c)
            .Join(db.RoadmapItems.Where(i => i.RoadmapId == roadmap.Id), c => c.ItemId, i => i.Id, (c, i) => c.Id)
            .Distinct().ToListAsync(ct)).ToHashSet();
        var outline = new RoadmapOutline(all);
        var live = LiveItems(all);
        var before = live.Select(i => i.Content).ToList();
        var after = imported.Items.Select(ContentOf).ToList();
        var diff = RoadmapDiff.Compare(before, after, roadmap.Period, imported.Period);

        // A removed item stays (excluded) when reports hang on it, or on a removed or excluded item below it.
        var removed = diff.Removed.Select(i => live[i]).ToHashSet(ReferenceEqualityComparer.Instance);
        var keeps = new Dictionary<RoadmapItem, bool>(ReferenceEqualityComparer.Instance);
        bool Keeps(RoadmapItem item)
        {
            if (!keeps.TryGetValue(item, out var keep))
            {
                keeps[item] = false;
                keep = item.IsWithdrawn || item.Checkpoints.Any(c => reported.Contains(c.Id))
                    || outline.ChildrenOf(item.Id).Any(c => (c.IsWithdrawn || removed.Contains(c)) && Keeps(c));
                keeps[item] = keep;
            }
            return keep;
        }
        return new CorrectionPlan(outline, live, before, after, diff, reported,
            live.Where(i => removed.Contains(i) && Keeps(i)).ToList(),
            live.Where(i => removed.Contains(i) && !Keeps(i)).ToList(),
            HeaderChanges(roadmap, imported));
    }

    private static List<string> HeaderChanges(Roadmap roadmap, ImportedRoadmap imported)
    {
        static string Period(DateOnly a, DateOnly b) => $"{a.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} – {b.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}";
        var lines = new List<string>();
        if (roadmap.Title != imported.Title.Trim())
        {
            lines.Add($"Название: «{roadmap.Title}» → «{imported.Title.Trim()}»");
        }
        if (roadmap.PeriodStart != imported.Period.Start || roadmap.PeriodEnd != imported.Period.End)
        {
            lines.Add($"Период: {Period(roadmap.PeriodStart, roadmap.PeriodEnd)} → {Period(imported.Period.Start, imported.Period.End)}");
        }
        if (imported.Approval is { } a)
        {
            var approval = new ApprovalDocument(a.Kind, a.Number, a.Date, a.Signatory).ToString();
            if (approval != roadmap.Approval?.ToString())
            {
                lines.Add($"Утверждающий документ: «{roadmap.Approval}» → «{approval}»");
            }
        }
        return lines;
    }

    private static IEnumerable<ItemResponsible> Parties(PartyMatcher matcher, ImportedItem source) =>
        matcher.MatchAll(source.Responsible)
            .Where(m => m.Text.Length is > 0 and <= ItemResponsible.NameMaxLength)
            .Select(m => new ItemResponsible(m.Text, m.OrganizationId, m.PersonId));

    private static int Depth(RoadmapOutline outline, RoadmapItem item)
    {
        var depth = 0;
        for (var p = item.ParentId; p is { } id && outline.Find(id) is { } parent && depth < 100; p = parent.ParentId)
        {
            depth++;
        }
        return depth;
    }

    private static string Short(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
