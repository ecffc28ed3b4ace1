using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Planning.Roadmaps;

public sealed class IndexModel(RoadmapService roadmaps, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganizationLevel? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public RoadmapStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? OwnerId { get; set; }

    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Page<RoadmapRow> Rows { get; private set; } = null!;

    /// <summary>Import is offered only to those who write roadmaps (an observer only reads).</summary>
    public bool MayImport { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Rows = await roadmaps.ListAsync(new RoadmapFilter(Q, Level, OwnerId, Year is >= 1900 and <= 2200 ? Year : null, Status, PageNumber, null), ct);
        MayImport = Policies.ImportRoadmap(await current.ScopeAsync(ct)).IsAllowed;
    }
}
