using Medk.Core.Common;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Documents;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Import;

/// <summary>
/// Turns a roadmap read from a document into Medk's roadmap: the item tree, the deadlines understood into
/// checkpoints, and the responsible parties resolved against the organizations and people around the
/// owner. Used by the import pages, the API, the CLI and the demo, so all four import alike.
/// </summary>
public sealed partial class RoadmapImportService(MedkDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The parties a roadmap may name: its owner's territory, the organizations above it, and the
    /// institutions attached to those (a municipal roadmap names the regional ИРО).
    /// </summary>
    public async Task<PartyMatcher> MatcherForAsync(Organization owner, CancellationToken ct)
    {
        var ancestorIds = OrganizationPath.Ids(owner.Path).ToArray();
        var path = owner.Path;
        var organizations = await db.Organizations.AsNoTracking()
            .Where(o => o.Path.StartsWith(path) || ancestorIds.Contains(o.Id)
                || (o.Kind == OrganizationKind.Institution && o.ParentId != null && ancestorIds.Contains(o.ParentId.Value)))
            .OrderBy(o => o.Id)
            .Select(o => new { o.Id, o.FullName, o.ShortName, o.Aliases })
            .Take(20_000)
            .ToListAsync(ct);
        var ids = organizations.Select(o => o.Id).ToArray();
        var people = await db.People.AsNoTracking().Where(p => ids.Contains(p.OrganizationId))
            .Select(p => new PersonCandidate(p.Id, p.FullName, p.ShortName)).ToListAsync(ct);
        return new PartyMatcher(organizations.Select(o => new OrganizationCandidate(o.Id, o.FullName, o.ShortName, o.Aliases)), people);
    }

    /// <summary>
    /// The organization a document's issuing body names, among <paramref name="candidates"/> (authorities and
    /// institutions the user may write for). Null when nothing fits clearly.
    /// </summary>
    public async Task<Organization?> GuessOwnerAsync(string? ownerText, IQueryable<Organization> candidates, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ownerText))
        {
            return null;
        }
        var list = await candidates.AsNoTracking().Where(o => o.Kind != OrganizationKind.School).OrderBy(o => o.Id).Take(5_000).ToListAsync(ct);
        var matcher = new PartyMatcher(list.Select(o => new OrganizationCandidate(o.Id, o.FullName, o.ShortName, o.Aliases)), []);
        if (matcher.Match(ownerText).OrganizationId is { } id)
        {
            return list.First(o => o.Id == id);
        }
        // Documents name the body at length («Управление образованием администрации МР «Сретенский район»
        // Забайкальского края»): the organization sharing most of its distinctive words wins, if clearly.
        var words = Words(ownerText);
        var scored = list
            .Select(o => (Org: o, Score: Words(o.FullName + " " + o.ShortName).Count(words.Contains)))
            .Where(x => x.Score >= 2)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Org.Level)
            .Take(2).ToList();
        return scored.Count switch
        {
            0 => null,
            1 => scored[0].Org,
            _ when scored[0].Score > scored[1].Score => scored[0].Org,
            _ => null,
        };
    }

    /// <summary>What each party of an imported item resolves to, for the preview.</summary>
    public static IReadOnlyList<IReadOnlyList<PartyMatch>> Resolve(ImportedRoadmap imported, PartyMatcher matcher) =>
        imported.Items.Select(i => matcher.MatchAll(i.Responsible)).ToList();

    /// <summary>
    /// Creates the roadmap with all its items in one transaction: all or nothing. A caller that has to change more
    /// in the same transaction (the import draft that goes) opens it; otherwise this opens its own.
    /// </summary>
    public async Task<Roadmap> CreateAsync(ImportedRoadmap imported, Organization owner, CancellationToken ct)
    {
        if (imported.Items.Count == 0)
        {
            throw new DomainException("В документе не найдено ни одного пункта дорожной карты: импортировать нечего.", "file");
        }
        var now = clock.GetUtcNow();
        var roadmap = new Roadmap(owner.Id, owner.Level, imported.Title, imported.Period.Start, imported.Period.End, now);
        if (imported.Approval is { } a)
        {
            roadmap.Describe(imported.Title, imported.Period.Start, imported.Period.End, new ApprovalDocument(a.Kind, a.Number, a.Date, a.Signatory), now);
        }
        roadmap.RememberSourceColumns(imported.Columns.Select(c => $"{c.Kind}:{c.Caption}"));
        var matcher = await MatcherForAsync(owner, ct);

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync(ct);

        // The importer gives depths in document order; a stack of open parents rebuilds the tree.
        var open = new List<RoadmapItem>();
        var parentOf = new Dictionary<RoadmapItem, RoadmapItem?>(ReferenceEqualityComparer.Instance);
        var childCount = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        var top = new object();
        foreach (var source in imported.Items)
        {
            var depth = Math.Clamp(source.Depth, 0, open.Count);
            open.RemoveRange(depth, open.Count - depth);
            var parent = open.Count > 0 ? open[^1] : null;
            object siblings = (object?)parent ?? top;
            var position = childCount.GetValueOrDefault(siblings);
            childCount[siblings] = position + 1;

            var item = new RoadmapItem(roadmap.Id, null, position, ContentOf(source));
            item.Understand(roadmap.Period);
            item.SetResponsibles(matcher.MatchAll(source.Responsible)
                .Where(m => m.Text.Length is > 0 and <= ItemResponsible.NameMaxLength)
                .Select(m => new ItemResponsible(m.Text, m.OrganizationId, m.PersonId)));
            parentOf[item] = parent;
            open.Add(item);
        }
        db.RoadmapItems.AddRange(parentOf.Keys);
        await db.SaveChangesAsync(ct);
        // Parents got their ids on the first save; children point at them on the second.
        foreach (var (item, parent) in parentOf)
        {
            if (parent is not null)
            {
                item.PlaceAt(parent.Id, item.Position);
            }
        }
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return roadmap;
    }

    /// <summary>An imported row as an item's content, clipped to the limits: the same for a new roadmap and a correction.</summary>
    public static ItemContent ContentOf(ImportedItem source) => new ItemContent(
        Clip(source.Number, RoadmapItem.NumberMaxLength), source.IsSection, Clip(source.Title, RoadmapItem.TextMaxLength) ?? "",
        Clip(source.ResponsibleText, RoadmapItem.FieldMaxLength), Clip(source.DeadlineText, RoadmapItem.FieldMaxLength),
        Clip(source.Result, RoadmapItem.FieldMaxLength), Levels(source.Levels)).Normalized();

    private static ImplementationLevels Levels(IEnumerable<string> names)
    {
        var result = ImplementationLevels.None;
        foreach (var name in names)
        {
            var n = name.ToLowerInvariant();
            result |= n.StartsWith("фед") || n.StartsWith("всерос") ? ImplementationLevels.Federal
                : n.StartsWith("рег") ? ImplementationLevels.Regional
                : n.StartsWith("мун") ? ImplementationLevels.Municipal
                : n.StartsWith("инст") ? ImplementationLevels.Institutional
                : ImplementationLevels.None;
        }
        return result;
    }

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";

    private static HashSet<string> Words(string text) =>
        SearchText.Fold(text).Split([' ', ',', '.', '(', ')', '-', '–'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3 && w is not ("администрации" or "образования" or "образованием" or "управление" or "муниципального" or "муниципальный"))
            .ToHashSet();
}
