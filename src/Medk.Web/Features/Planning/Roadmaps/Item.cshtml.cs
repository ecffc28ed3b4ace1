using Medk.Core.Platform.Access;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Planning.Roadmaps;

public sealed class ItemModel(RoadmapService roadmaps, CurrentUser current) : PageModel
{
    [BindProperty]
    public FormInput Input { get; set; } = new();

    public RoadmapView Roadmap { get; private set; } = null!;
    public IReadOnlyList<ItemView> Parents { get; private set; } = [];
    public IReadOnlyList<(int Id, string Label)> HigherItems { get; private set; } = [];
    public bool IsNew => RouteData.Values["itemId"] is null;

    /// <summary>The item being changed (none for a new one).</summary>
    public int? ItemId => int.TryParse(Convert.ToString(RouteData.Values["itemId"], System.Globalization.CultureInfo.InvariantCulture), out var id) ? id : null;

    public async Task<IActionResult> OnGetAsync(int roadmapId, int? itemId, int? parentId, CancellationToken ct)
    {
        var items = await LoadAsync(roadmapId, itemId, ct);
        if (itemId is { } id)
        {
            var item = items.FirstOrDefault(i => i.Id == id) ?? throw new NotFoundException("Пункт не найден в этой дорожной карте.");
            Input = new FormInput
            {
                ParentId = item.ParentId, Number = item.Number, IsSection = item.IsSection, Text = item.Text,
                ResponsibleText = item.ResponsibleText, DeadlineText = item.DeadlineText, ResultText = item.ResultText,
                Levels = item.Levels.ToList(), ImplementsItemId = item.ImplementsItemId, Version = item.Version,
            };
        }
        else
        {
            Input = new FormInput { ParentId = parentId };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int roadmapId, int? itemId, CancellationToken ct)
    {
        await LoadAsync(roadmapId, itemId, ct);
        var input = new ItemInput
        {
            ParentId = Input.ParentId, Number = Input.Number, IsSection = Input.IsSection, Text = Input.Text ?? "",
            ResponsibleText = Input.ResponsibleText, DeadlineText = Input.DeadlineText, ResultText = Input.ResultText,
            Levels = Input.Levels.ToArray(), ImplementsItemId = Input.ImplementsItemId, Version = Input.Version,
        };
        var saved = itemId is { } id
            ? await roadmaps.UpdateItemAsync(roadmapId, id, input, ct)
            : await roadmaps.AddItemAsync(roadmapId, input, ct);
        TempData["Message"] = "Пункт сохранён.";
        return Redirect($"/Roadmaps/Details/{roadmapId}#item-{saved.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int roadmapId, int itemId, CancellationToken ct)
    {
        await LoadAsync(roadmapId, itemId, ct);
        await roadmaps.DeleteItemAsync(roadmapId, itemId, ct);
        TempData["Message"] = "Пункт удалён.";
        return Redirect($"/Roadmaps/Details/{roadmapId}");
    }

    private async Task<IReadOnlyList<ItemView>> LoadAsync(int roadmapId, int? itemId, CancellationToken ct)
    {
        Roadmap = await roadmaps.GetAsync(roadmapId, ct);
        (await current.ScopeAsync(ct)).Require(Policies.EditRoadmap, Roadmap.OwnerPath);
        var items = await roadmaps.ItemsAsync(roadmapId, ct);
        // An item cannot go under itself or its own descendants.
        var excluded = new HashSet<int>();
        if (itemId is { } id)
        {
            excluded.Add(id);
            foreach (var i in items)
            {
                if (i.ParentId is { } p && excluded.Contains(p))
                {
                    excluded.Add(i.Id);
                }
            }
        }
        Parents = items.Where(i => !excluded.Contains(i.Id)).ToList();
        HigherItems = await roadmaps.HigherItemsAsync(roadmapId, ct);
        return items;
    }

    public sealed class FormInput
    {
        public int? ParentId { get; set; }
        public string? Number { get; set; }
        public bool IsSection { get; set; }
        public string? Text { get; set; }
        public string? ResponsibleText { get; set; }
        public string? DeadlineText { get; set; }
        public string? ResultText { get; set; }
        public List<string> Levels { get; set; } = [];
        public int? ImplementsItemId { get; set; }
        public int? Version { get; set; }
    }
}
