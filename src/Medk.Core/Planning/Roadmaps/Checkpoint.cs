using Medk.Core.Monitoring;

namespace Medk.Core.Planning.Roadmaps;

/// <summary>
/// A concrete due date an item's deadline implies («до 1 марта» → 01.03; «еженедельно, пятница» → every
/// Friday). Checkpoints are what is monitored: reports and statuses attach to them. The stored status never
/// says «просрочено»: that is derived from the date (<see cref="CheckpointState.Effective"/>).
/// </summary>
public class Checkpoint
{
    public const int ReasonMaxLength = 1000;

    private Checkpoint()
    {
    }

    public Checkpoint(DateOnly dueDate) => DueDate = dueDate;

    public int Id { get; private set; }
    public int ItemId { get; private set; }
    public DateOnly DueDate { get; private set; }
    public CheckpointStatus Status { get; private set; } = CheckpointStatus.Planned;
    public string? CancelReason { get; private set; }

    /// <summary>The day the checkpoint became done (its report confirmed): what «completion over time» is drawn from.</summary>
    public DateOnly? CompletedOn { get; private set; }
    public int Version { get; private set; }

    public CheckpointStatus StatusOn(DateOnly today) => CheckpointState.Effective(Status, DueDate, today);

    public void Apply(CheckpointAction action, DateOnly today, string? reason = null)
    {
        Status = CheckpointState.Apply(Status, action, reason);
        CompletedOn = Status == CheckpointStatus.Done ? today : null;
        var trimmed = reason?.Trim();
        CancelReason = Status == CheckpointStatus.Cancelled && trimmed is not null ? trimmed[..Math.Min(trimmed.Length, ReasonMaxLength)] : null;
    }
}
