using Medk.Core.Platform.Access;
using Medk.Web.Features.Platform.Organizations;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Users;

public sealed class CreateModel(UserService users, OrganizationService organizations, CurrentUser current) : PageModel
{
    [BindProperty]
    public FormInput Input { get; set; } = new();

    public string OrganizationName { get; private set; } = "";

    /// <summary>Only the roles this person may give here: a municipal coordinator is not offered the federal ones.</summary>
    public IReadOnlyList<Role> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int organizationId, CancellationToken ct)
    {
        Input.OrganizationId = organizationId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var user = await users.CreateAsync(new NewUserInput(Input.Email ?? "", Input.FullName ?? "", Input.Password ?? "", Input.Role, Input.OrganizationId), ct);
        TempData["Message"] = $"Пользователь {user.Email} создан.";
        return Redirect($"/Users/Details/{user.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var organization = await organizations.GetAsync(Input.OrganizationId, ct);
        var scope = await current.ScopeAsync(ct);
        scope.Require(Policies.AppointIn, organization.Path);
        OrganizationName = organization.ShortName;
        Roles = Policies.RolesToOffer(scope, organization.Level);
        if (Request.Method == HttpMethods.Get && Roles.Count > 0 && !Roles.Contains(Input.Role)) Input.Role = Roles[0];
    }

    public sealed class FormInput
    {
        public int OrganizationId { get; set; }
        public string? FullName { get; set; }
        public string? Email { get; set; }
        public string? Password { get; set; }
        public Role Role { get; set; } = RoleRules.DefaultAppointment;
    }
}
