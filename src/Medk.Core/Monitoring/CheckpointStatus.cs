using Medk.Core.Common;

namespace Medk.Core.Monitoring;

/// <summary>
/// Where the work on one checkpoint (a due date of a roadmap item) stands. Every value but
/// <see cref="Overdue"/> is stored; <see cref="Overdue"/> depends on today's date and is derived by
/// <see cref="CheckpointState.Effective"/>, so that no nightly job has to flip statuses and no
/// stored status can go stale.
/// </summary>
public enum CheckpointStatus
{
    Planned,
    InProgress,
    UnderReview,
    Done,
    Returned,
    Overdue,
    Cancelled,
}

/// <summary>The moves a person makes on a checkpoint.</summary>
public enum CheckpointAction
{
    /// <summary>The responsible party begins the work.</summary>
    Start,

    /// <summary>Proof is uploaded and handed to the curator.</summary>
    Submit,

    /// <summary>The curator accepts the proof.</summary>
    Confirm,

    /// <summary>The curator sends the proof back for rework, saying why.</summary>
    Return,

    /// <summary>Reworked proof goes back to the curator.</summary>
    Resubmit,

    /// <summary>The measure will not happen (the event was called off, the order changed), with a reason.</summary>
    Cancel,

    /// <summary>A cancelled checkpoint is planned again.</summary>
    Reopen,
}

/// <summary>The rules of checkpoint statuses: which moves are possible and when a checkpoint is overdue.</summary>
public static class CheckpointState
{
    /// <summary>
    /// The status to show today. A checkpoint is overdue from the day after its due date, since the
    /// due day itself is still usable; and only while the work is on the responsible party's side —
    /// proof under review waits for the curator, not the school, and done or cancelled work cannot be late.
    /// </summary>
    public static CheckpointStatus Effective(CheckpointStatus stored, DateOnly due, DateOnly today) => Effective(stored, pastDue: due < today);

    /// <summary>The same rule where the database has already compared the due date with today (grouped counts).</summary>
    public static CheckpointStatus Effective(CheckpointStatus stored, bool pastDue)
    {
        EnsureStorable(stored);
        return pastDue && Open.Contains(stored) ? CheckpointStatus.Overdue : stored;
    }

    /// <summary>
    /// Stored statuses in which the work is on the responsible party's side: such a checkpoint becomes overdue after
    /// its due date. Queries filter with it (<c>Open.Contains(c.Status)</c>), so lists and figures agree with the rule.
    /// </summary>
    public static readonly CheckpointStatus[] Open = [CheckpointStatus.Planned, CheckpointStatus.InProgress, CheckpointStatus.Returned];

    /// <summary>The stored status an action leads to, or null when the move is impossible.</summary>
    public static CheckpointStatus? Target(CheckpointStatus stored, CheckpointAction action) => (stored, action) switch
    {
        (CheckpointStatus.Planned, CheckpointAction.Start) => CheckpointStatus.InProgress,
        // Proof of a one-off measure is often uploaded without anyone pressing «Начать» first.
        (CheckpointStatus.Planned or CheckpointStatus.InProgress, CheckpointAction.Submit) => CheckpointStatus.UnderReview,
        (CheckpointStatus.UnderReview, CheckpointAction.Confirm) => CheckpointStatus.Done,
        (CheckpointStatus.UnderReview, CheckpointAction.Return) => CheckpointStatus.Returned,
        (CheckpointStatus.Returned, CheckpointAction.Resubmit) => CheckpointStatus.UnderReview,
        // Done work stays done: a measure that happened cannot be un-happened by cancelling it.
        (CheckpointStatus.Planned or CheckpointStatus.InProgress or CheckpointStatus.UnderReview or CheckpointStatus.Returned,
            CheckpointAction.Cancel) => CheckpointStatus.Cancelled,
        (CheckpointStatus.Cancelled, CheckpointAction.Reopen) => CheckpointStatus.Planned,
        _ => null,
    };

    /// <summary>The actions to offer on a checkpoint in this stored status.</summary>
    public static IEnumerable<CheckpointAction> Available(CheckpointStatus stored) =>
        Enum.GetValues<CheckpointAction>().Where(a => Target(stored, a) is not null);

    /// <summary>
    /// Makes the move or explains in Russian why not. Cancelling and returning need a reason, because the
    /// people who see the result later (the school, the coordinator, an auditor) were not there to ask.
    /// </summary>
    public static CheckpointStatus Apply(CheckpointStatus stored, CheckpointAction action, string? reason = null)
    {
        EnsureStorable(stored);
        var target = Target(stored, action) ?? throw new DomainException(
            $"Нельзя «{MonitoringGlossary.Action(action)}»: контрольная точка в статусе «{MonitoringGlossary.Status(stored)}».");
        if (string.IsNullOrWhiteSpace(reason))
        {
            if (action == CheckpointAction.Cancel)
            {
                throw new DomainException("Укажите причину отмены.", "reason");
            }
            if (action == CheckpointAction.Return)
            {
                throw new DomainException("Укажите, что нужно доработать.", "reason");
            }
        }
        return target;
    }

    private static void EnsureStorable(CheckpointStatus stored)
    {
        if (stored == CheckpointStatus.Overdue)
        {
            throw new DomainException("Статус «Просрочено» не хранится: он вычисляется по сроку.");
        }
    }
}
