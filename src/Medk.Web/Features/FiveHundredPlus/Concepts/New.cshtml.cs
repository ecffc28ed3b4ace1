using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Web.Features.FiveHundredPlus.Cycles;
using Medk.Web.Infrastructure;
using Medk.Web.Features.Planning.Roadmaps;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.FiveHundredPlus.Concepts;

public sealed class NewModel(ConceptService concepts, CycleService cycles, RoadmapService roadmaps) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int SchoolId { get; set; }

    public IReadOnlyList<FactorView> Factors { get; private set; } = [];
    public IReadOnlyList<RoadmapRow> Roadmaps { get; private set; } = [];

    public async Task OnGetAsync(int cycleId, CancellationToken ct) => await LoadAsync(cycleId, ct);

    public async Task<IActionResult> OnPostAsync(int cycleId, CancellationToken ct)
    {
        await LoadAsync(cycleId, ct);
        var form = await UploadForm.ReadAsync(Request, ct);
        var kind = Enum.TryParse<ConceptKind>(form.Text("kind"), out var k) ? k : throw new DomainException("Выберите вид документа.", "kind");
        var created = await concepts.CreateAsync(cycleId, SchoolId, kind, form.Int("riskFactorId"), form.Text("title") ?? "", form.Int("roadmapId"), form.Files, ct);
        return Redirect($"/Concepts/Document/{created.Id}");
    }

    private async Task LoadAsync(int cycleId, CancellationToken ct)
    {
        await concepts.EnsureMayPrepareAsync(cycleId, SchoolId, ct);
        Factors = (await cycles.GetAsync(cycleId, ct)).Factors;
        Roadmaps = (await roadmaps.ListAsync(new RoadmapFilter(null, null, SchoolId, null, null, 1, 50), ct)).Items;
    }
}
