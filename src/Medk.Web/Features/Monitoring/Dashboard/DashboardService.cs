using Medk.Core.Monitoring;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Monitoring.Dashboard;

public sealed record OrganizationCompletion(int Id, string Name, OrganizationLevel Level, CompletionCounts Counts, ColorZone Zone);

public sealed record RoadmapCompletion(int Id, string Title, string OwnerName, CompletionCounts Counts, ColorZone Zone);

/// <summary>Cumulative checkpoints due and done by the end of a month.</summary>
public sealed record MonthPoint(int Month, int Due, int Done);

public sealed record IndicatorAttainment(int RoadmapId, int ItemId, string? Number, string Text, string Target, decimal? Actual, bool? Attained, string Source);

public sealed record DashboardView(
    int OrganizationId, string OrganizationName, int Year, DateOnly AsOf,
    CompletionCounts Total, ColorZone Zone,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyList<OrganizationCompletion> Below,
    IReadOnlyList<RoadmapCompletion> Roadmaps,
    IReadOnlyList<MonthPoint> OverTime,
    IReadOnlyList<IndicatorAttainment> Indicators,
    IReadOnlyList<int> Years);

/// <summary>
/// Monitoring figures of a territory for a year: checkpoints due by today, by status, rolled up to the
/// organizations one level below (region → municipalities → schools) and per roadmap. The database counts,
/// grouped per roadmap; what stays in memory is one row per roadmap and status, never the checkpoints.
/// </summary>
public sealed class DashboardService(MedkDbContext db, CurrentUser user, Planning.Roadmaps.CascadeService cascade, TimeProvider clock)
{

