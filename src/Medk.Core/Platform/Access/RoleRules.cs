using Medk.Core.Common;
using Medk.Core.Platform.Organizations;

namespace Medk.Core.Platform.Access;

/// <summary>What each role may do, and where it may be held.</summary>
public static class RoleRules
{
    /// <summary>The role whose territory is the schools assigned to the person (queries that find curators use it).</summary>
    public const Role CuratorRole = Role.Curator;

    /// <summary>The role that reviews reports and documents (queries that find the experts of a territory use it).</summary>
    public const Role ExpertRole = Role.Expert;

    /// <summary>The role of the first account, made by `medk init` at the federal root: it manages every user and the whole directory.</summary>
    public const Role FirstAccountRole = Role.Administrator;

    /// <summary>The role a new account form proposes first: most people are school teams.</summary>
    public const Role DefaultAppointment = Role.SchoolTeam;

    /// <summary>The role's name in the pages and documents (<see cref="Glossary.Role"/> reads it here).</summary>
    public static string Name(Role role) => role switch
    {
        Role.Administrator => "Администратор",
        Role.FederalCoordinator => "Федеральный координатор",
        Role.RegionalCoordinator => "Региональный координатор",
        Role.MunicipalCoordinator => "Муниципальный координатор",
        Role.Curator => "Куратор",
        Role.SchoolTeam => "Школьная команда",
        Role.Expert => "Эксперт",
        Role.Observer => "Наблюдатель",
        _ => role.ToString(),
    };

    /// <summary>Roles that change roadmaps and organizations within their scope.</summary>
    public static bool CanWrite(Role role) => role is Role.Administrator or Role.FederalCoordinator
        or Role.RegionalCoordinator or Role.MunicipalCoordinator or Role.SchoolTeam;

    /// <summary>Roles that manage the directory of organizations (create, rename, aliases).</summary>
    public static bool CanManageOrganizations(Role role) => role is Role.Administrator or Role.FederalCoordinator
        or Role.RegionalCoordinator or Role.MunicipalCoordinator;

    /// <summary>Roles that carry out their organization's roadmaps (its team): every writing role but the administrator.</summary>
    public static bool CarriesOutRoadmaps(Role role) => CanWrite(role) && role != Role.Administrator;

    /// <summary>The coordinators' roles, for queries that look for them (see <see cref="ConfirmsBelowItsRoot"/>).</summary>
    public static IReadOnlyList<Role> CoordinatorRoles { get; } = Enum.GetValues<Role>().Where(ConfirmsBelowItsRoot).ToArray();

    /// <summary>Roles whose territory is the schools assigned to the person, not the organization where the role is held.</summary>
    public static bool WorksOnAssignedSchools(Role role) => role == CuratorRole;

    /// <summary>Coordinators: they confirm the reports of everything strictly below the root of their territory.</summary>
    public static bool ConfirmsBelowItsRoot(Role role) => role is Role.FederalCoordinator or Role.RegionalCoordinator or Role.MunicipalCoordinator;

    /// <summary>Roles that review the work of their territory as experts.</summary>
    public static bool ReviewsAsExpert(Role role) => role == ExpertRole;

    /// <summary>Null when the role may be held in an organization of this level; otherwise why not.</summary>
    public static string? CheckPlacement(Role role, OrganizationLevel level) => role switch
    {
        Role.Administrator or Role.FederalCoordinator when level != OrganizationLevel.Federal =>
            $"Роль «{Glossary.Role(role)}» назначается в организации федерального уровня.",
        Role.RegionalCoordinator when level != OrganizationLevel.Region =>
            $"Роль «{Glossary.Role(role)}» назначается в организации регионального уровня.",
        Role.MunicipalCoordinator when level != OrganizationLevel.Municipality =>
            $"Роль «{Glossary.Role(role)}» назначается в организации муниципального уровня.",
        Role.SchoolTeam when level != OrganizationLevel.School =>
            $"Роль «{Glossary.Role(role)}» назначается в школе.",
        Role.Curator when level == OrganizationLevel.School =>
            "Куратора назначает муниципалитет или регион: роль «Куратор» не назначается в школе.",
        _ => null,
    };

    public static void EnsurePlacement(Role role, OrganizationLevel level)
    {
        var error = CheckPlacement(role, level);
        if (error is not null)
        {
            throw new DomainException(error);
        }
    }
}
