using System.ComponentModel.DataAnnotations;
using Medk.Web.Features.Platform.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Account;

[AllowAnonymous]
public sealed class ResetPasswordModel(PasswordReset reset) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Укажите новый пароль.")]
    [DataType(DataType.Password)]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "Пароли не совпадают.")]
    public string ConfirmPassword { get; set; } = "";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var errors = await reset.ResetAsync(UserId, Token, NewPassword);
        if (errors is not null)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(error == PasswordReset.StaleLink ? "" : nameof(NewPassword), error);
            }
            return Page();
        }
        TempData["Message"] = "Пароль изменён. Войдите с новым паролем.";
        return Redirect("/Account/Login");
    }
}
