using Medk.Core.Monitoring.Reviews;
using Medk.Web.Features.Monitoring.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Concepts;

public sealed class DocumentModel(ConceptService concepts) : PageModel
{
    public ConceptView Document { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken ct) => Document = await concepts.GetAsync(id, ct);

    public Task<IActionResult> OnPostFilesAsync(int id, CancellationToken ct) => Act(id, "Файлы добавлены.", async () =>
    {
        var form = await EvidenceForm.ReadAsync(Request, ct);
        await concepts.AddFilesAsync(id, form.Files, null, ct);
    }, ct);

    public Task<IActionResult> OnPostSubmitAsync(int id, CancellationToken ct) => Act(id, "Документ отправлен куратору.", () => concepts.SubmitAsync(id, ct), ct);

    public Task<IActionResult> OnPostConfirmAsync(int id, string? comment, CancellationToken ct) => Act(id, "Документ подтверждён.", () => concepts.DecideAsync(id, true, comment, ct), ct);

    public Task<IActionResult> OnPostReturnAsync(int id, string? comment, CancellationToken ct) => Act(id, "Документ возвращён на доработку.", () => concepts.DecideAsync(id, false, comment, ct), ct);

    public Task<IActionResult> OnPostReviewAsync(int id, ReviewVerdict verdict, string? comment, CancellationToken ct) => Act(id, "Экспертиза сохранена.", () => concepts.ReviewAsync(id, verdict, comment, ct), ct);

    private async Task<IActionResult> Act(int id, string message, Func<Task> action, CancellationToken ct)
    {
        Document = await concepts.GetAsync(id, ct);
        await action();
        TempData["Message"] = message;
        return Redirect($"/Concepts/Document/{id}");
    }
}
