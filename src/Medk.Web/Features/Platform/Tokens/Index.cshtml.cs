using Medk.Data.Accounts;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Tokens;

public sealed class IndexModel(ApiTokenService tokens, CurrentUser current) : PageModel
{
    [BindProperty]
    public FormInput Input { get; set; } = new();

    public IReadOnlyList<TokenView> Tokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        DateTimeOffset? expires = Input.ExpiresOn is { } d ? new DateTimeOffset(d.ToDateTime(new TimeOnly(23, 59)), TimeSpan.FromHours(3)) : null;
        var created = await tokens.CreateAsync(current.RequiredId, Input.Name ?? "", expires, ct);
        NewSecret = created.Secret;
        Input = new FormInput();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        if (!await tokens.RevokeAsync(current.RequiredId, id, ct))
        {
            return NotFound();
        }
        TempData["Message"] = "Токен отозван.";
        return Redirect("/Tokens");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Tokens = (await tokens.ListAsync(current.RequiredId, ct)).Select(TokensApi.View).ToList();

    public sealed class FormInput
    {
        public string? Name { get; set; }
        public DateOnly? ExpiresOn { get; set; }
    }
}
