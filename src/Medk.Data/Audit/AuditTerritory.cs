using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.FiveHundredPlus.Curators;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.FiveHundredPlus.Events;
using Medk.Core.FiveHundredPlus.Practices;
using Medk.Core.FiveHundredPlus.Risks;
using Medk.Core.FiveHundredPlus.Surveys;
using Medk.Core.Monitoring.Reporting;
using Medk.Core.Monitoring.Reviews;
using Medk.Core.Planning.Roadmaps;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Audit;

/// <summary>
/// The organization a journaled row belongs to, as a materialized path, so that a coordinator reads the journal of their
/// territory (decision 026). The one map from a row to its organization: a row names an organization directly
/// (<c>SchoolId</c>, <c>OwnerOrganizationId</c>…) or the object it belongs to (<c>RoadmapId</c>, <c>ItemId</c>,
/// <c>CycleId</c>…), which names one in turn. A new entity is covered by its foreign keys' names; one whose key means
/// something else gets a line in <see cref="Preferred"/>.
/// </summary>
public sealed class AuditTerritory(MedkDbContext db)
{
    private enum Anchor
    {
        Organization,
        Roadmap,
        Item,
        Checkpoint,
        Cycle,
        Event,
        RiskProfile,
        Sample,
        SurveyRound,
        Report,
        Concept,
        Practice,
        CuratorVisit,
        CuratorReport,
        User,
    }

    /// <summary>Foreign keys in the order they are tried: an organization named directly wins over an object above.</summary>
    private static readonly (string Property, Anchor Anchor)[] Links =
    [
        ("OwnerOrganizationId", Anchor.Organization),
        ("ReporterOrganizationId", Anchor.Organization),
        ("SchoolId", Anchor.Organization),
        ("RegionId", Anchor.Organization),
        ("OrganizerId", Anchor.Organization),
        ("ScopeOrganizationId", Anchor.Organization),
        ("OrganizationId", Anchor.Organization),
        ("RoadmapId", Anchor.Roadmap),
        ("ItemId", Anchor.Item),
        ("CheckpointId", Anchor.Checkpoint),
        ("CycleId", Anchor.Cycle),
        ("EventId", Anchor.Event),
        ("RiskProfileId", Anchor.RiskProfile),
        ("SampleId", Anchor.Sample),
        ("SurveyRoundId", Anchor.SurveyRound),
        ("ReportId", Anchor.Report),
        ("ProgressReportId", Anchor.Report),
        ("DocumentId", Anchor.Concept),
        ("ConceptDocumentId", Anchor.Concept),
        ("PracticeId", Anchor.Practice),
        ("CuratorVisitId", Anchor.CuratorVisit),
        ("CuratorReportId", Anchor.CuratorReport),
        ("CuratorUserId", Anchor.User),
        ("UserId", Anchor.User),
    ];

    /// <summary>Rows whose first matching key is not their owner: a responsible party names the organization responsible, not the roadmap's owner.</summary>
    private static readonly Dictionary<Type, string> Preferred = new()
    {
        [typeof(ItemResponsible)] = "ItemId",
    };

    private readonly Dictionary<(Anchor, object), string?> _cache = [];

    /// <summary>The path of the organization the row belongs to; null when it belongs to none (an account without roles).</summary>
    public async Task<string?> PathAsync(Type type, IReadOnlyDictionary<string, object?> values, CancellationToken ct)
    {
        if (type == typeof(Organization))
        {
            var own = values.GetValueOrDefault(nameof(Organization.Path)) as string;
            return !string.IsNullOrEmpty(own) ? own
                : values.GetValueOrDefault(nameof(Organization.ParentId)) is { } parent ? await ResolveAsync(Anchor.Organization, parent, ct) : null;
        }
        if (type == typeof(MedkUser))
        {
            return values.GetValueOrDefault(nameof(MedkUser.Id)) is { } id ? await ResolveAsync(Anchor.User, id, ct) : null;
        }
        if (Preferred.TryGetValue(type, out var preferred) && values.GetValueOrDefault(preferred) is { } preferredKey)
        {
            return await ResolveAsync(Links.First(l => l.Property == preferred).Anchor, preferredKey, ct);
        }
        foreach (var (property, anchor) in Links)
        {
            if (values.GetValueOrDefault(property) is { } key)
            {
                return await ResolveAsync(anchor, key, ct);
            }
        }
        return null;
    }

