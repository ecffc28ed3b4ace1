using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Platform.Organizations;

public sealed class EditModel(OrganizationService organizations, CurrentUser current) : PageModel
{
    [BindProperty]
    public FormInput Input { get; set; } = new();

    public string? ParentName { get; private set; }

    public bool IsNew => RouteData.Values["id"] is null;

    public string BackUrl => IsNew ? $"/Organizations/Details/{Input.ParentId}" : $"/Organizations/Details/{RouteData.Values["id"]}";

    public async Task<IActionResult> OnGetAsync(int? id, int? parentId, CancellationToken ct)
    {
        if (id is { } existingId)
        {
            var o = await organizations.GetAsync(existingId, ct);
            (await current.ScopeAsync(ct)).Require(Policies.EditOrganization, o.Path);
            Input = new FormInput
            {
                ParentId = o.ParentId, Kind = o.Kind, FullName = o.FullName, ShortName = o.ShortName,
                Aliases = string.Join("\n", o.Aliases), Code = o.Code, Version = o.Version,
            };
        }
        else
        {
            if (parentId is null)
            {
                return Redirect("/Organizations");
            }
            Input = new FormInput { ParentId = parentId };
        }
        await LoadParentAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        await LoadParentAsync(ct);
        var input = new OrganizationInput
        {
            ParentId = Input.ParentId,
            Kind = Input.Kind,
            FullName = Input.FullName ?? "",
            ShortName = Input.ShortName,
            Aliases = (Input.Aliases ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Code = Input.Code,
            Version = Input.Version,
        };
        var saved = id is { } existingId
            ? await organizations.UpdateAsync(existingId, input, ct)
            : await organizations.CreateAsync(input, ct);
        TempData["Message"] = "Сохранено.";
        return Redirect($"/Organizations/Details/{saved.Id}");
    }

    private async Task LoadParentAsync(CancellationToken ct)
    {
        if (Input.ParentId is { } p)
        {
            ParentName = (await organizations.GetAsync(p, ct)).ShortName;
        }
    }

    public sealed class FormInput
    {
        public int? ParentId { get; set; }
        public OrganizationKind Kind { get; set; }
        public string? FullName { get; set; }
        public string? ShortName { get; set; }
        public string? Aliases { get; set; }
        public string? Code { get; set; }
        public int? Version { get; set; }
    }
}
