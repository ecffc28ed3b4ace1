using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Practices;

public sealed class DetailsModel(PracticeService practices) : PageModel
{
    public PracticeView Practice { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Practice = await practices.GetAsync(id, ct);

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) =>
        Act(id, "Практика опубликована в банке.", () => practices.PublishAsync(id, ct), ct);

    public Task<IActionResult> OnPostRejectAsync(int id, string? comment, CancellationToken ct) =>
        Act(id, "Практика отклонена, автор увидит комментарий.", () => practices.RejectAsync(id, comment, ct), ct);

    private async Task<IActionResult> Act(int id, string message, Func<Task> action, CancellationToken ct)
    {
        Practice = await practices.GetAsync(id, ct); // the page re-renders with the error if the action is refused
        await action();
        TempData["Message"] = message;
        return Redirect($"/Practices/{id}");
    }
}