    /// <summary>The path of an account: the first organization where it holds a role.</summary>
    public Task<string?> PathOfUserAsync(Guid userId, CancellationToken ct) => ResolveAsync(Anchor.User, userId, ct);

    private async Task<string?> ResolveAsync(Anchor anchor, object key, CancellationToken ct)
    {
        if (_cache.TryGetValue((anchor, key), out var cached))
        {
            return cached;
        }
        var path = await LookUpAsync(anchor, key, ct);
        _cache[(anchor, key)] = path;
        return path;
    }

    private async Task<string?> LookUpAsync(Anchor anchor, object key, CancellationToken ct)
    {
        if (anchor == Anchor.User)
        {
            var userId = (Guid)key;
            return await db.Set<RoleAssignment>().AsNoTracking().Where(r => r.UserId == userId)
                .Join(db.Organizations, r => r.OrganizationId, o => o.Id, (_, o) => o.Path)
                .OrderBy(p => p).FirstOrDefaultAsync(ct);
        }
        var id = Convert.ToInt32(key);
        int? organizationId = anchor switch
        {
            Anchor.Organization => id,
            Anchor.Roadmap => await One(db.Roadmaps.Where(r => r.Id == id).Select(r => (int?)r.OwnerOrganizationId), ct),
            Anchor.Item => await One(db.RoadmapItems.Where(i => i.Id == id)
                .Join(db.Roadmaps, i => i.RoadmapId, r => r.Id, (_, r) => (int?)r.OwnerOrganizationId), ct),
            Anchor.Checkpoint => await One(db.Checkpoints.Where(c => c.Id == id)
                .Join(db.RoadmapItems, c => c.ItemId, i => i.Id, (_, i) => i.RoadmapId)
                .Join(db.Roadmaps, r => r, r => r.Id, (_, r) => (int?)r.OwnerOrganizationId), ct),
            Anchor.Cycle => await One(db.Set<Cycle>().Where(c => c.Id == id).Select(c => (int?)c.RegionId), ct),
            Anchor.Event => await One(db.Set<ProjectEvent>().Where(e => e.Id == id).Select(e => (int?)e.OrganizerId), ct),
            Anchor.RiskProfile => await One(db.Set<RiskProfile>().Where(p => p.Id == id).Select(p => (int?)p.SchoolId), ct),
            Anchor.Sample => await One(db.Set<ReviewSample>().Where(s => s.Id == id).Select(s => (int?)s.ScopeOrganizationId), ct),
            Anchor.SurveyRound => await One(db.Set<SurveyRound>().Where(r => r.Id == id)
                .Join(db.Set<Cycle>(), r => r.CycleId, c => c.Id, (_, c) => (int?)c.RegionId), ct),
            Anchor.Report => await One(db.Set<ProgressReport>().Where(r => r.Id == id).Select(r => (int?)r.ReporterOrganizationId), ct),
            Anchor.Concept => await One(db.Set<ConceptDocument>().Where(d => d.Id == id).Select(d => (int?)d.SchoolId), ct),
            Anchor.Practice => await One(db.Set<Practice>().Where(p => p.Id == id).Select(p => (int?)p.OrganizationId), ct),
            Anchor.CuratorVisit => await One(db.Set<CuratorVisit>().Where(v => v.Id == id).Select(v => (int?)v.SchoolId), ct),
            Anchor.CuratorReport => await One(db.Set<CuratorReport>().Where(r => r.Id == id).Select(r => (int?)r.SchoolId), ct),
            _ => null,
        };
        if (organizationId is not { } org)
        {
            return null;
        }
        return await db.Organizations.AsNoTracking().Where(o => o.Id == org).Select(o => o.Path).FirstOrDefaultAsync(ct);
    }

    private static Task<int?> One(IQueryable<int?> query, CancellationToken ct) => query.FirstOrDefaultAsync(ct);
}
