using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features;

/// <summary>
/// The page shown for a page request that ended in 4xx (re-executed by the status-code middleware): it keeps the
/// site's layout and menu, so a user who followed a stale link is one click from where they were.
/// </summary>
[IgnoreAntiforgeryToken] // re-executed for any method, a failed POST included
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Show(code);

    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        Code = code;
        Title = WebSetup.StatusTitle(code);
        Explanation = WebSetup.StatusExplanation(code);
        // Keep the original status: the re-executed request would otherwise answer 200.
        Response.StatusCode = code;
    }
}
