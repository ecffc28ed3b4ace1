using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>
/// Who is told: found from the permissions (<see cref="Policies"/>, <see cref="RoleRules"/>), never from role names.
/// «Who may confirm this», «who may moderate this» are asked of the same policy functions the services enforce, on
/// each candidate's own grants, so a change of the rules changes the recipients with it.
/// </summary>
public sealed class Recipients(MedkDbContext db)
{
    /// <summary>Those who carry out an organization's roadmaps: the holders of a writing role in it (its team).</summary>
    public async Task<IReadOnlyList<Guid>> TeamAsync(int organizationId, CancellationToken ct) => await TeamsAsync([organizationId], ct);

    /// <summary>The teams of several organizations together.</summary>
    public async Task<IReadOnlyList<Guid>> TeamsAsync(IReadOnlyCollection<int> organizationIds, CancellationToken ct)
    {
        if (organizationIds.Count == 0)
        {
            return [];
        }
        var ids = organizationIds.Distinct().ToArray();
        var holders = await db.RoleAssignments.AsNoTracking().Where(a => ids.Contains(a.OrganizationId))
            .Select(a => new { a.UserId, a.Role }).ToListAsync(ct);
        return holders.Where(h => RoleRules.CarriesOutRoadmaps(h.Role)).Select(h => h.UserId).Distinct().ToList();
    }

    /// <summary>
    /// The people whose grants let <paramref name="policy"/> allow them on the organization at <paramref name="path"/>,
    /// the nearest first: curators of the school always (their schools are their whole territory), and of everyone
    /// else only those whose territory starts nearest to the object. A federal coordinator who may confirm every
    /// school's report is not told of each: the municipality is; the higher levels see their waiting lists. When the
    /// nearest level is empty (or only the person who acted is there) the next one up is told.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> NearestAllowedAsync(string path, Func<AccessScope, string, Decision> policy, IReadOnlyCollection<Guid> except,
        CancellationToken ct)
    {
        var allowed = (await AllowedAsync(path, policy, ct)).Where(a => !except.Contains(a.UserId)).ToList();
        var curators = allowed.Where(a => a.ThroughAssignedSchool).Select(a => a.UserId);
        var others = allowed.Where(a => !a.ThroughAssignedSchool).ToList();
        var nearest = others.Count == 0 ? 0 : others.Max(a => a.Depth);
        return curators.Concat(others.Where(a => a.Depth == nearest).Select(a => a.UserId)).Distinct().ToList();
    }

    /// <summary>One person the policy allows, and how near the grant that allows it starts (the deeper, the nearer).</summary>
    public sealed record Allowed(Guid UserId, int Depth, bool ThroughAssignedSchool);

    /// <summary>Everyone the policy allows on the organization at <paramref name="path"/>, with their nearest allowing grant.</summary>
    public async Task<IReadOnlyList<Allowed>> AllowedAsync(string path, Func<AccessScope, string, Decision> policy, CancellationToken ct)
    {
        // A role covers its territory and what lies below it, so only roles held at or above the object can cover it;
        // a support institution's roles start at its parent authority; a curator's territory is their schools.
        var above = OrganizationPath.Ancestors(path).Append(path).ToArray();
        var aboveIds = OrganizationPath.Ids(path).ToArray();
        var schoolId = aboveIds[^1];
        var curatorsOfIt = db.CuratorAssignments.Where(c => c.SchoolId == schoolId).Select(c => c.CuratorUserId);
        var holders = await db.RoleAssignments.AsNoTracking()
            .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (a, o) => new { a.UserId, a.Role, o.Id, o.Path, o.Kind, o.ParentId })
            .Where(x => above.Contains(x.Path)
                || (x.Kind == OrganizationKind.Institution && x.ParentId != null && aboveIds.Contains(x.ParentId.Value))
                || curatorsOfIt.Contains(x.UserId))
            .ToListAsync(ct);
        var curated = holders.Any(h => RoleRules.WorksOnAssignedSchools(h.Role))
            ? (await curatorsOfIt.ToListAsync(ct)).ToHashSet()
            : [];
        var result = new List<Allowed>();
        foreach (var person in holders.GroupBy(h => h.UserId))
        {
            // Each grant alone: the deepest one that allows tells how near the person stands to the object.
            var best = (Allowed?)null;
            foreach (var h in person)
            {
                var isCurator = RoleRules.WorksOnAssignedSchools(h.Role);
                if (isCurator && !curated.Contains(person.Key))
                {
                    continue;
                }
                var grant = RoleGrant.For(h.Role, h.Id, h.Path, h.Kind, isCurator ? [path] : null);
                if (!policy(new AccessScope([grant]), path).IsAllowed)
                {
                    continue;
                }
                var depth = isCurator ? int.MaxValue : OrganizationPath.Ids(grant.ScopeRootPath).Count;
                if (best is null || depth > best.Depth)
                {
                    best = new Allowed(person.Key, depth, isCurator);
                }
            }
            if (best is not null)
            {
                result.Add(best);
            }
        }
        return result;
    }
}
