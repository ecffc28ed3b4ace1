using System.Security.Claims;
using Medk.Core.Platform.Audit;
using Medk.Data.Accounts;
using Medk.Data.Audit;
using Medk.Web.Features.Shared;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Account;

/// <summary>
/// Single sign-on (decision 031): the button sends the person to the OpenID provider; on the way back the external
/// identity is mapped to an existing Medk user — by a stored subject, else by e-mail — and signed in with the usual
/// cookie. Medk never creates an account here: an unknown person is told whom to ask.
/// </summary>
[AllowAnonymous]
public sealed class SsoModel(SignInManager<MedkUser> signIn, OidcSettings settings, AuditJournal journal, AuditContext audit) : PageModel
{
    public const string NotFoundMessage = "Учётная запись не найдена — обратитесь к координатору своей территории.";
    public const string LockedOutMessage = "Вход для этой учётной записи заблокирован — обратитесь к координатору своей территории.";
    public const string FailedMessage = "Единый вход не удался: поставщик входа не подтвердил вашу личность. Попробуйте ещё раз или войдите по паролю.";

    public string Message { get; private set; } = "";

    public IActionResult OnPost(string? returnUrl)
    {
        if (!settings.Enabled)
        {
            return NotFound();
        }
        var back = "/Account/Sso?handler=Callback" + (Url.IsLocalUrl(returnUrl) ? "&returnUrl=" + Uri.EscapeDataString(returnUrl!) : "");
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(OidcSettings.Scheme, back), OidcSettings.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        if (!settings.Enabled)
        {
            return NotFound();
        }
        var info = await signIn.GetExternalLoginInfoAsync();
        // The external cookie has done its work: whatever happens next, it does not outlive this request.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (info is null)
        {
            Message = FailedMessage;
            return Page();
        }
        var subjectClaim = info.Principal.FindFirst(ClaimTypes.NameIdentifier)!;
        // A subject is unique only at its issuer: the issuer is the «login provider» the link is stored under.
        var issuer = subjectClaim.Issuer;
        var subject = subjectClaim.Value;
        var email = info.Principal.FindFirstValue(ClaimTypes.Email)?.Trim();
        var emailVerified = info.Principal.FindFirstValue("email_verified") is not { } v || !string.Equals(v, "false", StringComparison.OrdinalIgnoreCase);
        var who = $"Единый вход: идентификатор {Format.Shorten(subject, 100)} у {Format.Shorten(issuer, 100)}"
                  + (string.IsNullOrEmpty(email) ? "" : $", почта {Format.Shorten(email, 200)}");

        var users = signIn.UserManager;
        var user = await users.FindByLoginAsync(issuer, subject);
        var link = false;
        if (user is null && !string.IsNullOrEmpty(email) && emailVerified && await users.FindByEmailAsync(email) is { } byEmail)
        {
            var linked = (await users.GetLoginsAsync(byEmail)).Any(l => l.LoginProvider == issuer);
            // By subject, a user already linked to another identity of this provider is not taken by a same e-mail.
            if (settings.MatchBy == OidcMatch.Email || !linked)
            {
                user = byEmail;
                link = true;
            }
        }
        if (user is null)
        {
            await journal.RecordAsync(AuditAction.SignInFailed, audit, null, null, who + "; такой учётной записи нет", HttpContext.RequestAborted);
            Message = NotFoundMessage;
            return Page();
        }
        if (await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            await journal.RecordAsync(AuditAction.SignInFailed, audit, user.Id, null, who + "; вход заблокирован", HttpContext.RequestAborted);
            Message = LockedOutMessage;
            return Page();
        }
        if (link)
        {
            var added = await users.AddLoginAsync(user, new UserLoginInfo(issuer, subject, settings.ButtonText));
            if (!added.Succeeded)
            {
                throw new InvalidOperationException("Единый вход: не удалось запомнить внешний идентификатор: "
                                                    + string.Join("; ", added.Errors.Select(e => e.Description)));
            }
        }
        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: OidcSettings.Scheme);
        await journal.RecordAsync(AuditAction.SignedIn, audit, user.Id, null, who + (link ? "; идентификатор запомнен" : ""), HttpContext.RequestAborted);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }

    public IActionResult OnGetFailed()
    {
        if (!settings.Enabled)
        {
            return NotFound();
        }
        Message = FailedMessage;
        return Page();
    }
}
