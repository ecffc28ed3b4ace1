using Medk.Core.Platform.Organizations;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Organizations;

public sealed class IndexModel(OrganizationService organizations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganizationLevel? Level { get; set; }

    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Page<OrganizationRow> Rows { get; private set; } = null!;

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || Level is not null;

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = await organizations.ListAsync(new OrganizationFilter(Q, Level, null, PageNumber, null), ct);

    /// <summary>The children of one node, for the tree's lazy expansion (htmx).</summary>
    public async Task<IActionResult> OnGetChildrenAsync(int parentId, CancellationToken ct)
    {
        var children = await organizations.ListAsync(new OrganizationFilter(null, null, parentId, 1, Paging.MaxSize), ct);
        return Partial("_TreeLevel", children.Items);
    }
}
