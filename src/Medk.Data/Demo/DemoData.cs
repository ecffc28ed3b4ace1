using Medk.Core.Platform.Access;
using Medk.Data.Accounts;
using Medk.Data.Import;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Demo;

/// <summary>
/// The demo a newcomer sees first: the organizations of the five seed orders, one user per role, and
/// (through <see cref="DemoRoadmaps"/>) the seed roadmaps. Loaded only into an empty database.
/// </summary>
public sealed partial class DemoData(MedkDbContext db, UserAdministration users, RoadmapImportService imports, Files.IFileStore files, TimeProvider clock)
{
    public const string Password = "medk-demo-2026";

    /// <summary>The demo accounts, shown on the login page in demo mode.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin@demo.medk", "Администратор системы", Role.Administrator, "Минпросвещения России"),
        new("fioko@demo.medk", "Соколова Анна Викторовна", Role.FederalCoordinator, "ФИОКО"),
        new("buryatia@demo.medk", "Цыренова Дарима Баировна", Role.RegionalCoordinator, "Республика Бурятия"),
        new("bauntovsky@demo.medk", "Гомбоева Валентина Михайловна", Role.MunicipalCoordinator, "МО «Баунтовский эвенкийский район»"),
        new("curator@demo.medk", "Иванова Елена Петровна", Role.Curator, "МО «Баунтовский эвенкийский район»"),
        new("vitim@demo.medk", "Петров Сергей Николаевич", Role.SchoolTeam, "МБОУ «Витимская СОШ»"),
        new("malovo@demo.medk", "Будаева Туяна Батоевна", Role.SchoolTeam, "МБОУ «Маловская СОШ»"),
        new("expert@demo.medk", "Доржиев Баир Цыренович", Role.Expert, "БРИОП"),
        new("observer@demo.medk", "Лебедева Ирина Сергеевна", Role.Observer, "Ярославская область"),
    ];

    public static IReadOnlyList<string> CuratorSchools { get; } = ["МБОУ «Витимская СОШ»", "МБОУ «Маловская СОШ»"];

    /// <summary>The seed orders (embedded resources) and the organizations whose roadmaps they are.</summary>
    public static IReadOnlyList<(string Resource, string Owner)> SeedRoadmaps { get; } =
    [
        ("000-sretensky-2022.txt", "МР «Сретенский район»"),
        ("001-pervouralsk-2022.txt", "ГО Первоуральск"),
        ("002-kalmykia-2022.txt", "Республика Калмыкия"),
        ("003-bauntovsky-2021-2022.txt", "МО «Баунтовский эвенкийский район»"),
        ("004-yaroslavl-2021.txt", "Ярославская область"),
    ];

    public async Task<bool> IsEmptyAsync(CancellationToken ct = default) => !await db.Organizations.AnyAsync(ct);

    /// <summary>
    /// Loads the demo into an empty database; does nothing (and says so) otherwise. All or nothing: the whole demo is
    /// one transaction, so a failure half-way leaves the database as empty as it was (decision 027). On PostgreSQL a
    /// transaction-scoped advisory lock makes instances starting together load it once: the second waits, then finds
    /// the database filled.
    /// </summary>
    public async Task<bool> LoadAsync(CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(27027)", ct);
        }
        if (!await IsEmptyAsync(ct))
        {
            return false;
        }
        var byName = await CreateOrganizationsAsync(ct);
        foreach (var account in Accounts)
        {
            await users.CreateAsync(new UserAdministration.NewUser(account.Email, account.FullName, Password, account.Role, byName[account.Organization].Id), ct);
        }
        var curator = await db.Users.SingleAsync(u => u.Email == "curator@demo.medk", ct);
        foreach (var school in CuratorSchools)
        {
            await users.AssignSchoolAsync(curator.Id, byName[school].Id, "К-" + byName[school].Id + "/2022", new DateOnly(2022, 2, 1), ct);
        }
        await AddPeopleAsync(byName, ct);
        await ImportSeedRoadmapsAsync(byName, ct);
        await AddSchoolRoadmapsWithProgressAsync(byName, ct);
        await AddCycleAsync(byName, ct);
        await AddPracticesVisitsAndEventsAsync(byName, ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}

public sealed record DemoAccount(string Email, string FullName, Role Role, string Organization);
