using Medk.Core;
using Medk.Core.Roadmaps;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Roadmaps;

public sealed class DetailsModel(RoadmapService roadmaps) : PageModel
{
    public RoadmapView Roadmap { get; private set; } = null!;
    public IReadOnlyList<ItemView> Items { get; private set; } = [];
    public bool HasLevels => Items.Any(i => i.Levels.Count > 0);
    public int UnresolvedParties => Items.SelectMany(i => i.Responsibles).Where(p => p.OrganizationId is null && p.PersonId is null).Select(p => p.Name).Distinct().Count();
    public bool CanEditItems => Roadmap.CanEdit && Roadmap.Status != RoadmapStatus.Completed;

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnGetExportAsync(int id, string? format, [FromServices] RoadmapExport export, CancellationToken ct)
    {
        var file = await export.ExportAsync(id, format, ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostTransitionAsync(int id, RoadmapTransition transition, int version, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        await roadmaps.TransitionAsync(id, new TransitionInput(transition, version), ct);
        TempData["Message"] = $"Готово: «{Glossary.Transition(transition)}».";
        return Redirect($"/Roadmaps/Details/{id}");
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, int itemId, string direction, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        await roadmaps.MoveItemAsync(id, itemId, new MoveInput(direction, null), ct);
        return Redirect($"/Roadmaps/Details/{id}#item-{itemId}");
    }

    public string LevelName(string level) => LevelNames.Parse([level]) is var flag ? Glossary.ImplementationLevel(flag) : level;

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Roadmap = await roadmaps.GetAsync(id, ct);
        Items = await roadmaps.ItemsAsync(id, ct);
    }
}
