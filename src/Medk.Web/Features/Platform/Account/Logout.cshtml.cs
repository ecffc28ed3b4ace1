using Medk.Core.Platform.Audit;
using Medk.Data.Accounts;
using Medk.Data.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Account;

public sealed class LogoutModel(SignInManager<MedkUser> signIn, AuditJournal journal, AuditContext audit) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (audit.UserId is { } userId)
        {
            await journal.RecordAsync(AuditAction.SignedOut, audit, userId, null, null, HttpContext.RequestAborted);
        }
        await signIn.SignOutAsync();
        return Redirect("/Account/Login");
    }
}
