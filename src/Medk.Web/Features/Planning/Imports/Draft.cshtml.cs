using Medk.Data.Import;
using Microsoft.AspNetCore.Mvc;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Planning.Imports;

// A 500-row roadmap posts several thousand fields.
[RequestFormLimits(ValueCountLimit = 50_000)]
public sealed class DraftModel(ImportService imports) : PageModel, IBuildsView
{
    private Guid _id;

    [BindProperty]
    public FormInput Input { get; set; } = new();

    public DraftPreview Preview { get; private set; } = null!;
    public IReadOnlyList<OwnerOption> Owners { get; private set; } = [];

    /// <summary>Roadmaps the person may update with this document, besides the one of the same order.</summary>
    public IReadOnlyList<RoadmapChoice> Roadmaps { get; private set; } = [];

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        Preview = await imports.PreviewAsync(id, ct);
        Input = FormInput.From(Preview.Content, Preview.Draft.OwnerOrganizationId, Preview.Target);
        await BuildChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        _id = id;
        Preview = await imports.UpdateAsync(id, Input.ToDraft, Input.OwnerId, Input.Choice, ct);
        Input = FormInput.From(Preview.Content, Preview.Draft.OwnerOrganizationId, Preview.Target);
        await BuildChoicesAsync(ct);
        ModelState.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync(Guid id, CancellationToken ct)
    {
        _id = id;
        var outcome = await imports.CommitAsync(id, Input.ToDraft, Input.OwnerId, Input.Choice, ct);
        TempData["Message"] = !outcome.Updated ? "Дорожная карта импортирована."
            : outcome.RevisionNumber is { } number ? $"Дорожная карта обновлена по документу: корректировка № {number}."
            : "Документ совпадает с дорожной картой: изменений нет.";
        return Redirect(outcome.Updated && outcome.RevisionNumber is not null ? $"/Roadmaps/History/{outcome.RoadmapId}" : $"/Roadmaps/Details/{outcome.RoadmapId}");
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken ct)
    {
        await imports.CancelAsync(id, ct);
        TempData["Message"] = "Импорт отменён: ничего не сохранено.";
        return Redirect("/Imports");
    }

    /// <summary>A refused correction or confirmation shows the stored draft beside the posted corrections.</summary>
    public async Task BuildViewAsync(CancellationToken ct)
    {
        Preview = await imports.PreviewAsync(_id, ct);
        await BuildChoicesAsync(ct);
    }

    private async Task BuildChoicesAsync(CancellationToken ct)
    {
        Owners = await imports.OwnerOptionsAsync(ct);
        var editable = await imports.EditableRoadmapsAsync(Preview.Draft.OwnerOrganizationId, ct);
        // The same order's roadmaps lead the list, marked; the chosen target is there even if it is not editable (the
        // confirmation will say why).
        Roadmaps = Preview.Target.SameOrder
            .Concat(Preview.Target.Target is { } t ? [t] : [])
            .Concat(editable)
            .DistinctBy(r => r.Id)
            .ToList();
    }

    public sealed class FormInput
    {
        public string? Title { get; set; }
        public int? OwnerId { get; set; }
        public DateOnly? PeriodStart { get; set; }
        public DateOnly? PeriodEnd { get; set; }
        public string? ApprovalKind { get; set; }
        public string? ApprovalNumber { get; set; }
        public DateOnly? ApprovalDate { get; set; }
        public string? ApprovalSignatory { get; set; }
        public List<ItemInput> Items { get; set; } = [];

        /// <summary>«update» or «new»; empty: update the roadmap of the same order if there is one.</summary>
        public string? Mode { get; set; }
        public int? TargetRoadmapId { get; set; }

        public ImportChoice Choice => Mode switch
        {
            "new" => new ImportChoice(ImportMode.New, null),
            "update" => new ImportChoice(ImportMode.Update, TargetRoadmapId),
            _ => ImportChoice.Auto,
        };

        public static FormInput From(DraftRoadmap d, int? ownerId, ImportTargetView target) => new()
        {
            Mode = target.Updates ? "update" : "new", TargetRoadmapId = target.Target?.Id,
            Title = d.Title, OwnerId = ownerId, PeriodStart = d.PeriodStart, PeriodEnd = d.PeriodEnd,
            ApprovalKind = d.ApprovalKind, ApprovalNumber = d.ApprovalNumber, ApprovalDate = d.ApprovalDate, ApprovalSignatory = d.ApprovalSignatory,
            Items = d.Items.Select(i => new ItemInput
            {
                IsSection = i.IsSection, Depth = i.Depth, Number = i.Number, Title = i.Title, DeadlineText = i.DeadlineText,
                ResponsibleText = i.ResponsibleText, Result = i.Result, SourceRow = i.SourceRow, Levels = string.Join(",", i.Levels),
            }).ToList(),
        };

        public DraftRoadmap ToDraft(DraftRoadmap previous) => previous with
        {
            Title = Title?.Trim() ?? "",
            PeriodStart = PeriodStart ?? previous.PeriodStart,
            PeriodEnd = PeriodEnd ?? previous.PeriodEnd,
            ApprovalKind = ApprovalKind,
            ApprovalNumber = ApprovalNumber,
            ApprovalDate = ApprovalDate,
            ApprovalSignatory = ApprovalSignatory,
            Items = Items.Select(i => new DraftItem
            {
                IsSection = i.IsSection, Depth = Math.Clamp(i.Depth, 0, 9), Number = i.Number, Title = i.Title ?? "", DeadlineText = i.DeadlineText,
                ResponsibleText = i.ResponsibleText, Result = i.Result, SourceRow = i.SourceRow,
                Levels = (i.Levels ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
            }).ToList(),
        };
    }

    public sealed class ItemInput
    {
        public bool IsSection { get; set; }
        public int Depth { get; set; }
        public string? Number { get; set; }
        public string? Title { get; set; }
        public string? DeadlineText { get; set; }
        public string? ResponsibleText { get; set; }
        public string? Result { get; set; }
        public int SourceRow { get; set; }
        public string? Levels { get; set; }
    }
}
