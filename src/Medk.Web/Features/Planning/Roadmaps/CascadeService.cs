using Medk.Core.Monitoring;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Planning.Roadmaps;

/// <summary>How the items of lower roadmaps that implement an item are doing: how many organizations carry it out, how many did.</summary>
public sealed record CascadeProgress(int Implementers, int Achieved);

/// <summary>An item's indicator with its actual value: computed from the implementers' records where there are any, else as reported.</summary>
public sealed record IndicatorStatus(IndicatorResult Result, string Source);

/// <summary>
/// The cascade (a municipal «участие в анкетировании» implements the regional one) and the indicators that
/// compute themselves from it. An implementer «did» the item when at least one of its checkpoints is done
/// (its report confirmed). All counting is done by the database, grouped per higher item.
/// </summary>
public sealed class CascadeService(MedkDbContext db)
{
    public async Task<IReadOnlyDictionary<int, CascadeProgress>> ProgressAsync(IReadOnlyCollection<int> itemIds, CancellationToken ct)
    {
        if (itemIds.Count == 0)
        {
            return new Dictionary<int, CascadeProgress>();
        }
        var ids = itemIds.ToArray();
        var rows = await db.RoadmapItems.AsNoTracking()
            .Where(i => i.ImplementsItemId != null && ids.Contains(i.ImplementsItemId.Value))
            .Join(db.Roadmaps, i => i.RoadmapId, r => r.Id, (i, r) => new
            {
                Higher = i.ImplementsItemId!.Value,
                Owner = r.OwnerOrganizationId,
                Done = db.Checkpoints.Any(c => c.ItemId == i.Id && c.Status == CheckpointStatus.Done),
            })
            .GroupBy(x => new { x.Higher, x.Owner })
            .Select(g => new { g.Key.Higher, Done = g.Max(x => x.Done ? 1 : 0) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.Higher)
            .ToDictionary(g => g.Key, g => new CascadeProgress(g.Count(), g.Sum(x => x.Done)));
    }

    /// <summary>Indicator values of one roadmap's items.</summary>
    /// <param name="cascade">The roadmap's cascade progress when the caller already has it (the roadmap page does).</param>
    public async Task<IReadOnlyDictionary<int, IndicatorStatus>> IndicatorsOfRoadmapAsync(int roadmapId, CancellationToken ct,
        IReadOnlyDictionary<int, CascadeProgress>? cascade = null) =>
        await IndicatorsAsync(await db.RoadmapItems.AsNoTracking()
            .Where(i => i.RoadmapId == roadmapId && i.IndicatorKind != null && i.IndicatorKind != Core.Planning.Indicators.IndicatorKind.Result)
            .ToListAsync(ct), ct, cascade);

    /// <summary>Indicator values of the items: computed from the cascade, else the value of the item's latest confirmed (or submitted) report.</summary>
    public async Task<IReadOnlyDictionary<int, IndicatorStatus>> IndicatorsAsync(IReadOnlyList<Core.Planning.Roadmaps.RoadmapItem> items, CancellationToken ct,
        IReadOnlyDictionary<int, CascadeProgress>? cascade = null)
    {
        var withTargets = items.Select(i => (Item: i, Target: IndicatorTarget.Of(i)))
            .Where(x => x.Target is { Kind: not Core.Planning.Indicators.IndicatorKind.Result })
            .ToList();
        if (withTargets.Count == 0)
        {
            return new Dictionary<int, IndicatorStatus>();
        }
        var ids = withTargets.Select(x => x.Item.Id).ToArray();
        cascade ??= await ProgressAsync(ids, ct);
        var reported = await db.ProgressReports.AsNoTracking()
            .Where(r => r.IndicatorValue != null && r.Status != ReportStatus.Draft)
            .Join(db.Checkpoints.Where(c => ids.Contains(c.ItemId)), r => r.CheckpointId, c => c.Id, (r, c) => new { c.ItemId, c.DueDate, r.IndicatorValue, r.Status })
            .ToListAsync(ct);
        var result = new Dictionary<int, IndicatorStatus>();
        foreach (var (item, target) in withTargets)
        {
            if (cascade.TryGetValue(item.Id, out var progress) && progress.Implementers > 0)
            {
                result[item.Id] = new IndicatorStatus(IndicatorComputation.Compute(target!, progress.Implementers, progress.Achieved),
                    $"вычислено: выполнили {progress.Achieved} из {progress.Implementers}");
                continue;
            }
            var latest = reported.Where(r => r.ItemId == item.Id)
                .OrderByDescending(r => r.Status == ReportStatus.Confirmed).ThenByDescending(r => r.DueDate).FirstOrDefault();
            if (latest is not null)
            {
                result[item.Id] = new IndicatorStatus(IndicatorComputation.FromManual(target!, latest.IndicatorValue!.Value),
                    latest.Status == ReportStatus.Confirmed ? "по подтверждённому отчёту" : "по отчёту на проверке");
            }
        }
        return result;
    }
}
