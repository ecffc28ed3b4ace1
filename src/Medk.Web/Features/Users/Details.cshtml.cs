using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Users;

public sealed class DetailsModel(UserService users) : PageModel
{
    public new UserView User { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken ct) => User = await users.GetAsync(id, ct);
}
