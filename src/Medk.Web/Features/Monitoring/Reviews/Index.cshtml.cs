using Medk.Core.Platform.Access;
using Medk.Web.Features.Shared;
using Medk.Web.Features.Planning.Imports;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Medk.Web.Features.Monitoring.Reviews;

public sealed class IndexModel(ReviewService reviews, ImportService imports, CurrentUser current) : PageModel
{
    [BindProperty]
    public FormInput Input { get; set; } = new();

    public IReadOnlyList<AssignmentRow> Mine { get; private set; } = [];
    public IReadOnlyList<SampleRow> Samples { get; private set; } = [];
    public IReadOnlyList<OwnerOption> Territories { get; private set; } = [];
    public IReadOnlyList<ExpertOption> Experts { get; private set; } = [];
    public bool IsExpert { get; private set; }
    public bool CanCreate => Territories.Count > 0;

    public async Task OnGetAsync(int? org, CancellationToken ct)
    {
        Input.ScopeOrganizationId = org ?? 0;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var sample = await reviews.CreateSampleAsync(new NewSampleInput(Input.Name ?? "", Input.ScopeOrganizationId,
            Input.From ?? DateOnly.MinValue, Input.To ?? DateOnly.MinValue, Input.Percent, Input.Count, Input.ExpertIds ?? []), ct);
        TempData["Message"] = $"Выборка сформирована: {Format.Count(sample.Assigned, "отчёт", "отчёта", "отчётов")} из {sample.Candidates}. Выборка воспроизводима: номер выборки {sample.Seed}.";
        return Redirect($"/Reviews/Sample/{sample.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var scope = await current.ScopeAsync(ct);
        IsExpert = Policies.ReviewsAsExpert(scope);
        Mine = await reviews.AssignmentsAsync(null, ct);
        if (Policies.DrawsReviewSamples(scope))
        {
            Territories = (await imports.OwnerOptionsAsync(ct)).Where(o => o.Level != Core.Platform.Organizations.OrganizationLevel.School).ToList();
            Samples = await reviews.SamplesAsync(ct);
            if (Input.ScopeOrganizationId == 0 && Territories.Count > 0)
            {
                Input.ScopeOrganizationId = Territories[0].Id;
            }
            if (Territories.Any(t => t.Id == Input.ScopeOrganizationId))
            {
                Experts = await reviews.ExpertsForAsync(Input.ScopeOrganizationId, ct);
            }
        }
    }

    public sealed class FormInput
    {
        public string? Name { get; set; }
        public int ScopeOrganizationId { get; set; }
        public DateOnly? From { get; set; }
        public DateOnly? To { get; set; }
        public int? Percent { get; set; }
        public int? Count { get; set; }
        public Guid[]? ExpertIds { get; set; }
    }
}
