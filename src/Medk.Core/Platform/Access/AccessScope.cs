using Medk.Core.Platform.Organizations;

namespace Medk.Core.Platform.Access;

/// <summary>
/// What one user may see and change, computed from their grants. A role covers its organization and
/// everything below it, and nothing beside it. Roadmaps of the organizations above one's territory are
/// readable too (a school reads the municipal roadmap it implements), never writable. A role held in a support
/// institution (ИРО, БРИОП, ФИОКО) covers the territory of the authority it serves, whose operator it is; the authority
/// itself stays above the institution: read, never written or managed by that grant (decisions 002 and 025).
/// The same scope drives in-memory checks (here) and database filters (<see cref="ReadableRoots"/> etc.).
/// </summary>
public sealed class AccessScope
{
    private readonly IReadOnlyList<RoleGrant> _grants;

    public AccessScope(IEnumerable<RoleGrant> grants)
    {
        _grants = grants.ToList();
        IsAdministrator = _grants.Any(g => g.Role == Role.Administrator);
        ReadableRoots = Minimal(_grants.SelectMany(g => g.Territory));
        var writing = _grants.Where(g => RoleRules.CanWrite(g.Role)).ToList();
        var managing = _grants.Where(g => RoleRules.CanManageOrganizations(g.Role)).ToList();
        WritableRoots = Minimal(writing.SelectMany(g => g.Territory));
        ManageableRoots = Minimal(managing.SelectMany(g => g.Territory));
        WritableExceptions = AuthoritiesOnlyServed(writing);
        ManageableExceptions = AuthoritiesOnlyServed(managing);
        AncestorPaths = ReadableRoots.SelectMany(OrganizationPath.Ancestors).Distinct().ToList();
    }

    public static AccessScope None { get; } = new([]);

    private AccessScope? _withoutExpertise;

    /// <summary>The same user without their expert grants: what they read for reasons other than a review assignment.</summary>
    public AccessScope WithoutExpertise => _withoutExpertise ??= _grants.Any(g => RoleRules.ReviewsAsExpert(g.Role))
        ? new AccessScope(_grants.Where(g => !RoleRules.ReviewsAsExpert(g.Role)))
        : this;

    public IReadOnlyList<RoleGrant> Grants => _grants;
    public bool IsAdministrator { get; }

    /// <summary>Subtree roots the user reads; no root lies inside another.</summary>
    public IReadOnlyList<string> ReadableRoots { get; }

    /// <summary>Subtree roots where the user changes roadmaps.</summary>
    public IReadOnlyList<string> WritableRoots { get; }

    /// <summary>Subtree roots where the user edits the directory of organizations.</summary>
    public IReadOnlyList<string> ManageableRoots { get; }

    /// <summary>Exact paths inside <see cref="WritableRoots"/> that are not writable: authorities served only from an institution.</summary>
    public IReadOnlyList<string> WritableExceptions { get; }

    /// <summary>Exact paths inside <see cref="ManageableRoots"/> that are not manageable: authorities served only from an institution.</summary>
    public IReadOnlyList<string> ManageableExceptions { get; }

    /// <summary>Exact paths of the organizations above the readable roots.</summary>
    public IReadOnlyList<string> AncestorPaths { get; }

    public bool HasRole(Role role) => _grants.Any(g => g.Role == role);

    public bool CanRead(string organizationPath) => IsAdministrator || Within(organizationPath, ReadableRoots);

    /// <summary>Organizations above the territory are visible by name (to show where one stands).</summary>
    public bool CanSeeOrganization(string organizationPath) => CanRead(organizationPath) || AncestorPaths.Contains(organizationPath);

    public bool CanReadRoadmapOf(string ownerPath) => CanSeeOrganization(ownerPath);

    public bool CanWriteRoadmapOf(string ownerPath) => IsAdministrator
        || (Within(ownerPath, WritableRoots) && !WritableExceptions.Contains(ownerPath));

    public bool CanManageOrganization(string organizationPath) => IsAdministrator
        || (Within(organizationPath, ManageableRoots) && !ManageableExceptions.Contains(organizationPath));

    public bool CanManageUsers => IsAdministrator;

    /// <summary>
    /// A report is confirmed by the curator of the reporting school, or by a coordinator of a level above the
    /// reporter: a municipal coordinator confirms a school, not their own municipality.
    /// </summary>
    public bool CanConfirmReportOf(string reporterPath) => IsAdministrator || _grants.Any(g =>
        RoleRules.WorksOnAssignedSchools(g.Role) ? g.AssignedSchoolPaths.Contains(reporterPath)
        : RoleRules.ConfirmsBelowItsRoot(g.Role) && OrganizationPath.IsWithin(reporterPath, g.ScopeRootPath) && reporterPath != g.ScopeRootPath);

    /// <summary>Subtrees whose reports the user confirms, each with the root excluded (see <see cref="CanConfirmReportOf"/>).</summary>
    public IReadOnlyList<string> ConfirmingRoots => _grants
        .Where(g => RoleRules.ConfirmsBelowItsRoot(g.Role))
        .Select(g => g.ScopeRootPath).Distinct().ToList();

    /// <summary>True when the user is an expert whose territory covers the organization (a sample's scope).</summary>
    public bool IsExpertFor(string organizationPath) =>
        _grants.Any(g => RoleRules.ReviewsAsExpert(g.Role) && OrganizationPath.IsWithin(organizationPath, g.ScopeRootPath));

    /// <summary>Schools whose reports the user confirms as their curator.</summary>
    public IReadOnlyList<string> CuratedSchools => _grants.Where(g => RoleRules.WorksOnAssignedSchools(g.Role)).SelectMany(g => g.AssignedSchoolPaths).Distinct().ToList();

    /// <summary>
    /// The authorities that these grants reach only as served from an institution: no grant held in the authority or
    /// above it covers them. They stay outside the grants' reach though their subtree is inside (decision 025).
    /// </summary>
    private static IReadOnlyList<string> AuthoritiesOnlyServed(IReadOnlyList<RoleGrant> grants) => grants
        .Where(g => g.ServedAuthorityPath is not null)
        .Select(g => g.ServedAuthorityPath!)
        .Where(authority => !grants.Any(g => g.ServedAuthorityPath is null && g.Territory.Any(t => OrganizationPath.IsWithin(authority, t))))
        .Distinct().ToList();

    private static bool Within(string path, IReadOnlyList<string> roots) => roots.Any(r => OrganizationPath.IsWithin(path, r));

    private static IReadOnlyList<string> Minimal(IEnumerable<string> roots)
    {
        var sorted = roots.Distinct().OrderBy(r => r.Length).ThenBy(r => r, StringComparer.Ordinal).ToList();
        var result = new List<string>();
        foreach (var root in sorted)
        {
            if (!result.Any(r => OrganizationPath.IsWithin(root, r)))
            {
                result.Add(root);
            }
        }
        return result;
    }
}
