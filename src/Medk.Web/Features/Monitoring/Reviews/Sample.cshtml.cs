using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Monitoring.Reviews;

public sealed class SampleModel(ReviewService reviews) : PageModel
{
    public IReadOnlyList<AssignmentRow> Assignments { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct) => Assignments = await reviews.AssignmentsAsync(id, ct);
}
