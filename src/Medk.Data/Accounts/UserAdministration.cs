using Medk.Core;
using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Accounts;

/// <summary>Accounts and their roles: used by the CLI, the admin pages and the API alike.</summary>
public sealed class UserAdministration(MedkDbContext db, UserManager<MedkUser> users, ApiTokenService tokens, SessionService sessions, TimeProvider clock)
{
    public sealed record NewUser(string Email, string FullName, string Password, Role Role, int OrganizationId);

    /// <summary>Creates an account with one role, all or nothing. Throws <see cref="DomainException"/> with the reasons.</summary>
    public async Task<MedkUser> CreateAsync(NewUser request, CancellationToken ct = default)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OrganizationId, ct)
            ?? throw new DomainException($"Организация с номером {request.OrganizationId} не найдена.");
        RoleRules.EnsurePlacement(request.Role, organization.Level);
        if (string.IsNullOrWhiteSpace(request.FullName) || request.FullName.Trim().Length > MedkUser.FullNameMaxLength)
        {
            throw new DomainException("Укажите ФИО пользователя (до 200 символов).");
        }
        var user = new MedkUser
        {
            Email = request.Email.Trim(),
            UserName = request.Email.Trim(),
            FullName = request.FullName.Trim(),
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow(),
        };
        // Inside a caller's transaction (the demo, `medk init`) the account is part of it.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var result = await users.CreateAsync(user, request.Password);
        if (!result.Succeeded)
        {
            // The e-mail is also the login name: one message about it is enough.
            var errors = result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.DuplicateUserName) || result.Errors.All(x => x.Code != nameof(IdentityErrorDescriber.DuplicateEmail)));
            throw new DomainException(string.Join(" ", errors.Select(e => e.Description)), result.Errors.Any(e => e.Code.Contains("Password")) ? "password" : "email");
        }
        db.RoleAssignments.Add(new RoleAssignment(user.Id, request.Role, organization.Id));
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return user;
    }

    public async Task GrantAsync(Guid userId, Role role, int organizationId, CancellationToken ct = default)
    {
        var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organizationId, ct)
            ?? throw new DomainException($"Организация с номером {organizationId} не найдена.");
        RoleRules.EnsurePlacement(role, organization.Level);
        if (await db.RoleAssignments.AnyAsync(r => r.UserId == userId && r.Role == role && r.OrganizationId == organizationId, ct))
        {
            throw new DomainException($"У пользователя уже есть роль «{Glossary.Role(role)}» в этой организации.");
        }
        db.RoleAssignments.Add(new RoleAssignment(userId, role, organizationId));
        await db.SaveChangesAsync(ct);
    }

    public async Task AssignSchoolAsync(Guid curatorId, int schoolId, string? contractNumber, DateOnly? contractDate, CancellationToken ct = default)
    {
        var school = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == schoolId, ct)
            ?? throw new DomainException($"Школа с номером {schoolId} не найдена.");
        if (school.Kind != OrganizationKind.School)
        {
            throw new DomainException("Куратору назначают школы, а не органы управления или учреждения.");
        }
        if (await db.CuratorAssignments.AnyAsync(c => c.CuratorUserId == curatorId && c.SchoolId == schoolId, ct))
        {
            throw new DomainException("Эта школа уже закреплена за куратором.");
        }
        db.CuratorAssignments.Add(new CuratorAssignment(curatorId, schoolId, contractNumber, contractDate));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Blocks an account (Identity's lockout, set by an administrator: wrong passwords never lock, decision 024). Its
    /// sessions end, its API tokens are revoked (an unblock does not bring them back) and its security stamp changes.
    /// </summary>
    public async Task LockAsync(Guid userId, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new DomainException("Пользователь не найден.");
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, clock.GetUtcNow().AddYears(100));
        await users.UpdateSecurityStampAsync(user);
        await tokens.RevokeAllAsync(userId, ct);
        await sessions.EndAllAsync(userId, null, ct);
    }

    public async Task UnlockAsync(Guid userId, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new DomainException("Пользователь не найден.");
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
    }

    /// <summary>The name recorded with a person's decisions (who confirmed, who reviewed).</summary>
    public Task<string> FullNameAsync(Guid userId, CancellationToken ct = default) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.FullName).FirstAsync(ct);

    /// <summary>The user's grants, as the access rules need them: two small indexed queries.</summary>
    public async Task<AccessScope> LoadScopeAsync(Guid userId, CancellationToken ct = default)
    {
        var roles = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.UserId == userId)
            .Join(db.Organizations, r => r.OrganizationId, o => o.Id, (r, o) => new { r.Role, o.Id, o.Path, o.Kind })
            .ToListAsync(ct);
        var schools = roles.Any(r => RoleRules.WorksOnAssignedSchools(r.Role))
            ? await db.CuratorAssignments.AsNoTracking()
                .Where(c => c.CuratorUserId == userId)
                .Join(db.Organizations, c => c.SchoolId, o => o.Id, (c, o) => o.Path)
                .ToListAsync(ct)
            : [];
        return new AccessScope(roles.Select(r => RoleGrant.For(r.Role, r.Id, r.Path, r.Kind, RoleRules.WorksOnAssignedSchools(r.Role) ? schools : null)));
    }
}
