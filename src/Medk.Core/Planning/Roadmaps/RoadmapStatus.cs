using Medk.Core.Common;

namespace Medk.Core.Planning.Roadmaps;

/// <summary>черновик → утверждена → исполняется → завершена.</summary>
public enum RoadmapStatus
{
    Draft,
    Approved,
    InProgress,
    Completed,
}

/// <summary>The moves between statuses a person can make.</summary>
public enum RoadmapTransition
{
    Approve,
    Start,
    Complete,
    ReturnToDraft,
}

/// <summary>Which roadmaps monitoring looks at; every query and rule that needs it reads it here.</summary>
public static class RoadmapPhases
{
    /// <summary>Roadmaps whose checkpoints count in monitoring figures: dashboards and status reports.</summary>
    public static readonly RoadmapStatus[] Monitored = [RoadmapStatus.Approved, RoadmapStatus.InProgress, RoadmapStatus.Completed];

    /// <summary>
    /// Roadmaps still being carried out: their open checkpoints are someone's work (attention lists), and corrections
    /// to them are recorded as revisions. A completed roadmap counts in the figures but asks nothing of anyone.
    /// </summary>
    public static readonly RoadmapStatus[] UnderWay = [RoadmapStatus.Approved, RoadmapStatus.InProgress];

    public static bool IsUnderWay(RoadmapStatus status) => UnderWay.Contains(status);
}

public static class RoadmapWorkflow
{
    public static RoadmapStatus? Target(RoadmapStatus from, RoadmapTransition transition) => (from, transition) switch
    {
        (RoadmapStatus.Draft, RoadmapTransition.Approve) => RoadmapStatus.Approved,
        (RoadmapStatus.Approved, RoadmapTransition.Start) => RoadmapStatus.InProgress,
        (RoadmapStatus.InProgress, RoadmapTransition.Complete) => RoadmapStatus.Completed,
        // An approved roadmap that has not started may go back for corrections.
        (RoadmapStatus.Approved, RoadmapTransition.ReturnToDraft) => RoadmapStatus.Draft,
        _ => null,
    };

    public static IEnumerable<RoadmapTransition> Available(RoadmapStatus from) =>
        Enum.GetValues<RoadmapTransition>().Where(t => Target(from, t) is not null);

    public static RoadmapStatus Apply(RoadmapStatus from, RoadmapTransition transition) =>
        Target(from, transition) ?? throw new DomainException(
            $"Нельзя «{Glossary.Transition(transition)}»: дорожная карта в статусе «{Glossary.Status(from)}».");
}
