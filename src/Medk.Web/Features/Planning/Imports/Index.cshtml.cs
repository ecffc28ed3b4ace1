using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Planning.Imports;

public sealed class IndexModel(ImportService imports) : PageModel
{
    public int? Year { get; private set; }

    public void OnGet(int? year) => Year = year;

    /// <summary>The form is read by <see cref="Upload"/>, not by model binding, so that a too large file is a message, not an error page.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var upload = await Upload.ReadAsync(Request, ct);
        Year = upload.Year;
        await using var stream = upload.File.OpenReadStream();
        var id = await imports.StartAsync(stream, upload.File.FileName, upload.File.Length, upload.Year, ct);
        return Redirect($"/Imports/Draft/{id}");
    }
}
