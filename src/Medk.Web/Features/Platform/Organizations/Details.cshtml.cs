using Medk.Core.Platform.Access;
using Medk.Web.Features.Planning.Roadmaps;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Organizations;

public sealed class DetailsModel(OrganizationService organizations, RoadmapService roadmaps, CurrentUser current) : PageModel
{
    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public OrganizationView Organization { get; private set; } = null!;
    public IReadOnlyList<OrganizationRow> Ancestors { get; private set; } = [];
    public Page<OrganizationRow> Children { get; private set; } = null!;
    public Page<RoadmapRow> Roadmaps { get; private set; } = null!;
    public bool CanCreateRoadmap { get; private set; }
    public IReadOnlyList<string> Curators { get; private set; } = [];
    public bool CanManageUsers { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Organization = await organizations.GetAsync(id, ct);
        Ancestors = await organizations.AncestorsAsync(Organization.Path, ct);
        if (Organization.Kind == Core.Platform.Organizations.OrganizationKind.School)
        {
            Curators = await organizations.CuratorsAsync(id, ct);
        }
        Children = await organizations.ListAsync(new OrganizationFilter(null, null, id, PageNumber, null), ct);
        Roadmaps = await roadmaps.ListAsync(new RoadmapFilter(null, null, id, null, null, 1, 50), ct);
        var scope = await current.ScopeAsync(ct);
        CanCreateRoadmap = Policies.CreateRoadmap(scope, Organization.Path).IsAllowed;
        // Administrators, and coordinators for the organizations of their territory, appoint people.
        CanManageUsers = Policies.AppointIn(scope, Organization.Path).IsAllowed;
    }
}
