using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Organizations;

/// <summary>Reads and changes of the organization directory, scoped to the user; shared by pages and API.</summary>
public sealed class OrganizationService(MedkDbContext db, CurrentUser user)
{
    public async Task<Page<OrganizationRow>> ListAsync(OrganizationFilter filter, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var query = db.Organizations.AsNoTracking().Visible(scope);
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = SearchText.Fold(filter.Search);
            query = query.Where(o => o.SearchText.Contains(term));
        }
        if (filter.Level is { } level)
        {
            query = query.Where(o => o.Level == level);
        }
        if (filter.ParentId is { } parentId)
        {
            query = query.Where(o => o.ParentId == parentId);
        }
        else if (string.IsNullOrWhiteSpace(filter.Search) && filter.Level is null)
        {
            // Without a filter the list is the top of the tree; everyone sees the root above their territory.
            query = query.Where(o => o.ParentId == null);
        }
        var visible = db.Organizations.Visible(scope);
        return await query
            .OrderBy(o => o.Level).ThenBy(o => o.Kind).ThenBy(o => o.ShortName)
            .Select(o => new OrganizationRow(o.Id, o.ParentId, o.Level, o.Kind, o.ShortName, o.FullName, o.Path,
                visible.Any(c => c.ParentId == o.Id)))
            .ToPageAsync(filter.Page, filter.PageSize, ct);
    }

    /// <summary>One organization the user may see, or <see cref="NotFoundException"/>.</summary>
    public async Task<OrganizationView> GetAsync(int id, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var o = await db.Organizations.AsNoTracking().Visible(scope).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("Организация не найдена или недоступна.");
        return View(o, Policies.EditOrganization(scope, o.Path).IsAllowed);
    }

    /// <summary>The curators a school is assigned to, by name (the school team learns who confirms its reports); 404 when unseen.</summary>
    public async Task<IReadOnlyList<string>> CuratorsAsync(int schoolId, CancellationToken ct)
    {
        await GetAsync(schoolId, ct);
        return await db.CuratorAssignments.AsNoTracking().Where(c => c.SchoolId == schoolId)
            .Join(db.Users, c => c.CuratorUserId, u => u.Id, (c, u) => u.FullName).OrderBy(n => n).ToListAsync(ct);
    }

    /// <summary>The chain from the root to the organization, for breadcrumbs.</summary>
    public async Task<IReadOnlyList<OrganizationRow>> AncestorsAsync(string path, CancellationToken ct)
    {
        var ids = OrganizationPath.Ids(path).SkipLast(1).ToArray();
        var rows = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new OrganizationRow(o.Id, o.ParentId, o.Level, o.Kind, o.ShortName, o.FullName, o.Path, true))
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Path.Length).ToList();
    }

    public async Task<OrganizationView> CreateAsync(OrganizationInput input, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        if (input.ParentId is null)
        {
            throw new DomainException("Укажите вышестоящую организацию.", "parentId");
        }
        var parent = await db.Organizations.Visible(scope).FirstOrDefaultAsync(o => o.Id == input.ParentId, ct)
            ?? throw new DomainException("Вышестоящая организация не найдена или недоступна.", "parentId");
        scope.Require(Policies.CreateOrganization, parent.Path);
        var level = OrganizationRules.ChildLevel(parent.Level, input.Kind);
        var error = OrganizationRules.Check(level, input.Kind, parent.Level, parent.Kind);
        if (error is not null)
        {
            throw new DomainException(error, "kind");
        }
        var organization = new Organization(level, input.Kind, input.FullName, input.ShortName ?? "", parent);
        organization.SetAliases(input.Aliases ?? []);
        organization.SetCode(input.Code);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(ct);
        organization.AssignPath(parent.Path);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return View(organization, true);
    }

    public async Task<OrganizationView> UpdateAsync(int id, OrganizationInput input, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var organization = await db.Organizations.Visible(scope).FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw new NotFoundException("Организация не найдена или недоступна.");
        scope.Require(Policies.EditOrganization, organization.Path);
        if (input.Version is null)
        {
            throw new DomainException("Укажите версию, которую вы изменяете (поле version).", "version");
        }
        db.ExpectVersion(organization, input.Version.Value);
        organization.Rename(input.FullName, input.ShortName ?? "");
        organization.SetAliases(input.Aliases ?? []);
        organization.SetCode(input.Code);
        await db.SaveChangesAsync(ct);
        return View(organization, true);
    }

    private static OrganizationView View(Organization o, bool canEdit) =>
        new(o.Id, o.ParentId, o.Level, o.Kind, o.FullName, o.ShortName, o.Aliases, o.Code, o.Path, o.Version, canEdit);
}
