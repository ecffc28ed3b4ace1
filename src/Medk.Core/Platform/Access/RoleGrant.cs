using Medk.Core.Platform.Organizations;

namespace Medk.Core.Platform.Access;

/// <summary>
/// One role held in one organization, as the access rules need it.
/// <paramref name="ScopeRootPath"/> is where the role's territory starts: the organization itself,
/// or for a support institution the authority it is attached to (КРИПКРО works for all of Калмыкия).
/// <paramref name="AssignedSchoolPaths"/> is filled for curators only: their territory is their schools.
/// </summary>
public sealed record RoleGrant(Role Role, int OrganizationId, string ScopeRootPath, IReadOnlyList<string> AssignedSchoolPaths)
{
    public static RoleGrant For(Role role, int organizationId, string organizationPath, OrganizationKind kind, IReadOnlyList<string>? assignedSchoolPaths = null)
    {
        return new RoleGrant(role, organizationId, TerritoryRoot(organizationPath, kind), assignedSchoolPaths ?? []);
    }

    /// <summary>Where a role held in this organization starts its territory: a support institution works for its parent authority.</summary>
    public static string TerritoryRoot(string organizationPath, OrganizationKind kind) => kind == OrganizationKind.Institution
        ? OrganizationPath.Ancestors(organizationPath).LastOrDefault() ?? organizationPath
        : organizationPath;

    /// <summary>The subtrees this grant covers.</summary>
    public IEnumerable<string> Territory => RoleRules.WorksOnAssignedSchools(Role) ? AssignedSchoolPaths : [ScopeRootPath];
}
