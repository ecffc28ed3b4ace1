using System.ComponentModel.DataAnnotations;
using Medk.Core.Platform.Audit;
using Medk.Data.Accounts;
using Medk.Data.Audit;
using Medk.Web.Features.Shared;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Medk.Web.Features.Platform.Account;

/// <summary>
/// One answer for every failure (unknown e-mail, wrong password, blocked account) after the same work, so the form does
/// not tell who has an account; attempts are limited per address (the "login" policy) and per account (LoginThrottle).
/// </summary>
[EnableRateLimiting(WebSecurity.LoginPolicy)]
public sealed class LoginModel(SignInManager<MedkUser> signIn, LoginThrottle throttle, IOptions<MedkOptions> options, AuditJournal journal, AuditContext audit, OidcSettings sso) : PageModel
{
    public const string Refused = "Неверная электронная почта или пароль.";
    public const string TooMany = "Слишком много попыток входа в эту учётную запись. Подождите несколько минут и попробуйте снова " +
                                  "или войдите с устройства, с которого уже входили.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool Demo => options.Value.Demo;

    public OidcSettings Sso => sso;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var users = signIn.UserManager;
        var email = Input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        // The journal records every attempt (never the password): who, or which address was tried, and why it failed.
        // Only administrators read it; the person at the form is told the same in every case.
        Task FailedAsync(string why) => journal.RecordAsync(AuditAction.SignInFailed, audit, user?.Id, null,
            $"Адрес входа: {Format.Shorten(email, 200)}; {why}", HttpContext.RequestAborted);
        if (!throttle.TryAttempt(HttpContext, email, user))
        {
            await FailedAsync("слишком много попыток для этой учётной записи");
            ModelState.AddModelError("", TooMany);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        bool passwordMatches;
        if (user is null)
        {
            throttle.VerifyDummy(Input.Password);
            passwordMatches = false;
        }
        else
        {
            passwordMatches = await users.CheckPasswordAsync(user, Input.Password);
        }
        var blocked = user is not null && await users.IsLockedOutAsync(user);
        if (passwordMatches && !blocked && await signIn.CanSignInAsync(user!))
        {
            await signIn.SignInAsync(user!, Input.RememberMe);
            throttle.RememberDevice(HttpContext, user!.Id);
            await journal.RecordAsync(AuditAction.SignedIn, audit, user.Id, null, null, HttpContext.RequestAborted);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        await FailedAsync(user is null ? "такой учётной записи нет" : blocked ? "учётная запись заблокирована" : "неверный пароль");
        ModelState.AddModelError("", Refused);
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
