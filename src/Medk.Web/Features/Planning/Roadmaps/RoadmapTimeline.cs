using System.Globalization;
using System.Text.Json.Serialization;
using Medk.Core.Common;
using Medk.Core.Monitoring;

namespace Medk.Web.Features.Planning.Roadmaps;

/// <summary>What the timeline pages and API narrow a roadmap to; empty values filter nothing.</summary>
public sealed record TimelineFilter(CheckpointStatus? Status = null, string? Responsible = null, int? Section = null, bool OpenOnly = false)
{
    public bool FiltersCheckpoints => Status is not null || OpenOnly;

    public bool IsEmpty => !FiltersCheckpoints && string.IsNullOrWhiteSpace(Responsible) && Section is null;

    /// <summary>«Done», «done» or «3» → the status; anything else (including numbers no status has) → null.</summary>
    public static bool TryParseStatus(string? text, out CheckpointStatus? status)
    {
        status = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (Enum.TryParse<CheckpointStatus>(text.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            status = parsed;
            return true;
        }
        return false;
    }

    /// <summary>The filter as query parameters, so that links to another month or the other view keep it.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Query()
    {
        if (Status is { } status)
        {
            yield return new("status", status.ToString());
        }
        if (!string.IsNullOrWhiteSpace(Responsible))
        {
            yield return new("responsible", Responsible.Trim());
        }
        if (Section is { } section)
        {
            yield return new("section", section.ToString(CultureInfo.InvariantCulture));
        }
        if (OpenOnly)
        {
            yield return new("open", "true");
        }
    }
}

/// <summary>
/// One row of the timeline. <see cref="Start"/>–<see cref="End"/> is how far the row reaches on the axis:
/// a range from its start to its last checkpoint, a «period» deadline the whole period, dated deadlines
/// their first to last checkpoint, a section the reach of its shown items; external and unrecognised
/// deadlines have no dates, since Medk does not invent them.
/// </summary>
public sealed record TimelineItem(
    int Id,
    string? Number,
    string Text,
    int Depth,
    bool IsSection,
    string? DeadlineText,
    string? Kind,
    DateOnly? Start,
    DateOnly? End,
    IReadOnlyList<CheckpointRef> Checkpoints,
    [property: JsonIgnore] string? Responsible)
{
    /// <summary>Ranges and «весь период» are drawn as bars; other dated deadlines as points.</summary>
    [JsonIgnore]
    public bool HasBar => Kind is "range" or "period" && Start is not null && End is not null;
}

public sealed record TimelineSection(int Id, string? Number, string Text);

public sealed record TimelineMonth(DateOnly First, string Label, double Left, double Width);

public sealed record TimelineView(
    int RoadmapId,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IReadOnlyList<TimelineItem> Items,
    [property: JsonIgnore] IReadOnlyList<TimelineSection> Sections)
{
    private int Days => PeriodEnd.DayNumber - PeriodStart.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= PeriodStart && date <= PeriodEnd;

    /// <summary>Where a day begins on the axis, in percent; days outside the period stick to its edges.</summary>
    public double Left(DateOnly date) => Math.Clamp((date.DayNumber - PeriodStart.DayNumber) * 100.0 / Days, 0, 100);

    /// <summary>The middle of a day: where a point marker of that day sits.</summary>
    public double Middle(DateOnly date) => Math.Clamp((date.DayNumber - PeriodStart.DayNumber + 0.5) * 100.0 / Days, 0, 100);

    /// <summary>The width of the days from <paramref name="first"/> to <paramref name="last"/> inclusive, within the period.</summary>
    public double Width(DateOnly first, DateOnly last)
    {
        var from = first < PeriodStart ? PeriodStart : first;
        var to = last > PeriodEnd ? PeriodEnd : last;
        return to < from ? 0 : (to.DayNumber - from.DayNumber + 1) * 100.0 / Days;
    }

    /// <summary>The month columns of the axis, each as wide as its days inside the period.</summary>
    public IReadOnlyList<TimelineMonth> Months()
    {
        var months = new List<TimelineMonth>();
        for (var first = new DateOnly(PeriodStart.Year, PeriodStart.Month, 1); first <= PeriodEnd; first = first.AddMonths(1))
        {
            var last = first.AddMonths(1).AddDays(-1);
            months.Add(new TimelineMonth(first, RoadmapTimeline.MonthShort(first), Left(first), Width(first, last)));
        }
        return months;
    }

    /// <summary>The checkpoints of the shown items falling in the given month, by date and then document order.</summary>
    public IReadOnlyList<(TimelineItem Item, CheckpointRef Checkpoint)> CheckpointsIn(int year, int month) =>
        Items.Where(i => !i.IsSection)
            .SelectMany(i => i.Checkpoints.Where(c => c.DueDate.Year == year && c.DueDate.Month == month).Select(c => (Item: i, Checkpoint: c)))
            .OrderBy(x => x.Checkpoint.DueDate)
            .ToList();
}

/// <summary>
/// A roadmap's items laid on its period for the Gantt view, the calendar and the timeline API: the one
/// place where the filters are applied. Pure: statuses arrive already computed for today.
/// </summary>
public static class RoadmapTimeline
{
    private static readonly string[] ShortMonths = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

