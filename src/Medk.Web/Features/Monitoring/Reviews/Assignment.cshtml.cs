using Medk.Core.Monitoring.Reviews;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Monitoring.Reviews;

public sealed class AssignmentModel(ReviewService reviews) : PageModel
{
    public AssignmentView View { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => View = await reviews.GetAsync(id, ct);

    public async Task<IActionResult> OnPostAsync(int id, int[] points, ReviewVerdict verdict, string? comment, CancellationToken ct)
    {
        View = await reviews.GetAsync(id, ct);
        await reviews.CompleteAsync(id, new ReviewInput(points, verdict, comment), ct);
        TempData["Message"] = "Экспертиза завершена.";
        return Redirect($"/Reviews/Assignment/{id}");
    }
}
