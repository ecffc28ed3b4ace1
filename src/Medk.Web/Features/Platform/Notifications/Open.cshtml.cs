using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>Following a notification marks it read: the person has seen what it is about.</summary>
public sealed class OpenModel(NotificationService notifications) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        LocalRedirect(await notifications.MarkReadAsync(id, ct));
}
