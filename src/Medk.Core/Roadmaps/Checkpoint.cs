namespace Medk.Core.Roadmaps;

/// <summary>
/// A concrete due date an item's deadline implies («до 1 марта» → 01.03; «еженедельно, пятница» → every
/// Friday). Checkpoints are what is monitored: reports and statuses attach to them.
/// </summary>
public class Checkpoint
{
    private Checkpoint()
    {
    }

    public Checkpoint(DateOnly dueDate) => DueDate = dueDate;

    public int Id { get; private set; }
    public int ItemId { get; private set; }
    public DateOnly DueDate { get; private set; }
}
