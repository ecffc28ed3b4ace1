using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Notifications;

public sealed class IndexModel(NotificationService notifications) : PageModel
{
    public NotificationList List { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public bool UnreadOnly { get; set; }

    public async Task OnGetAsync(int? page, CancellationToken ct) => List = await notifications.ListAsync(UnreadOnly, page, 30, ct);

    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken ct)
    {
        await notifications.MarkReadAsync(id, ct);
        return RedirectToPage(new { UnreadOnly });
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken ct)
    {
        var count = await notifications.MarkAllReadAsync(ct);
        TempData["Message"] = count == 0 ? "Непрочитанных уведомлений нет." : $"Отмечено прочитанными: {count}.";
        return RedirectToPage(new { UnreadOnly });
    }
}
