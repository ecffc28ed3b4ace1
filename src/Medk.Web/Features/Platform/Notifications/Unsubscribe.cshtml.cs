using Medk.Core.Platform.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>
/// The letter's «Отписаться» link: works without logging in, the signed token says who and from what. Opening the link
/// only asks (mail scanners open links); the button, or a mail program's one-click POST (RFC 8058), unsubscribes.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(SettingsService settings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t")]
    public string? Token { get; set; }

    public NotificationKind? Kind { get; private set; }
    public bool Done { get; private set; }
    public bool Invalid { get; private set; }

    public void OnGet()
    {
        Kind = settings.Read(Token)?.Kind;
        Invalid = Kind is null;
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        Kind = await settings.UnsubscribeAsync(Token, ct);
        Invalid = Kind is null;
        Done = !Invalid;
    }
}