    public async Task<DashboardView> BuildAsync(int? organizationId, int? year, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var asOf = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var organization = organizationId is { } id
            ? await db.Organizations.AsNoTracking().Readable(scope).FirstOrDefaultAsync(o => o.Id == id, ct)
                ?? throw new NotFoundException("Организация не найдена или её показатели вам недоступны.")
            : await DefaultOrganizationAsync(scope, ct);
        // Without a year asked for, the latest year with checkpoints already due: every January (and on a demo of
        // past years) the calendar year alone would show «0 из 0» while the home page counts overdue work.
        var territoryDates = db.Checkpoints.AsNoTracking()
            .Join(db.RoadmapItems, c => c.ItemId, i => i.Id, (c, i) => new { c.DueDate, i.RoadmapId })
            .Join(db.Roadmaps.Where(r => RoadmapPhases.Monitored.Contains(r.Status) && r.Owner!.Path.StartsWith(organization.Path)),
                x => x.RoadmapId, r => r.Id, (x, r) => x.DueDate);
        var firstDue = await territoryDates.OrderBy(d => d).Select(d => (DateOnly?)d).FirstOrDefaultAsync(ct);
        var lastDue = await territoryDates.OrderByDescending(d => d).Select(d => (DateOnly?)d).FirstOrDefaultAsync(ct);
        var lastPast = await territoryDates.Where(d => d <= asOf).OrderByDescending(d => d).Select(d => (DateOnly?)d).FirstOrDefaultAsync(ct);
        var y = year ?? lastPast?.Year ?? asOf.Year;
        var years = firstDue is { } first && lastDue is { } last
            ? Enumerable.Range(first.Year, last.Year - first.Year + 1).Append(y).Distinct().Order().ToList()
            : [y];
        var yearStart = new DateOnly(y, 1, 1);
        var yearEnd = new DateOnly(y, 12, 31);
        var cutoff = asOf < yearEnd ? asOf : yearEnd;
        var path = organization.Path;

        var roadmaps = db.Roadmaps.AsNoTracking()
            .Where(r => RoadmapPhases.Monitored.Contains(r.Status) && r.Owner!.Path.StartsWith(path) && r.PeriodStart <= yearEnd && r.PeriodEnd >= yearStart);
        var checkpoints = db.Checkpoints.AsNoTracking().Where(c => c.DueDate >= yearStart && c.DueDate <= yearEnd)
            .Join(db.RoadmapItems, c => c.ItemId, i => i.Id, (c, i) => new { c, i.RoadmapId })
            .Join(roadmaps, x => x.RoadmapId, r => r.Id, (x, r) => new { x.c, r.Id, r.OwnerOrganizationId });

        // Due by today (the cut-off), counted per roadmap and stored status; overdue is derived below.
        var grouped = await checkpoints.Where(x => x.c.DueDate <= cutoff)
            .GroupBy(x => new { x.Id, x.OwnerOrganizationId, x.c.Status, Past = x.c.DueDate < asOf })
            .Select(g => new StatusCount(g.Key.Id, g.Key.OwnerOrganizationId, g.Key.Status, g.Key.Past, g.Count()))
            .ToListAsync(ct);

        var total = StatusCount.Sum(grouped);
        var byStatus = grouped.GroupBy(r => r.Effective).ToDictionary(g => MonitoringGlossary.Status(g.Key), g => g.Sum(x => x.Count));

        var ownerIds = grouped.Select(r => r.OwnerId).Distinct().ToArray();
        var ownerPaths = await db.Organizations.AsNoTracking().Where(o => ownerIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Path }).ToDictionaryAsync(o => o.Id, o => o.Path, ct);
        // Each aggregate row is visited once: by owner for the organizations below, by roadmap for the list.
        var byOwner = grouped.GroupBy(r => r.OwnerId).ToDictionary(g => g.Key, g => StatusCount.Sum(g));
        var byRoadmap = grouped.GroupBy(r => r.RoadmapId).ToDictionary(g => g.Key, g => StatusCount.Sum(g));
        var children = await db.Organizations.AsNoTracking().Where(o => o.ParentId == organization.Id)
            .OrderBy(o => o.Kind).ThenBy(o => o.ShortName).Select(o => new { o.Id, o.ShortName, o.Level, o.Path }).ToListAsync(ct);
        var below = children.Select(child =>
        {
            var counts = byOwner.Where(o => OrganizationPath.IsWithin(ownerPaths[o.Key], child.Path))
                .Aggregate(CompletionCounts.Zero, (sum, o) => sum.Add(o.Value));
            return new OrganizationCompletion(child.Id, child.ShortName, child.Level, counts, counts.Zone);
        }).ToList();

        var roadmapIds = grouped.Select(r => r.RoadmapId).Distinct().ToArray();
        var titles = await db.Roadmaps.AsNoTracking().Where(r => roadmapIds.Contains(r.Id))
            .Select(r => new { r.Id, r.Title, Owner = r.Owner!.ShortName }).ToListAsync(ct);
        var perRoadmap = titles.Select(t =>
            {
                var counts = byRoadmap.GetValueOrDefault(t.Id) ?? CompletionCounts.Zero;
                return new RoadmapCompletion(t.Id, t.Title, t.Owner, counts, counts.Zone);
            })
            .OrderBy(r => r.Counts.Percent).ThenBy(r => r.OwnerName).Take(100).ToList();

        // Completion over time: checkpoints due and checkpoints done by the end of each month, cumulative.
        // One scan for both lines of the chart: per month due, and per month done (when done within the year).
        var months = await checkpoints.Where(x => x.c.Status != CheckpointStatus.Cancelled)
            .GroupBy(x => new
            {
                Due = x.c.DueDate.Month,
                Done = x.c.CompletedOn != null && x.c.CompletedOn >= yearStart && x.c.CompletedOn <= yearEnd ? x.c.CompletedOn.Value.Month : 0,
            })
            .Select(g => new { g.Key.Due, g.Key.Done, Count = g.Count() }).ToListAsync(ct);
        var dueByMonth = months.GroupBy(x => x.Due).Select(g => new { Month = g.Key, Count = g.Sum(x => x.Count) }).ToList();
        var doneByMonth = months.Where(x => x.Done > 0).GroupBy(x => x.Done).Select(g => new { Month = g.Key, Count = g.Sum(x => x.Count) }).ToList();
        var lastMonth = y < asOf.Year ? 12 : y > asOf.Year ? 0 : asOf.Month;
        var overTime = new List<MonthPoint>();
        int due = 0, done = 0;
        for (var m = 1; m <= lastMonth; m++)
        {
            due += dueByMonth.FirstOrDefault(x => x.Month == m)?.Count ?? 0;
            done += doneByMonth.FirstOrDefault(x => x.Month == m)?.Count ?? 0;
            overTime.Add(new MonthPoint(m, due, done));
        }

