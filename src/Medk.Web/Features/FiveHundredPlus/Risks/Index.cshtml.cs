using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Risks;

public sealed class IndexModel(RiskProfileService risks) : PageModel
{
    public HeatMapView Map { get; private set; } = null!;
    public int? MunicipalityId { get; private set; }
    public ImportOutcome? Outcome { get; private set; }

    public async Task OnGetAsync(int cycleId, int? municipalityId, CancellationToken ct)
    {
        MunicipalityId = municipalityId;
        Map = await risks.HeatMapAsync(cycleId, municipalityId, ct);
    }

    public async Task<IActionResult> OnPostImportAsync(int cycleId, IFormFile? file, CancellationToken ct)
    {
        Map = await risks.HeatMapAsync(cycleId, null, ct);
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", "Выберите файл XLSX или CSV.");
            return Page();
        }
        await using (var stream = file.OpenReadStream())
        {
            Outcome = await risks.ImportAsync(cycleId, stream, file.FileName, ct);
        }
        if (!Outcome.Succeeded)
        {
            return Page();
        }
        TempData["Message"] = $"Загружены профили {Outcome.Schools} школ ({Outcome.Entries} уровней).";
        return Redirect($"/Risks/{cycleId}");
    }

    public static string Css(Medk.Core.FiveHundredPlus.Risks.RiskLevel? level) => level switch
    {
        Medk.Core.FiveHundredPlus.Risks.RiskLevel.High => "background-color:#dc3545;color:#fff",
        Medk.Core.FiveHundredPlus.Risks.RiskLevel.Medium => "background-color:#fd7e14;color:#fff",
        Medk.Core.FiveHundredPlus.Risks.RiskLevel.Low => "background-color:#ffc107",
        Medk.Core.FiveHundredPlus.Risks.RiskLevel.None => "background-color:#ced4da",
        _ => "background-color:#fff",
    };
}
