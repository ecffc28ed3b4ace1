using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Planning.Roadmaps;

/// <summary>A responsible party as written in a roadmap, how many items name it, and what it is linked to.</summary>
public sealed record PartyView(string Name, int Items, int? OrganizationId, string? OrganizationName, int? PersonId, string? PersonName);

public sealed record LinkPartyInput(string Name, int? OrganizationId, int? PersonId, bool RememberAlias = false);

/// <summary>
/// The parties the importer could not resolve are listed so that a coordinator links them once for the
/// whole roadmap (and, if they wish, teaches the directory the abbreviation for next time).
/// </summary>
public sealed class PartyService(MedkDbContext db, RoadmapService roadmaps, CurrentUser user)
{
    public async Task<IReadOnlyList<PartyView>> ListAsync(int roadmapId, CancellationToken ct)
    {
        await roadmaps.GetAsync(roadmapId, ct);
        var rows = await db.RoadmapItems.AsNoTracking().Where(i => i.RoadmapId == roadmapId)
            .SelectMany(i => i.Responsibles)
            .GroupBy(r => new { r.NameAsWritten, r.OrganizationId, r.PersonId })
            .Select(g => new { g.Key.NameAsWritten, g.Key.OrganizationId, g.Key.PersonId, Count = g.Count() })
            .ToListAsync(ct);
        var orgIds = rows.Where(r => r.OrganizationId != null).Select(r => r.OrganizationId!.Value).Distinct().ToArray();
        var personIds = rows.Where(r => r.PersonId != null).Select(r => r.PersonId!.Value).Distinct().ToArray();
        var orgs = await db.Organizations.AsNoTracking().Where(o => orgIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        return rows
            .Select(r => new PartyView(r.NameAsWritten, r.Count, r.OrganizationId, r.OrganizationId is { } o ? orgs.GetValueOrDefault(o) : null,
                r.PersonId, r.PersonId is { } p ? people.GetValueOrDefault(p) : null))
            .OrderBy(p => p.OrganizationId is not null || p.PersonId is not null).ThenByDescending(p => p.Items).ThenBy(p => p.Name)
            .ToList();
    }

    /// <summary>Organizations a party of this roadmap may be linked to: the owner's territory and what is above it.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> CandidatesAsync(int roadmapId, CancellationToken ct)
    {
        var roadmap = await roadmaps.GetAsync(roadmapId, ct);
        var scope = await user.ScopeAsync(ct);
        var ancestorIds = OrganizationPath.Ids(roadmap.OwnerPath).ToArray();
        var path = roadmap.OwnerPath;
        var list = await db.Organizations.AsNoTracking().Visible(scope)
            .Where(o => o.Path.StartsWith(path) || ancestorIds.Contains(o.Id)
                || (o.Kind == OrganizationKind.Institution && o.ParentId != null && ancestorIds.Contains(o.ParentId.Value)))
            .OrderBy(o => o.Path.Length).ThenBy(o => o.ShortName).Take(1000)
            .Select(o => new { o.Id, o.ShortName }).ToListAsync(ct);
        return list.Select(o => (o.Id, o.ShortName)).ToList();
    }

    /// <summary>Links every mention of <see cref="LinkPartyInput.Name"/> in the roadmap; returns how many were linked.</summary>
    public async Task<int> LinkAsync(int roadmapId, LinkPartyInput input, CancellationToken ct)
    {
        var roadmap = await roadmaps.GetAsync(roadmapId, ct);
        (await user.ScopeAsync(ct)).Require(Policies.LinkParties, roadmap.OwnerPath);
        if (input.OrganizationId is null && input.PersonId is null)
        {
            throw new DomainException("Выберите организацию или человека.", "organizationId");
        }
        var candidates = await CandidatesAsync(roadmapId, ct);
        if (input.OrganizationId is { } orgId && candidates.All(c => c.Id != orgId))
        {
            throw new DomainException("Эту организацию нельзя назначить ответственной в этой дорожной карте.", "organizationId");
        }
        if (input.PersonId is { } personId)
        {
            var ids = candidates.Select(c => c.Id).ToArray();
            if (!await db.People.AnyAsync(p => p.Id == personId && ids.Contains(p.OrganizationId), ct))
            {
                throw new DomainException("Этого человека нельзя назначить ответственным в этой дорожной карте.", "personId");
            }
        }
        var items = await db.RoadmapItems.Include(i => i.Responsibles).Where(i => i.RoadmapId == roadmapId)
            .Where(i => i.Responsibles.Any(r => r.NameAsWritten == input.Name)).ToListAsync(ct);
        if (items.Count == 0)
        {
            throw new DomainException($"Ответственного «{input.Name}» в этой дорожной карте нет.", "name");
        }
        foreach (var item in items)
        {
            item.SetResponsibles(item.Responsibles.Select(r => r.NameAsWritten == input.Name
                ? new Core.Planning.Roadmaps.ItemResponsible(r.NameAsWritten, input.OrganizationId, input.PersonId)
                : new Core.Planning.Roadmaps.ItemResponsible(r.NameAsWritten, r.OrganizationId, r.PersonId)).ToList());
        }
        if (input.RememberAlias && input.OrganizationId is { } aliasOrg)
        {
            var scope = await user.ScopeAsync(ct);
            var organization = await db.Organizations.FirstAsync(o => o.Id == aliasOrg, ct);
            if (scope.CanManageOrganization(organization.Path) && !organization.IsNamed(input.Name))
            {
                organization.SetAliases([.. organization.Aliases, input.Name]);
            }
        }
        await db.SaveChangesAsync(ct);
        return items.Count;
    }
}
