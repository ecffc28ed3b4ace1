using Medk.Core.Platform.Organizations;

namespace Medk.Core.Platform.Access;

/// <summary>
/// One role held in one organization, as the access rules need it.
/// <paramref name="ScopeRootPath"/> is where the role's territory starts: the organization itself,
/// or for a support institution the authority it is attached to (КРИПКРО works for all of Калмыкия).
/// <paramref name="AssignedSchoolPaths"/> is filled for curators only: their territory is their schools.
/// A role held in an institution serves the authority's territory but stands below the authority itself
/// (<see cref="ServedAuthorityPath"/>, decision 025): it reads the authority, never writes or manages it.
/// </summary>
public sealed record RoleGrant(Role Role, int OrganizationId, string ScopeRootPath, IReadOnlyList<string> AssignedSchoolPaths)
{
    /// <summary>For a role held in a support institution: the path of the authority it serves (its <see cref="ScopeRootPath"/>); otherwise null.</summary>
    public string? ServedAuthorityPath { get; init; }

    public static RoleGrant For(Role role, int organizationId, string organizationPath, OrganizationKind kind, IReadOnlyList<string>? assignedSchoolPaths = null)
    {
        var root = TerritoryRoot(organizationPath, kind);
        return new RoleGrant(role, organizationId, root, assignedSchoolPaths ?? [])
        {
            ServedAuthorityPath = root != organizationPath ? root : null,
        };
    }

    /// <summary>Where a role held in this organization starts its territory: a support institution works for its parent authority.</summary>
    public static string TerritoryRoot(string organizationPath, OrganizationKind kind) => kind == OrganizationKind.Institution
        ? OrganizationPath.Ancestors(organizationPath).LastOrDefault() ?? organizationPath
        : organizationPath;

    /// <summary>The subtrees this grant covers.</summary>
    public IEnumerable<string> Territory => RoleRules.WorksOnAssignedSchools(Role) ? AssignedSchoolPaths : [ScopeRootPath];
}
