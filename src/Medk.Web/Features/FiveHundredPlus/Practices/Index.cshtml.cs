using Medk.Core.Platform.Access;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Practices;

public sealed class IndexModel(PracticeService practices, CurrentUser current) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }
    [BindProperty(SupportsGet = true)] public int? FactorId { get; set; }
    [FromQuery(Name = "page")] public int? PageNumber { get; set; }

    public Page<PracticeRow> Found { get; private set; } = new([], 0, 1, Paging.DefaultSize);
    public IReadOnlyList<PracticeRow> Mine { get; private set; } = [];
    public IReadOnlyList<Option> Factors { get; private set; } = [];
    public IReadOnlyList<Option> Origins { get; private set; } = [];
    public IReadOnlyList<string> Topics { get; private set; } = [];

    /// <summary>Whether practices come to this person for moderation: only then the page offers that list.</summary>
    public bool Moderates { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>«Предложить практику»: the same multipart form the API reads, files checked by content.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var form = await UploadForm.ReadAsync(Request, ct);
        var practice = await practices.SubmitAsync(new NewPractice(form.Text("title"), form.Text("description"), form.Text("topic"),
            form.Int("factorId"), form.Int("organizationId"), form.Files), ct);
        TempData["Message"] = "Практика отправлена на модерацию координатору вашей территории.";
        return Redirect($"/Practices/{practice.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Found = await practices.SearchAsync(Search, Topic, FactorId, PageNumber, 20, ct);
        Mine = await practices.MineAsync(ct);
        Factors = await practices.FactorsAsync(ct);
        Origins = await practices.OriginsAsync(ct);
        Topics = await practices.TopicsAsync(ct);
        Moderates = Policies.ModeratesPractices(await current.ScopeAsync(ct));
    }
}