    private static readonly string[] Months =
        ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"];

    /// <summary>Monday first, as Russian calendars are printed.</summary>
    public static readonly IReadOnlyList<string> WeekDays = ["Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс"];

    public static string MonthShort(DateOnly date) => $"{ShortMonths[date.Month - 1]} {date.Year}";

    public static string MonthName(DateOnly date) => $"{Months[date.Month - 1]} {date.Year}";

    public static bool IsOpen(CheckpointStatus status) => status is not (CheckpointStatus.Done or CheckpointStatus.Cancelled);

    /// <summary>The Bootstrap colour of a status, the same as the badge in Shared/_CheckpointBadge.cshtml.</summary>
    public static string StatusClass(CheckpointStatus status) => status switch
    {
        CheckpointStatus.Done => "text-bg-success",
        CheckpointStatus.Overdue or CheckpointStatus.Returned => "text-bg-danger",
        CheckpointStatus.UnderReview => "text-bg-warning",
        CheckpointStatus.InProgress => "text-bg-primary",
        CheckpointStatus.Cancelled => "text-bg-dark",
        _ => "text-bg-secondary",
    };

    /// <summary>Percent for an inline style: always with a dot, whatever the server's culture.</summary>
    public static string Percent(double value) => value.ToString("0.###", CultureInfo.InvariantCulture) + "%";

    public static TimelineView Build(RoadmapView roadmap, IReadOnlyList<ItemView> items, TimelineFilter filter)
    {
        var byId = items.ToDictionary(i => i.Id);
        var sections = items.Where(i => i.IsSection && i.ParentId is null)
            .Select(i => new TimelineSection(i.Id, i.Number, i.Text)).ToList();
        var term = string.IsNullOrWhiteSpace(filter.Responsible) ? null : SearchText.Fold(filter.Responsible);

        bool Matches(ItemView item)
        {
            var inSection = filter.Section is not { } section || item.Id == section || Ancestors(item, byId).Any(a => a.Id == section);
            if (item.IsSection)
            {
                // A section is shown for the items under it, or as itself when only the section is chosen.
                return inSection && !filter.FiltersCheckpoints && term is null;
            }
            if (!inSection)
            {
                return false;
            }
            if (term is not null && !ResponsibleSearchText(item, byId).Contains(term, StringComparison.Ordinal))
            {
                return false;
            }
            return !filter.FiltersCheckpoints || item.Checkpoints.Any(c => Passes(c, filter));
        }

        // Matching items bring their ancestors along, so that a row is never shown out of its section.
        var shown = new HashSet<int>();
        foreach (var item in items.Where(Matches))
        {
            shown.Add(item.Id);
            foreach (var ancestor in Ancestors(item, byId))
            {
                shown.Add(ancestor.Id);
            }
        }

        var rows = items.Where(i => shown.Contains(i.Id)).Select(i => Row(i, roadmap, byId, filter)).ToList();
        return new TimelineView(roadmap.Id, roadmap.PeriodStart, roadmap.PeriodEnd, WithSectionReach(rows, items, shown), sections);
    }

    private static bool Passes(CheckpointRef checkpoint, TimelineFilter filter) =>
        (filter.Status is not { } status || checkpoint.Status == status) && (!filter.OpenOnly || IsOpen(checkpoint.Status));

