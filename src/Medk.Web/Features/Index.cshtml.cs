using Medk.Core.Platform.Access;
using Medk.Web.Features.Planning.Roadmaps;
using Medk.Web.Features.Platform.Users;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features;

public sealed class IndexModel(UserService users, RoadmapService roadmaps, Monitoring.Reports.ReportService reports,
    Monitoring.Reviews.ReviewService reviews, CurrentUser current) : PageModel
{
    public Monitoring.Reports.Attention Attention { get; private set; } = null!;
    public Page<Monitoring.Reports.WaitingReportRow> Waiting { get; private set; } = null!;

    /// <summary>Reports sent back to the user's organization: the first thing a school must see.</summary>
    public IReadOnlyList<Monitoring.Reports.AttentionRow> Returned { get; private set; } = [];

    /// <summary>Only curators, coordinators and administrators confirm reports; others do not see the empty list.</summary>
    public bool Confirms { get; private set; }

    /// <summary>An expert's own work — the review assignments — comes before the territory's checkpoints.</summary>
    public IReadOnlyList<Monitoring.Reviews.AssignmentRow>? Reviews { get; private set; }

    public UserView Me { get; private set; } = null!;
    public Page<RoadmapRow> Roadmaps { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = await users.GetAsync(current.RequiredId, ct);
        Roadmaps = await roadmaps.ListAsync(new RoadmapFilter(null, null, null, null, null, 1, 10), ct);
        Attention = await reports.AttentionAsync(10, ct);
        Returned = await reports.ReturnedToMeAsync(20, ct);
        Waiting = await reports.WaitingForMeAsync(1, 10, ct);
        var scope = await current.ScopeAsync(ct);
        if (scope.HasRole(RoleRules.ExpertRole))
        {
            Reviews = await reviews.AssignmentsAsync(null, ct);
        }
        Confirms = Policies.ConfirmsReports(scope);
    }
}
