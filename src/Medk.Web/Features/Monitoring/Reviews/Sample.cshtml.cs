using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Monitoring.Reviews;

public sealed class SampleModel(ReviewService reviews) : PageModel
{
    public IReadOnlyList<AssignmentRow> Assignments { get; private set; } = [];

    /// <summary>The sample itself, so the page names its territory and period.</summary>
    public SampleRow? Sample { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Assignments = await reviews.AssignmentsAsync(id, ct); // refuses a sample the user may not see
        Sample = (await reviews.SamplesAsync(ct)).FirstOrDefault(s => s.Id == id);
    }
}
