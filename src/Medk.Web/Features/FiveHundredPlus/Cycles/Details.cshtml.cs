using Medk.Core.FiveHundredPlus.Cycles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Cycles;

public sealed class DetailsModel(CycleService cycles) : PageModel
{
    public CycleView Cycle { get; private set; } = null!;
    public IReadOnlyList<(int Id, string Name)> Candidates { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public Task<IActionResult> OnPostStageAsync(int id, StageKind kind, DateOnly from, DateOnly to, CancellationToken ct) =>
        Act(id, "Сроки этапа сохранены.", () => cycles.SetStageAsync(id, new StageInput(kind, from, to), ct), ct);

    public Task<IActionResult> OnPostFactorAsync(int id, string? name, CancellationToken ct) =>
        Act(id, "Фактор добавлен.", () => cycles.AddFactorAsync(id, new FactorInput(name ?? ""), ct), ct);

    public Task<IActionResult> OnPostParticipantAsync(int id, int schoolId, bool lowResults, bool unfavourable, int? joinedYear, CancellationToken ct) =>
        Act(id, "Школа включена в проект.", () => cycles.AddParticipantAsync(id, new ParticipantInput(schoolId, lowResults, unfavourable, joinedYear), ct), ct);

    private async Task<IActionResult> Act(int id, string message, Func<Task> action, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        await action();
        TempData["Message"] = message;
        return Redirect($"/Cycles/Details/{id}");
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Cycle = await cycles.GetAsync(id, ct);
        Candidates = await cycles.CandidateSchoolsAsync(id, ct);
    }
}
