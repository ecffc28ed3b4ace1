using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Curator;

/// <summary>What curators did in the schools of the user's territory: submitted reports and visits.</summary>
public sealed class ReportsModel(CuratorService curator) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public Page<CuratorReportView> Reports { get; private set; } = new([], 0, 1, Paging.DefaultSize);
    public Page<VisitView> Visits { get; private set; } = new([], 0, 1, Paging.DefaultSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reports = await curator.ReportsAsync(Year, PageNumber, null, ct);
        Visits = await curator.VisitsAsync(null, 1, 50, ct);
    }
}
