using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Medk.Web.Features.Platform.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Users;

public sealed record RoleView(Role Role, string RoleName, int OrganizationId, string OrganizationName);

public sealed record CuratorSchoolView(int SchoolId, string SchoolName, string? ContractNumber, DateOnly? ContractDate);

public sealed record UserView(Guid Id, string Email, string FullName, IReadOnlyList<RoleView> Roles, IReadOnlyList<CuratorSchoolView> Schools, string? CalendarUrl = null);

public sealed record UserRow(Guid Id, string Email, string FullName);

public sealed record NewUserInput(string Email, string FullName, string Password, Role Role, int OrganizationId);

public sealed record GrantInput(Role Role, int OrganizationId);

public sealed record SchoolInput(int SchoolId, string? ContractNumber, DateOnly? ContractDate);

/// <summary>Accounts as the pages and API see them: listed within the caller's territory, managed by administrators.</summary>
public sealed class UserService(MedkDbContext db, CurrentUser current, UserAdministration administration, Notifier notifications)
{
    public async Task<Page<UserRow>> ListAsync(string? search, int? page, int? pageSize, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        var query = db.Users.AsNoTracking();
        if (!scope.IsAdministrator)
        {
            // People who hold a role inside the caller's territory.
            var orgs = db.Organizations.Readable(scope).Select(o => o.Id);
            query = query.Where(u => db.RoleAssignments.Any(r => r.UserId == u.Id && orgs.Contains(r.OrganizationId)));
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim();
            query = query.Where(u => u.Email!.Contains(term) || u.FullName.Contains(term));
        }
        return await query.OrderBy(u => u.FullName).Select(u => new UserRow(u.Id, u.Email!, u.FullName)).ToPageAsync(page, pageSize, ct);
    }

    public async Task<UserView> GetAsync(Guid id, CancellationToken ct)
    {
        await EnsureVisibleAsync(id, ct);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct)
            ?? throw new NotFoundException("Пользователь не найден или недоступен.");
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == id)
            .Join(db.Organizations, r => r.OrganizationId, o => o.Id, (r, o) => new { r.Role, o.Id, o.ShortName })
            .ToListAsync(ct);
        var schools = await db.CuratorAssignments.AsNoTracking().Where(c => c.CuratorUserId == id)
            .Join(db.Organizations, c => c.SchoolId, o => o.Id, (c, o) => new CuratorSchoolView(o.Id, o.ShortName, c.ContractNumber, c.ContractDate))
            .ToListAsync(ct);
        return new UserView(user.Id, user.Email ?? "", user.FullName,
            roles.Select(r => new RoleView(r.Role, Core.Glossary.Role(r.Role), r.Id, r.ShortName)).ToList(), schools);
    }

    public async Task<UserView> CreateAsync(NewUserInput input, CancellationToken ct)
    {
        await EnsureMayAppointAsync(input.Role, input.OrganizationId, ct);
        if (string.IsNullOrWhiteSpace(input.Email))
        {
            throw new DomainException("Укажите адрес электронной почты.", "email");
        }
        var user = await administration.CreateAsync(new UserAdministration.NewUser(input.Email, input.FullName, input.Password ?? "", input.Role, input.OrganizationId), ct);
        return await GetAsync(user.Id, ct);
    }

    public async Task<UserView> GrantAsync(Guid id, GrantInput input, CancellationToken ct)
    {
        await EnsureVisibleAsync(id, ct); // a user of another territory does not exist for the coordinator (issue 11)
        await EnsureMayAppointAsync(input.Role, input.OrganizationId, ct);
        await EnsureExistsAsync(id, ct);
        await administration.GrantAsync(id, input.Role, input.OrganizationId, ct);
        return await GetAsync(id, ct);
    }

    /// <summary>A curator's school is assigned by whoever manages that school's territory.</summary>
    public async Task<UserView> AssignSchoolAsync(Guid curatorId, SchoolInput input, CancellationToken ct)
    {
        await EnsureVisibleAsync(curatorId, ct); // a curator of another territory does not exist for the coordinator
        var scope = await current.ScopeAsync(ct);
        var school = await db.Organizations.AsNoTracking().Readable(scope).FirstOrDefaultAsync(o => o.Id == input.SchoolId, ct)
            ?? throw new DomainException("Школа не найдена или недоступна.", "schoolId");
        scope.Require(Policies.AssignCurator, school.Path);
        await EnsureExistsAsync(curatorId, ct);
        if (!await db.RoleAssignments.AnyAsync(r => r.UserId == curatorId && r.Role == RoleRules.CuratorRole, ct))
        {
            throw new DomainException("Школу можно закрепить только за пользователем с ролью «Куратор».", "schoolId");
        }
        // The assignment and its notices are written together: the directory's save, then the notices, one transaction.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await administration.AssignSchoolAsync(curatorId, input.SchoolId, input.ContractNumber, input.ContractDate, ct);
            await notifications.CuratorAppointedAsync(curatorId, school, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return await GetAsync(curatorId, ct);
    }

    /// <summary>
    /// Regions and municipalities appoint their own people: a coordinator gives roles inside the territory they
    /// manage; administrator and federal roles are given by an administrator only.
    /// </summary>
    private async Task EnsureMayAppointAsync(Role role, int organizationId, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        if (scope.CanManageUsers)
        {
            return;
        }
        scope.Require(Policies.GiveRole, role);
        var organization = await db.Organizations.AsNoTracking().Readable(scope).FirstOrDefaultAsync(o => o.Id == organizationId, ct)
            ?? throw new DomainException("Организация не найдена или недоступна.", "organizationId");
        scope.Require(Policies.AppointIn, organization.Path);
    }

    /// <summary>404 unless the user is oneself, or holds a role inside the caller's territory (an administrator sees everyone).</summary>
    private async Task EnsureVisibleAsync(Guid id, CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        if (id != current.Id && !scope.IsAdministrator)
        {
            var orgs = db.Organizations.Readable(scope).Select(o => o.Id);
            if (!await db.RoleAssignments.AnyAsync(r => r.UserId == id && orgs.Contains(r.OrganizationId), ct))
            {
                throw new NotFoundException("Пользователь не найден или недоступен.");
            }
        }
    }

    private async Task EnsureExistsAsync(Guid id, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(u => u.Id == id, ct))
        {
            throw new NotFoundException("Пользователь не найден.");
        }
    }
}
