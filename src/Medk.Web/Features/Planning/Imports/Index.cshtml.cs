using Medk.Core.Platform.Access;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Planning.Imports;

public sealed class IndexModel(ImportService imports, CurrentUser current) : PageModel
{
    public int? Year { get; private set; }

    /// <summary>Why this person cannot import (an observer only reads): the page says so instead of offering a form.</summary>
    public string? Refusal { get; private set; }

    public async Task OnGetAsync(int? year, CancellationToken ct)
    {
        Year = year;
        Refusal = Policies.ImportRoadmap(await current.ScopeAsync(ct)).Refusal;
    }

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
