using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Medk.Web.Features.Planning.Roadmaps;

/// <summary>The Gantt view: every item on the roadmap's period, checkpoints coloured by status.</summary>
public sealed class TimelineModel(RoadmapService roadmaps, TimeProvider clock) : PageModel
{
    /// <summary>Kept as text: a status nobody has (an old link, a typo) shows everything instead of failing.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Responsible { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Section { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Open { get; set; }

    public RoadmapView Roadmap { get; private set; } = null!;
    public TimelineView Timeline { get; private set; } = null!;
    public TimelineFilter Filter { get; private set; } = new();
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Roadmap = await roadmaps.GetAsync(id, ct);
        var items = await roadmaps.ItemsAsync(id, ct);
        TimelineFilter.TryParseStatus(Status, out var status);
        Filter = new TimelineFilter(status, Responsible, Section, Open);
        Timeline = RoadmapTimeline.Build(Roadmap, items, Filter);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
    }

    /// <summary>The calendar of the same roadmap with the same filters (the calendar has no «only open»).</summary>
    public string CalendarLink() =>
        QueryHelpers.AddQueryString($"/Roadmaps/Calendar/{Roadmap.Id}", (Filter with { OpenOnly = false }).Query());
}
