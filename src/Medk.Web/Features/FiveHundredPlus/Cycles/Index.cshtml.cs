using Medk.Web.Features.Planning.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Cycles;

public sealed class IndexModel(CycleService cycles, ImportService imports, TimeProvider clock) : PageModel
{
    [BindProperty]
    public FormInput Input { get; set; } = new();

    public IReadOnlyList<CycleRow> Cycles { get; private set; } = [];
    public IReadOnlyList<OwnerOption> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new FormInput { Year = clock.GetLocalNow().Year, Name = $"500+ {clock.GetLocalNow().Year}" };
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var cycle = await cycles.CreateAsync(new NewCycleInput(Input.Name ?? "", Input.Year, Input.RegionId), ct);
        return Redirect($"/Cycles/Details/{cycle.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Cycles = await cycles.ListAsync(ct);
        Regions = (await imports.OwnerOptionsAsync(ct)).Where(o => o.Level == Core.Platform.Organizations.OrganizationLevel.Region).ToList();
    }

    public sealed class FormInput
    {
        public string? Name { get; set; }
        public int Year { get; set; }
        public int RegionId { get; set; }
    }
}
