using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Medk.Web.Features.Planning.Roadmaps;

/// <summary>A month of a roadmap's checkpoints as a wall calendar, with the same entries as a list below.</summary>
public sealed class CalendarModel(RoadmapService roadmaps, TimeProvider clock) : PageModel
{
    /// <summary>«2022-03»; an absent or unreadable month is this month within the period, else the period's first.</summary>
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? MonthText { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Responsible { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Section { get; set; }

    public RoadmapView Roadmap { get; private set; } = null!;
    public TimelineView Timeline { get; private set; } = null!;
    public TimelineFilter Filter { get; private set; } = new();
    public DateOnly Today { get; private set; }

    /// <summary>The first day of the shown month.</summary>
    public DateOnly Month { get; private set; }

    public IReadOnlyList<(TimelineItem Item, CheckpointRef Checkpoint)> Entries { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Roadmap = await roadmaps.GetAsync(id, ct);
        var items = await roadmaps.ItemsAsync(id, ct);
        TimelineFilter.TryParseStatus(Status, out var status);
        Filter = new TimelineFilter(status, Responsible, Section);
        Timeline = RoadmapTimeline.Build(Roadmap, items, Filter);
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Month = ChooseMonth(MonthText, Roadmap.PeriodStart, Roadmap.PeriodEnd, Today);
        Entries = Timeline.CheckpointsIn(Month.Year, Month.Month);
    }

    public DateOnly FirstMonth => FirstOf(Roadmap.PeriodStart);
    public DateOnly LastMonth => FirstOf(Roadmap.PeriodEnd);
    public DateOnly? Previous => Month > FirstMonth ? Month.AddMonths(-1) : null;
    public DateOnly? Next => Month < LastMonth ? Month.AddMonths(1) : null;

    /// <summary>Whole weeks, Monday to Sunday, covering the shown month.</summary>
    public IReadOnlyList<IReadOnlyList<DateOnly>> Weeks()
    {
        var first = Month.AddDays(-(((int)Month.DayOfWeek + 6) % 7));
        var last = Month.AddMonths(1).AddDays(-1);
        var weeks = new List<IReadOnlyList<DateOnly>>();
        for (var monday = first; monday <= last; monday = monday.AddDays(7))
        {
            weeks.Add(Enumerable.Range(0, 7).Select(monday.AddDays).ToList());
        }
        return weeks;
    }

    public IEnumerable<DateOnly> PeriodMonths()
    {
        for (var m = FirstMonth; m <= LastMonth; m = m.AddMonths(1))
        {
            yield return m;
        }
    }

    public string MonthLink(DateOnly month) =>
        QueryHelpers.AddQueryString($"/Roadmaps/Calendar/{Roadmap.Id}", Filter.Query().Prepend(new("month", Key(month))));

    public string TimelineLink() => QueryHelpers.AddQueryString($"/Roadmaps/Timeline/{Roadmap.Id}", Filter.Query());

    public static string Key(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A month outside the period is moved to its nearest end: the roadmap has nothing to show there.</summary>
    public static DateOnly ChooseMonth(string? text, DateOnly periodStart, DateOnly periodEnd, DateOnly today)
    {
        var first = FirstOf(periodStart);
        var last = FirstOf(periodEnd);
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asked))
        {
            return asked < first ? first : asked > last ? last : asked;
        }
        return today >= periodStart && today <= periodEnd ? FirstOf(today) : first;
    }

    private static DateOnly FirstOf(DateOnly date) => new(date.Year, date.Month, 1);
}
