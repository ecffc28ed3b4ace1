using Medk.Core.Platform.Audit;
using Medk.Data.Accounts;
using Medk.Data.Audit;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Account;

public sealed class LogoutModel(SignInManager<MedkUser> signIn, SessionService sessions, AuditJournal journal, AuditContext audit) : PageModel
{
    /// <summary>Ends the session on the server too: a copy of the cookie is refused afterwards (decision 024).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (audit.UserId is { } userId)
        {
            await journal.RecordAsync(AuditAction.SignedOut, audit, userId, null, null, HttpContext.RequestAborted);
        }
        if (Authentication.SessionOf(User) is { } session)
        {
            await sessions.EndAsync(session, ct);
        }
        await signIn.SignOutAsync();
        return Redirect("/Account/Login");
    }
}
