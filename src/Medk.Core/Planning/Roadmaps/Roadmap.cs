using Medk.Core.Common;
using Medk.Core.Platform.Organizations;

namespace Medk.Core.Planning.Roadmaps;

/// <summary>A roadmap (дорожная карта, план-график) of one organization for a period.</summary>
public class Roadmap
{
    public const int TitleMaxLength = 1000;

    private Roadmap()
    {
    }

    public Roadmap(int ownerOrganizationId, OrganizationLevel level, string title, DateOnly periodStart, DateOnly periodEnd, DateTimeOffset now)
    {
        OwnerOrganizationId = ownerOrganizationId;
        Level = level;
        CreatedAt = now;
        Describe(title, periodStart, periodEnd, null, now);
    }

    public int Id { get; private set; }
    public int OwnerOrganizationId { get; private set; }
    public Organization? Owner { get; private set; }
    public OrganizationLevel Level { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly PeriodStart { get; private set; }
    public DateOnly PeriodEnd { get; private set; }
    public ApprovalDocument? Approval { get; private set; }
    public RoadmapStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency: raised by the database layer on every save.</summary>
    public int Version { get; private set; }

    /// <summary>Folded title and approval, for search on every database.</summary>
    public string SearchText { get; private set; } = "";

    public void Describe(string title, DateOnly periodStart, DateOnly periodEnd, ApprovalDocument? approval, DateTimeOffset now)
    {
        title = title.Trim();
        if (title.Length == 0)
        {
            throw new DomainException("Укажите название дорожной карты.", "title");
        }
        if (title.Length > TitleMaxLength)
        {
            throw new DomainException($"Название длиннее {TitleMaxLength} символов.", "title");
        }
        if (periodEnd < periodStart)
        {
            throw new DomainException("Окончание периода раньше его начала.", "periodEnd");
        }
        if (periodEnd.DayNumber - periodStart.DayNumber > 366 * 10)
        {
            throw new DomainException("Период дорожной карты длиннее десяти лет.", "periodEnd");
        }
        Title = title;
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Approval = approval;
        SearchText = Common.SearchText.Normalize(Title, approval?.ToString());
        Touch(now);
    }

    public void Move(RoadmapTransition transition, DateTimeOffset now)
    {
        if (transition == RoadmapTransition.Approve && Approval is null)
        {
            throw new DomainException("Чтобы утвердить дорожную карту, укажите утверждающий документ (вид, номер, дата).", "approval");
        }
        Status = RoadmapWorkflow.Apply(Status, transition);
        Touch(now);
    }

    /// <summary>Items are edited freely only before approval or during execution by the owner; a finished roadmap is closed.</summary>
    public void EnsureItemsEditable()
    {
        if (Status == RoadmapStatus.Completed)
        {
            throw new DomainException("Дорожная карта завершена: её пункты больше не изменяются.");
        }
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    public int Year => PeriodStart.Year;

    public Schedules.DatePeriod Period => new(PeriodStart, PeriodEnd);

    /// <summary>The columns of the document the roadmap was imported from («Kind:Caption»), so that an
    /// export gives the authority back the table it wrote. Empty for roadmaps written in Medk.</summary>
    public string[] SourceColumns { get; private set; } = [];

    public void RememberSourceColumns(IEnumerable<string> columns) => SourceColumns = columns.ToArray();
}
