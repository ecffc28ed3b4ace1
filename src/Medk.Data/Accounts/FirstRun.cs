using Medk.Core.Common;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Accounts;

/// <summary>
/// The way into an empty production database (`medk init`, decision 027): the federal root of the directory and the
/// first administrator, in one transaction. Refuses a database that already has organizations or users, so running
/// it twice (or by two instances at once) never makes a second root.
/// </summary>
public sealed class FirstRun(MedkDbContext db, UserAdministration users)
{
    public const string DefaultRootShortName = "Минпросвещения России";
    public const string DefaultRootFullName = "Министерство просвещения Российской Федерации";
    public const string DefaultAdministratorName = "Администратор";

    public sealed record Request(string AdministratorEmail, string AdministratorPassword, string? AdministratorName = null,
        string? RootShortName = null, string? RootFullName = null);

    public sealed record Outcome(Organization Root, MedkUser Administrator);

    public async Task<Outcome> InitializeAsync(Request request, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(27027)", ct);
        }
        var organizations = await db.Organizations.CountAsync(ct);
        var accounts = await db.Users.CountAsync(ct);
        if (organizations > 0 || accounts > 0)
        {
            throw new DomainException(
                $"База уже инициализирована (организаций: {organizations}, пользователей: {accounts}); ничего не изменено. " +
                "Новых пользователей создаёт администратор на странице «Пользователи» или команда `medk user create`.");
        }
        var shortName = string.IsNullOrWhiteSpace(request.RootShortName) ? DefaultRootShortName : request.RootShortName.Trim();
        var fullName = string.IsNullOrWhiteSpace(request.RootFullName)
            ? shortName == DefaultRootShortName ? DefaultRootFullName : shortName
            : request.RootFullName.Trim();
        var root = new Organization(OrganizationLevel.Federal, OrganizationKind.Authority, fullName, shortName, null);
        if (shortName == DefaultRootShortName)
        {
            root.SetAliases(["Минпросвещения", "Российская Федерация"]);
        }
        db.Organizations.Add(root);
        await db.SaveChangesAsync(ct);
        root.AssignPath(null);
        await db.SaveChangesAsync(ct);
        var administrator = await users.CreateAsync(new UserAdministration.NewUser(request.AdministratorEmail,
            string.IsNullOrWhiteSpace(request.AdministratorName) ? DefaultAdministratorName : request.AdministratorName,
            request.AdministratorPassword, RoleRules.FirstAccountRole, root.Id), ct);
        await transaction.CommitAsync(ct);
        return new Outcome(root, administrator);
    }
}
