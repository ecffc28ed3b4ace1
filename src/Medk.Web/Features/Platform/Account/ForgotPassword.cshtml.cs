using System.ComponentModel.DataAnnotations;
using Medk.Web.Features.Platform.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Account;

[AllowAnonymous]
public sealed class ForgotPasswordModel(PasswordReset reset) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Укажите электронную почту.")]
    public string Email { get; set; } = "";

    public ResetRequestOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Outcome = await reset.RequestAsync(Email, ct);
        return Page();
    }
}
