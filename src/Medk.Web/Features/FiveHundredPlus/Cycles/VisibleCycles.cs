using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.FiveHundredPlus.Cycles;

/// <summary>
/// The one way to load "a cycle the user can see": everyone who sees its region (in the territory or above it)
/// sees the cycle; anyone else gets the same 404 as for a cycle that does not exist. Every «500+» service goes
/// through here, so the rule and its message are in one place.
/// </summary>
public static class VisibleCycles
{
    public const string NotFound = "Цикл проекта не найден.";

    /// <summary>
    /// The cycle <paramref name="id"/> from <paramref name="cycles"/> (shaped by the caller: includes, tracking)
    /// and its region; 404 unless the region is visible to <paramref name="scope"/>.
    /// </summary>
    public static async Task<(Cycle Cycle, Organization Region)> FindVisibleAsync(this IQueryable<Cycle> cycles, MedkDbContext db,
        AccessScope scope, int id, CancellationToken ct)
    {
        var cycle = await cycles.FindVisibleAsync(c => c.Id == id, NotFound, ct);
        var region = await db.Organizations.AsNoTracking().Visible(scope).FindVisibleAsync(o => o.Id == cycle.RegionId, NotFound, ct);
        return (cycle, region);
    }
}
