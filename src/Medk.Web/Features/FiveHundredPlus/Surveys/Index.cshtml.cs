using Medk.Core.FiveHundredPlus.Surveys;
using Medk.Web.Features.FiveHundredPlus.Risks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Surveys;

public sealed class IndexModel(SurveyService surveys) : PageModel
{
    public SurveysView View { get; private set; } = null!;
    public SurveyRoundView? Round { get; private set; }
    public ImportOutcome? Outcome { get; private set; }

    public async Task OnGetAsync(int cycleId, int? roundId, CancellationToken ct) => await LoadAsync(cycleId, roundId, ct);

    public Task<IActionResult> OnPostRoundAsync(int cycleId, string? name, DateOnly from, DateOnly to, CancellationToken ct) =>
        Act(cycleId, null, "Опрос назначен.", async () => (await surveys.AddRoundAsync(cycleId, new NewRoundInput(name, from, to), ct)).Id, ct);

    public Task<IActionResult> OnPostEntryAsync(int cycleId, int roundId, int schoolId, SurveyGroup group, int expected, int actual, CancellationToken ct) =>
        Act(cycleId, roundId, "Участие сохранено.", async () =>
            (await surveys.RecordAsync(cycleId, roundId, new ParticipationInput([new ParticipationEntry(schoolId, group, expected, actual)]), ct)).Id, ct);

    public async Task<IActionResult> OnPostImportAsync(int cycleId, int roundId, IFormFile? file, CancellationToken ct)
    {
        await LoadAsync(cycleId, roundId, ct);
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", "Выберите файл XLSX или CSV.");
            return Page();
        }
        await using (var stream = file.OpenReadStream())
        {
            Outcome = await surveys.ImportAsync(cycleId, roundId, stream, file.FileName, ct);
        }
        if (!Outcome.Succeeded)
        {
            return Page();
        }
        TempData["Message"] = $"Загружено участие {Outcome.Schools} школ ({Outcome.Entries} строк).";
        return Redirect($"/Surveys/{cycleId}?roundId={roundId}");
    }

    private async Task<IActionResult> Act(int cycleId, int? roundId, string message, Func<Task<int>> action, CancellationToken ct)
    {
        await LoadAsync(cycleId, roundId, ct);
        var id = await action();
        TempData["Message"] = message;
        return Redirect($"/Surveys/{cycleId}?roundId={id}");
    }

    private async Task LoadAsync(int cycleId, int? roundId, CancellationToken ct)
    {
        View = await surveys.GetAsync(cycleId, ct);
        Round = View.Rounds.FirstOrDefault(r => r.Id == roundId) ?? View.Rounds.LastOrDefault();
    }

    public static string Percent(decimal? share) => share is null ? "—" : Shared.Format.Percent(share);
}
