using Medk.Core.Planning.Roadmaps;
using Medk.Web.Features.Platform.Organizations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Planning.Roadmaps;

public sealed class EditModel(RoadmapService roadmaps, OrganizationService organizations, TimeProvider clock) : PageModel
{
    [BindProperty]
    public FormInput Input { get; set; } = new();

    public string OwnerName { get; private set; } = "";
    public bool CanDelete { get; private set; }
    public bool IsNew => RouteData.Values["id"] is null;

    public async Task<IActionResult> OnGetAsync(int? id, int? ownerId, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var r = await roadmaps.GetAsync(existing, ct);
            if (!r.CanEdit)
            {
                return Forbid();
            }
            Input = new FormInput
            {
                OwnerOrganizationId = r.OwnerOrganizationId, Title = r.Title, PeriodStart = r.PeriodStart, PeriodEnd = r.PeriodEnd,
                ApprovalKind = r.Approval?.Kind ?? "Приказ", ApprovalNumber = r.Approval?.Number, ApprovalDate = r.Approval?.Date,
                ApprovalSignatory = r.Approval?.Signatory, Version = r.Version,
            };
            CanDelete = r.Status == RoadmapStatus.Draft;
        }
        else
        {
            if (ownerId is null)
            {
                return Redirect("/Organizations");
            }
            var year = clock.GetLocalNow().Year;
            Input = new FormInput { OwnerOrganizationId = ownerId.Value, PeriodStart = new DateOnly(year, 1, 1), PeriodEnd = new DateOnly(year, 12, 31) };
        }
        OwnerName = (await organizations.GetAsync(Input.OwnerOrganizationId, ct)).ShortName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        OwnerName = (await organizations.GetAsync(Input.OwnerOrganizationId, ct)).ShortName;
        var input = new RoadmapInput
        {
            OwnerOrganizationId = Input.OwnerOrganizationId,
            Title = Input.Title ?? "",
            PeriodStart = Input.PeriodStart,
            PeriodEnd = Input.PeriodEnd,
            Approval = new ApprovalView(Input.ApprovalKind ?? "Приказ", Input.ApprovalNumber, Input.ApprovalDate, Input.ApprovalSignatory),
            Version = Input.Version,
        };
        var saved = id is { } existing ? await roadmaps.UpdateAsync(existing, input, ct) : await roadmaps.CreateAsync(input, ct);
        TempData["Message"] = "Сохранено.";
        return Redirect($"/Roadmaps/Details/{saved.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        OwnerName = (await organizations.GetAsync(Input.OwnerOrganizationId, ct)).ShortName;
        await roadmaps.DeleteAsync(id, ct);
        TempData["Message"] = "Черновик удалён.";
        return Redirect($"/Organizations/Details/{Input.OwnerOrganizationId}");
    }

    public sealed class FormInput
    {
        public int OwnerOrganizationId { get; set; }
        public string? Title { get; set; }
        public DateOnly? PeriodStart { get; set; }
        public DateOnly? PeriodEnd { get; set; }
        public string? ApprovalKind { get; set; } = "Приказ";
        public string? ApprovalNumber { get; set; }
        public DateOnly? ApprovalDate { get; set; }
        public string? ApprovalSignatory { get; set; }
        public string? Approval { get; set; }
        public int? Version { get; set; }
    }
}
