using System.ComponentModel.DataAnnotations;
using Medk.Data.Accounts;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Account;

public sealed class ChangePasswordModel(UserManager<MedkUser> users, SignInManager<MedkUser> signIn, SessionService sessions, ApiTokenService tokens) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var key = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword";
                ModelState.AddModelError(key, error.Description);
            }
            return Page();
        }
        // The new security stamp already refuses the other sessions' cookies; ending their rows says so in the database.
        await sessions.EndAllAsync(user.Id, Authentication.SessionOf(User));
        await signIn.RefreshSignInAsync(user);
        var revoked = Input.RevokeTokens ? await tokens.RevokeAllAsync(user.Id) : 0;
        TempData["Message"] = "Пароль изменён, другие сеансы завершены." + (revoked > 0 ? $" Отозвано API-токенов: {revoked}." : "");
        return Redirect("/");
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Укажите текущий пароль.")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Укажите новый пароль.")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Compare(nameof(NewPassword), ErrorMessage = "Пароли не совпадают.")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";

        /// <summary>API tokens are credentials of their own: kept unless asked (a reset by e-mail revokes them).</summary>
        public bool RevokeTokens { get; set; }
    }
}
