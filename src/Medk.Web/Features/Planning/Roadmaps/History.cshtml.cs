using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Planning.Roadmaps;

public sealed class HistoryModel(RoadmapService roadmaps) : PageModel
{
    public RoadmapView Roadmap { get; private set; } = null!;
    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Roadmap = await roadmaps.GetAsync(id, ct);
        Revisions = await roadmaps.RevisionsAsync(id, ct);
    }
}
