using Medk.Core.Planning.Roadmaps;
using Medk.Core.Platform.Organizations;
using Medk.Documents;

namespace Medk.Data.Demo;

/// <summary>Demo data of the Planning slice: the five seed roadmaps, imported from the orders by the importer.</summary>
public sealed partial class DemoData
{
    /// <summary>The seed roadmaps, read by the same importer a coordinator uses, approved and under way.</summary>
    private async Task ImportSeedRoadmapsAsync(Dictionary<string, Organization> byName, CancellationToken ct)
    {
        foreach (var (resource, owner) in SeedRoadmaps)
        {
            await using var stream = typeof(DemoData).Assembly.GetManifestResourceStream("Medk.Demo." + resource)
                ?? throw new InvalidOperationException($"The demo seed {resource} is not embedded.");
            var roadmap = await imports.CreateAsync(RoadmapImporter.Import(stream, resource), byName[owner], ct);
            if (roadmap.Approval is not null)
            {
                roadmap.Move(RoadmapTransition.Approve, clock.GetUtcNow());
                roadmap.Move(RoadmapTransition.Start, clock.GetUtcNow());
                await db.SaveChangesAsync(ct);
            }
        }
    }
}
