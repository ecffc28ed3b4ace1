using System.ComponentModel.DataAnnotations;
using Medk.Core.Platform.Audit;
using Medk.Data.Accounts;
using Medk.Data.Audit;
using Medk.Web.Features.Shared;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Medk.Web.Features.Platform.Account;

public sealed class LoginModel(SignInManager<MedkUser> signIn, IOptions<MedkOptions> options, AuditJournal journal, AuditContext audit) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Demo => options.Value.Demo;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Input.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        // The journal records every attempt (never the password): who, or which address was tried, and why it failed.
        var user = await signIn.UserManager.FindByNameAsync(email);
        if (result.Succeeded)
        {
            await journal.RecordAsync(AuditAction.SignedIn, audit, user?.Id, null, null, HttpContext.RequestAborted);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        await journal.RecordAsync(AuditAction.SignInFailed, audit, user?.Id, null,
            $"Адрес входа: {Format.Shorten(email, 200)}; " + (result.IsLockedOut ? "вход заблокирован после неудачных попыток"
                : user is null ? "такой учётной записи нет" : "неверный пароль"), HttpContext.RequestAborted);
        ModelState.AddModelError("", result.IsLockedOut
            ? "Слишком много неудачных попыток: вход заблокирован на несколько минут."
            : "Неверная электронная почта или пароль.");
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Укажите электронную почту.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Укажите пароль.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
