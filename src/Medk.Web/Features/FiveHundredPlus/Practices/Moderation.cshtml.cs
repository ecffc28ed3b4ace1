using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Practices;

public sealed class ModerationModel(PracticeService practices) : PageModel
{
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public Page<PracticeRow> Waiting { get; private set; } = new([], 0, 1, Paging.DefaultSize);

    public async Task OnGetAsync(CancellationToken ct) => Waiting = await practices.ModerationAsync(PageNumber, null, ct);
}
