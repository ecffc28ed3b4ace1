using Medk.Core.Platform.Access;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Curator;

/// <summary>The curator's desk: each assigned school with what waits for confirmation, the visits and the yearly report.</summary>
public sealed class IndexModel(CuratorService curator, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<CuratedSchool> Schools { get; private set; } = [];
    public int ShownYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Policies.WorksAsCurator(await me.ScopeAsync(ct)))
        {
            return Redirect("/Curator/Reports"); // coordinators read curators' work there
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostVisitAsync(int schoolId, CancellationToken ct)
    {
        await LoadAsync(ct);
        var form = await UploadForm.ReadAsync(Request, ct);
        await curator.CreateVisitAsync(CuratorApi.VisitFrom(form, schoolId), ct);
        TempData["Message"] = "Посещение записано.";
        return Redirect($"/Curator?year={ShownYear}#school-{schoolId}");
    }

    public async Task<IActionResult> OnPostDeleteVisitAsync(int visitId, CancellationToken ct)
    {
        await LoadAsync(ct);
        await curator.DeleteVisitAsync(visitId, ct);
        TempData["Message"] = "Посещение удалено.";
        return Redirect($"/Curator?year={ShownYear}");
    }

    public async Task<IActionResult> OnPostReportAsync(int schoolId, bool submit, CancellationToken ct)
    {
        await LoadAsync(ct);
        var form = await UploadForm.ReadAsync(Request, ct);
        await curator.SaveReportAsync(schoolId, ShownYear, form.Text("text"), form.Files, ct);
        if (submit)
        {
            await curator.SubmitReportAsync(schoolId, ShownYear, ct);
        }
        TempData["Message"] = submit ? "Отчёт отправлен координатору." : "Черновик отчёта сохранён.";
        return Redirect($"/Curator?year={ShownYear}#school-{schoolId}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ShownYear = Year ?? curator.ThisYear;
        Schools = await curator.SchoolsAsync(ShownYear, ct);
    }
}
