using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Users;

public sealed class IndexModel(UserService users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public Page<UserRow> Rows { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Rows = await users.ListAsync(Q, PageNumber, null, ct);
}
