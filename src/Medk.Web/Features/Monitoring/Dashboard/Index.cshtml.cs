using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Monitoring.Dashboard;

public sealed class IndexModel(DashboardService dashboard) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "org")]
    public int? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public DashboardView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        View = await dashboard.BuildAsync(OrganizationId, Year is >= 2000 and <= 2100 ? Year : null, ct);

    /// <summary>A CSS-friendly key for a status's Russian name.</summary>
    public string StatusKey(string russianName) => Enum.GetValues<Core.Monitoring.CheckpointStatus>()
        .FirstOrDefault(s => Core.Monitoring.MonitoringGlossary.Status(s) == russianName).ToString().ToLowerInvariant();
}
