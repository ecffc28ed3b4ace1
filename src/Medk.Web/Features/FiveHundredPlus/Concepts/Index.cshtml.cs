using Medk.Core.FiveHundredPlus.Cycles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Concepts;

public sealed class IndexModel(ConceptService concepts) : PageModel
{
    public int CycleId { get; private set; }
    public IReadOnlyList<SchoolConceptRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(int cycleId, CancellationToken ct) => await LoadAsync(cycleId, ct);

    public async Task<IActionResult> OnPostOutcomeAsync(int cycleId, int schoolId, StageKind stage, bool positiveChanges, string? comment, CancellationToken ct)
    {
        await LoadAsync(cycleId, ct);
        await concepts.RecordOutcomeAsync(cycleId, new OutcomeInput(stage, schoolId, positiveChanges, comment), ct);
        TempData["Message"] = "Итог этапа сохранён.";
        return Redirect($"/Concepts/{cycleId}");
    }

    private async Task LoadAsync(int cycleId, CancellationToken ct)
    {
        CycleId = cycleId;
        Rows = await concepts.TableAsync(cycleId, ct);
    }
}
