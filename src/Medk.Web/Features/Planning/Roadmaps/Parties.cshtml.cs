using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Planning.Roadmaps;

public sealed class PartiesModel(PartyService parties, RoadmapService roadmaps) : PageModel
{
    public RoadmapView Roadmap { get; private set; } = null!;
    public IReadOnlyList<PartyView> Parties { get; private set; } = [];
    public IReadOnlyList<(int Id, string Name)> Candidates { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostLinkAsync(int id, string name, int? organizationId, bool rememberAlias, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        var linked = await parties.LinkAsync(id, new LinkPartyInput(name, organizationId, null, rememberAlias), ct);
        TempData["Message"] = $"«{name}» связан в {linked} пунктах.";
        return Redirect($"/Roadmaps/Parties/{id}");
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Roadmap = await roadmaps.GetAsync(id, ct);
        Parties = await parties.ListAsync(id, ct);
        Candidates = Roadmap.CanEdit ? await parties.CandidatesAsync(id, ct) : [];
    }
}
