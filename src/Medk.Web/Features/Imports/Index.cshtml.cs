using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Imports;

[RequestSizeLimit(ImportService.MaxUploadBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportService.MaxUploadBytes + 1024 * 1024)]
public sealed class IndexModel(ImportService imports) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            ModelState.AddModelError("File", "Выберите файл с дорожной картой.");
            return Page();
        }
        await using var stream = file.OpenReadStream();
        var id = await imports.StartAsync(stream, file.FileName, file.Length, Year, ct);
        return Redirect($"/Imports/Draft/{id}");
    }
}