    private static TimelineItem Row(ItemView item, RoadmapView roadmap, IReadOnlyDictionary<int, ItemView> byId, TimelineFilter filter)
    {
        var checkpoints = item.Checkpoints.Where(c => Passes(c, filter)).OrderBy(c => c.DueDate).ToList();
        var all = item.Checkpoints.Select(c => c.DueDate).Order().ToList();
        var kind = item.IsSection ? null : item.Deadline?.Kind;
        (DateOnly? start, DateOnly? end) = kind switch
        {
            // The reach follows the deadline as written, whichever of its checkpoints the filter shows.
            "range" when all.Count > 0 => (item.Deadline!.Start ?? all[0], all[^1]),
            "period" => (roadmap.PeriodStart, roadmap.PeriodEnd),
            "date" or "due" or "dates" or "recurring" when all.Count > 0 => (all[0], all[^1]),
            _ => ((DateOnly?)null, (DateOnly?)null),
        };
        return new TimelineItem(item.Id, item.Number, item.Text, item.Depth, item.IsSection, item.DeadlineText, kind, start, end,
            checkpoints, item.IsSection ? null : ResponsibleOf(item, byId));
    }

    /// <summary>A section reaches from the earliest start to the latest end of the items shown under it.</summary>
    private static IReadOnlyList<TimelineItem> WithSectionReach(List<TimelineItem> rows, IReadOnlyList<ItemView> items, HashSet<int> shown)
    {
        var byId = items.ToDictionary(i => i.Id);
        var rowById = rows.ToDictionary(r => r.Id);
        var reach = new Dictionary<int, (DateOnly Start, DateOnly End)>();
        foreach (var row in rows.Where(r => !r.IsSection && r.Start is not null && r.End is not null))
        {
            foreach (var ancestor in Ancestors(byId[row.Id], byId).Where(a => a.IsSection && shown.Contains(a.Id)))
            {
                reach[ancestor.Id] = reach.TryGetValue(ancestor.Id, out var r)
                    ? (Min(r.Start, row.Start!.Value), Max(r.End, row.End!.Value))
                    : (row.Start!.Value, row.End!.Value);
            }
        }
        return rows.Select(r => r.IsSection && reach.TryGetValue(r.Id, out var x) ? rowById[r.Id] with { Start = x.Start, End = x.End } : r).ToList();
    }

    /// <summary>The responsible parties as the document writes them (or as linked, when nothing is written).</summary>
    private static string? ResponsibleOf(ItemView item, IReadOnlyDictionary<int, ItemView> byId) =>
        NamingItem(item, byId) is { } naming
            ? (string.IsNullOrWhiteSpace(naming.ResponsibleText) ? string.Join("; ", naming.Responsibles.Select(r => r.Name)) : naming.ResponsibleText)
            : null;

    /// <summary>Both the written text and the linked names, so that either spelling finds the item.</summary>
    private static string ResponsibleSearchText(ItemView item, IReadOnlyDictionary<int, ItemView> byId) =>
        NamingItem(item, byId) is { } naming ? SearchText.Normalize([naming.ResponsibleText, .. naming.Responsibles.Select(r => r.Name)]) : "";

    /// <summary>
    /// The item whose responsible parties apply: the item itself, or, when it names none, its nearest
    /// parent item that does, which is how such tables are read.
    /// </summary>
    private static ItemView? NamingItem(ItemView item, IReadOnlyDictionary<int, ItemView> byId)
    {
        foreach (var current in Ancestors(item, byId).Prepend(item))
        {
            if (current.IsSection)
            {
                return null;
            }
            if (!string.IsNullOrWhiteSpace(current.ResponsibleText) || current.Responsibles.Count > 0)
            {
                return current;
            }
        }
        return null;
    }

    private static IEnumerable<ItemView> Ancestors(ItemView item, IReadOnlyDictionary<int, ItemView> byId)
    {
        var seen = new HashSet<int> { item.Id };
        for (var p = item.ParentId; p is { } id && byId.TryGetValue(id, out var parent) && seen.Add(id); p = parent.ParentId)
        {
            yield return parent;
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
