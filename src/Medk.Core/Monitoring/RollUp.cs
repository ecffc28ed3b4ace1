using Medk.Core.Common;

namespace Medk.Core.Monitoring;

/// <summary>The traffic-light colour of a dashboard cell.</summary>
public enum ColorZone
{
    /// <summary>Nothing to judge yet (nothing due, all cancelled): grey, rather than a red that would alarm for nothing.</summary>
    None,
    Red,
    Yellow,
    Green,
}

/// <summary>
/// Checkpoints of a school, a municipality or a region counted by effective status. Counts of
/// organizations add up into the counts of the level above, so a dashboard row is the sum of its children.
/// </summary>
/// <param name="Total">All checkpoints counted, cancelled included; which ones (due so far, or the whole year) is the caller's choice.</param>
public sealed record CompletionCounts(int Total, int Done, int Overdue, int UnderReview, int Cancelled)
{
    public static readonly CompletionCounts Zero = new(0, 0, 0, 0, 0);

    /// <summary>One checkpoint in its effective status (see <see cref="CheckpointState.Effective"/>).</summary>
    public static CompletionCounts For(CheckpointStatus effective) => new(
        1,
        effective == CheckpointStatus.Done ? 1 : 0,
        effective == CheckpointStatus.Overdue ? 1 : 0,
        effective == CheckpointStatus.UnderReview ? 1 : 0,
        effective == CheckpointStatus.Cancelled ? 1 : 0);

    public static CompletionCounts Of(IEnumerable<CheckpointStatus> effective) =>
        effective.Aggregate(Zero, (sum, status) => sum.Add(For(status)));

    public CompletionCounts Add(CompletionCounts other) => new(
        Total + other.Total,
        Done + other.Done,
        Overdue + other.Overdue,
        UnderReview + other.UnderReview,
        Cancelled + other.Cancelled);

    /// <summary>What is still expected: a cancelled measure is neither done nor failed, so it leaves the base.</summary>
    public int Due => Total - Cancelled;

    /// <summary>Done of due, in percent with one decimal; 0 when nothing is due.</summary>
    public decimal Percent => Due > 0 ? RollUp.Round(Done * 100m / Due) : 0m;

    public ColorZone Zone => Due > 0 ? RollUp.Zone(Percent) : ColorZone.None;
}

/// <summary>
/// The arithmetic of dashboards and regional scoring, kept in one place so every page rounds and colours
/// the same way.
/// </summary>
public static class RollUp
{
    /// <summary>From this percentage on, the cell is green.</summary>
    public const decimal GreenFrom = 80m;

    /// <summary>From this percentage on and below <see cref="GreenFrom"/>, the cell is yellow; below, red.</summary>
    public const decimal YellowFrom = 50m;

    /// <summary>One decimal, half away from zero, as people round by hand (the default banker's rounding would surprise them).</summary>
    public static decimal Round(decimal percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero);

    public static ColorZone Zone(decimal percent) => percent switch
    {
        >= GreenFrom => ColorZone.Green,
        >= YellowFrom => ColorZone.Yellow,
        _ => ColorZone.Red,
    };

    /// <summary>
    /// The zone of a regional roadmap scored on points (баллы) out of a maximum, judged on the rounded
    /// percentage like completion. Thresholds can differ where a region's scoring method sets its own.
    /// </summary>
    public static ColorZone ScoreZone(decimal points, decimal max, decimal greenFrom = GreenFrom, decimal yellowFrom = YellowFrom)
    {
        if (max <= 0)
        {
            throw new DomainException("Максимальный балл должен быть больше нуля.", "max");
        }
        if (points < 0 || points > max)
        {
            throw new DomainException("Баллы должны быть от 0 до максимального.", "points");
        }
        if (yellowFrom > greenFrom)
        {
            throw new DomainException("Порог жёлтой зоны не может быть выше порога зелёной.");
        }
        var percent = Round(points * 100m / max);
        return percent >= greenFrom ? ColorZone.Green : percent >= yellowFrom ? ColorZone.Yellow : ColorZone.Red;
    }
}
