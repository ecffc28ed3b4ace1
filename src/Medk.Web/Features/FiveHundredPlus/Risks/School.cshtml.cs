using Medk.Core.FiveHundredPlus.Risks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Risks;

public sealed class SchoolModel(RiskProfileService risks) : PageModel
{
    public RiskProfileView Profile { get; private set; } = null!;

    public async Task OnGetAsync(int cycleId, int schoolId, CancellationToken ct) => Profile = await risks.GetAsync(cycleId, schoolId, ct);

    /// <summary>The form posts «level_{factorId}»; an empty choice leaves the factor as it is.</summary>
    public Task<IActionResult> OnPostLevelsAsync(int cycleId, int schoolId, CancellationToken ct) => Act(cycleId, schoolId, "Уровни рисков сохранены.", () =>
    {
        var levels = Request.Form.Keys.Where(k => k.StartsWith("level_", StringComparison.Ordinal))
            .Select(k => (Id: int.TryParse(k["level_".Length..], out var id) ? id : 0, Value: Request.Form[k].ToString()))
            .Where(l => l.Id > 0 && Enum.TryParse<RiskLevel>(l.Value, out _))
            .Select(l => new RiskLevelInput(l.Id, Enum.Parse<RiskLevel>(l.Value))).ToList();
        return risks.SetLevelsAsync(cycleId, schoolId, new RiskLevelsInput(levels), ct);
    }, ct);

    public Task<IActionResult> OnPostActivateAsync(int cycleId, int schoolId, int[] factorIds, CancellationToken ct) =>
        Act(cycleId, schoolId, "Рисковые направления сохранены.", () => risks.ActivateAsync(cycleId, schoolId, new ActivationInput(factorIds), ct), ct);

    public Task<IActionResult> OnPostVerifyAsync(int cycleId, int schoolId, CancellationToken ct) =>
        Act(cycleId, schoolId, "Профиль отмечен проверенным.", () => risks.VerifyAsync(cycleId, schoolId, reopen: false, ct), ct);

    public Task<IActionResult> OnPostReopenAsync(int cycleId, int schoolId, CancellationToken ct) =>
        Act(cycleId, schoolId, "Профиль открыт для правки.", () => risks.VerifyAsync(cycleId, schoolId, reopen: true, ct), ct);

    private async Task<IActionResult> Act(int cycleId, int schoolId, string message, Func<Task> action, CancellationToken ct)
    {
        // Loaded first, so that a broken rule shows the page with the message (PageExceptionFilter).
        Profile = await risks.GetAsync(cycleId, schoolId, ct);
        await action();
        TempData["Message"] = message;
        return Redirect($"/Risks/{cycleId}/School/{schoolId}");
    }
}