        return new DashboardView(organization.Id, organization.ShortName, y, asOf, total, total.Zone, byStatus, below, perRoadmap, overTime,
            await IndicatorsAsync(organization.Id, yearStart, yearEnd, ct), years);
    }

    /// <summary>Share and count indicators of the organization's own roadmaps of the year, with their actual values.</summary>
    private async Task<IReadOnlyList<IndicatorAttainment>> IndicatorsAsync(int organizationId, DateOnly yearStart, DateOnly yearEnd, CancellationToken ct)
    {
        var items = await db.RoadmapItems.AsNoTracking()
            .Where(i => i.IndicatorKind != null && i.IndicatorKind != Core.Planning.Indicators.IndicatorKind.Result && i.IndicatorTarget != null)
            .Join(db.Roadmaps.Where(r => r.OwnerOrganizationId == organizationId && RoadmapPhases.Monitored.Contains(r.Status)
                    && r.PeriodStart <= yearEnd && r.PeriodEnd >= yearStart),
                i => i.RoadmapId, r => r.Id, (i, r) => i)
            .OrderBy(i => i.RoadmapId).ThenBy(i => i.Id)
            .Take(200)
            .ToListAsync(ct);
        var values = await cascade.IndicatorsAsync(items, ct);
        return items.Select(i =>
        {
            var status = values.GetValueOrDefault(i.Id);
            var target = $"{Comparator(i.IndicatorComparator)}{i.IndicatorTarget:0.##}{(i.IndicatorUnit == "%" ? "%" : " " + i.IndicatorUnit)}".Trim();
            return new IndicatorAttainment(i.RoadmapId, i.Id, i.Number, i.Text, target, status?.Result.Actual, status?.Result.Attained, status?.Source ?? "нет данных");
        }).ToList();
    }

    private static string Comparator(Core.Planning.Indicators.Comparator? c) => c switch
    {
        Core.Planning.Indicators.Comparator.AtLeast => "не менее ",
        Core.Planning.Indicators.Comparator.AtMost => "не более ",
        _ => "",
    };

    /// <summary>How many checkpoints of a roadmap had a stored status, on which side of today.</summary>
    private sealed record StatusCount(int RoadmapId, int OwnerId, CheckpointStatus Status, bool Past, int Count)
    {
        public CheckpointStatus Effective => CheckpointState.Effective(Status, pastDue: Past);

        public static CompletionCounts Sum(IEnumerable<StatusCount> rows) => rows.Aggregate(CompletionCounts.Zero, (sum, r) =>
        {
            var one = CompletionCounts.For(r.Effective);
            return sum.Add(new CompletionCounts(one.Total * r.Count, one.Done * r.Count, one.Overdue * r.Count, one.UnderReview * r.Count, one.Cancelled * r.Count));
        });
    }

    /// <summary>Without a choice, the dashboard opens on the user's widest territory.</summary>
    private async Task<Organization> DefaultOrganizationAsync(Core.Platform.Access.AccessScope scope, CancellationToken ct)
    {
        var query = db.Organizations.AsNoTracking().Readable(scope);
        return await query.OrderBy(o => o.Path.Length).ThenBy(o => o.Id).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("У вас нет территории, по которой можно показать показатели.");
    }
}
