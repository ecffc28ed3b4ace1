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
