using Medk.Core.Monitoring;
using Medk.Web.Features.Monitoring.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Monitoring.Checkpoints;

public sealed class DetailsModel(ReportService reports) : PageModel
{
    public CheckpointView Checkpoint { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Checkpoint = await reports.GetAsync(id, ct);

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        Checkpoint = await reports.GetAsync(id, ct);
        var form = await EvidenceForm.ReadAsync(Request, ct);
        await reports.SaveDraftAsync(id, form.Text, form.IndicatorValue, form.Files, ct);
        TempData["Message"] = "Черновик отчёта сохранён.";
        return Redirect($"/Checkpoints/Details/{id}");
    }

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) =>
        Act(id, "Отчёт отправлен на проверку.", async () =>
        {
            // The form's text and files are saved first, so that «Отправить» after typing loses nothing.
            var form = await EvidenceForm.ReadAsync(Request, ct);
            await reports.SaveDraftAsync(id, form.Text, form.IndicatorValue, form.Files, ct);
            await reports.SubmitAsync(id, ct);
        }, ct);

    public Task<IActionResult> OnPostConfirmAsync(int id, string? comment, CancellationToken ct) =>
        Act(id, "Отчёт подтверждён.", () => reports.DecideAsync(id, true, comment, ct), ct);

    public Task<IActionResult> OnPostReturnAsync(int id, string? comment, CancellationToken ct) =>
        Act(id, "Отчёт возвращён на доработку.", () => reports.DecideAsync(id, false, comment, ct), ct);

    public Task<IActionResult> OnPostCancelAsync(int id, string? reason, CancellationToken ct) =>
        Act(id, "Контрольная точка отменена.", () => reports.CancelOrReopenAsync(id, true, reason, ct), ct);

    public Task<IActionResult> OnPostReopenAsync(int id, CancellationToken ct) =>
        Act(id, "Контрольная точка возвращена в план.", () => reports.CancelOrReopenAsync(id, false, null, ct), ct);

    public Task<IActionResult> OnPostRemoveFileAsync(int id, int fileId, CancellationToken ct) =>
        Act(id, "Файл убран.", () => reports.RemoveFileAsync(id, fileId, ct), ct);

    public string DecisionName(string kind) => MonitoringGlossary.Decision(kind);

    private async Task<IActionResult> Act(int id, string message, Func<Task> action, CancellationToken ct)
    {
        Checkpoint = await reports.GetAsync(id, ct);
        await action();
        TempData["Message"] = message;
        return Redirect($"/Checkpoints/Details/{id}");
    }
}
