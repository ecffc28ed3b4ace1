using Medk.Core.Platform.Access;
using Medk.Core;
using Medk.Core.Planning.Roadmaps;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Planning.Roadmaps;

public sealed class DetailsModel(RoadmapService roadmaps, CascadeService cascade, Monitoring.Reviews.ReviewService reviews, Infrastructure.CurrentUser current) : PageModel
{
    public IReadOnlyDictionary<int, CascadeProgress> Cascade { get; private set; } = new Dictionary<int, CascadeProgress>();
    public IReadOnlyDictionary<int, IndicatorStatus> Indicators { get; private set; } = new Dictionary<int, IndicatorStatus>();
    public Monitoring.Reviews.ScoreView? Score { get; private set; }
    public bool CanScore { get; private set; }

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

    public async Task<IActionResult> OnPostScoreAsync(int id, decimal points, decimal maxPoints, string? comment, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        await reviews.ScoreAsync(id, new Monitoring.Reviews.ScoreInput(points, maxPoints, comment), ct);
        TempData["Message"] = "Оценка сохранена.";
        return Redirect($"/Roadmaps/Details/{id}");
    }

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Roadmap = await roadmaps.GetAsync(id, ct);
        Items = await roadmaps.ItemsAsync(id, ct);
        Cascade = await cascade.ProgressAsync(Items.Where(i => !i.IsSection).Select(i => i.Id).ToList(), ct);
        Indicators = await cascade.IndicatorsOfRoadmapAsync(id, ct, Cascade);
        Score = await reviews.LatestScoreAsync(id, ct);
        var scope = await current.ScopeAsync(ct);
        CanScore = Policies.ScoreRoadmap(scope, Roadmap.OwnerPath).IsAllowed;
    }
}
