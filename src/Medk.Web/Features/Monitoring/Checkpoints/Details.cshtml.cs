using Medk.Core.Monitoring;
using Medk.Web.Features.Monitoring.Reports;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Monitoring.Checkpoints;

public sealed class DetailsModel(ReportService reports) : PageModel, IBuildsView
{
    private int _id;

    public CheckpointView Checkpoint { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Checkpoint = await reports.GetAsync(id, ct);

    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) =>
        Act(id, "Черновик отчёта сохранён.", async () =>
        {
            var form = await EvidenceForm.ReadAsync(Request, ct);
            return await reports.SaveDraftAsync(id, form.Text, form.IndicatorValue, form.Files, ct);
        }, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) =>
        Act(id, "Отчёт отправлен на проверку.", async () =>
        {
            // The form's text and files are saved with the submission, so that «Отправить» after typing loses nothing.
            var form = await EvidenceForm.ReadAsync(Request, ct);
            return await reports.SaveAndSubmitAsync(id, form.Text, form.IndicatorValue, form.Files, ct);
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

    /// <summary>Only a refused command shows this page again; then (and only then) the view is built, once.</summary>
    public async Task BuildViewAsync(CancellationToken ct) => Checkpoint = await reports.GetAsync(_id, ct);

    /// <summary>Commands redirect, and the page after the redirect builds the view once.</summary>
    private async Task<IActionResult> Act(int id, string message, Func<Task<ReportOutcome>> action, CancellationToken ct)
    {
        _id = id;
        await action();
        TempData["Message"] = message;
        return Redirect($"/Checkpoints/Details/{id}");
    }
}
