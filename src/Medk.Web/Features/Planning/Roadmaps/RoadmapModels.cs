using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;

namespace Medk.Web.Features.Planning.Roadmaps;

/// <summary>One correction of an approved roadmap: its number, who and when, what changed (one line each).</summary>
public sealed record RevisionView(int Number, string By, DateTimeOffset At, string Changes);

public sealed record ApprovalView(string Kind, string? Number, DateOnly? Date, string? Signatory);

public sealed record RoadmapRow(
    int Id,
    string Title,
    int OwnerOrganizationId,
    string OwnerName,
    OrganizationLevel Level,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    RoadmapStatus Status,
    ApprovalView? Approval,
    int ItemCount);

public sealed record RoadmapView(
    int Id,
    string Title,
    int OwnerOrganizationId,
    string OwnerName,
    string OwnerPath,
    OrganizationLevel Level,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    RoadmapStatus Status,
    ApprovalView? Approval,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool CanEdit,
    IReadOnlyList<RoadmapTransition> Transitions);

public sealed record ResponsibleView(string Name, int? OrganizationId, int? PersonId);

/// <summary>The deadline as understood: kind (date, due, range, dates, recurring, period, external, unknown) and due dates.</summary>
public sealed record DeadlineView(string Kind, DateOnly? Start, TimeOnly? Time, string? Warning, IReadOnlyList<DateOnly> Checkpoints);

/// <summary>The expected result as understood: kind (share, count, result), comparator, target and unit.</summary>
public sealed record IndicatorView(string Kind, string? Comparator, decimal? Target, string? Unit);

public sealed record ItemView(
    int Id,
    int? ParentId,
    int Position,
    int Depth,
    string? Number,
    bool IsSection,
    string Text,
    string? ResponsibleText,
    string? DeadlineText,
    string? ResultText,
    IReadOnlyList<string> Levels,
    int? ImplementsItemId,
    IReadOnlyList<ResponsibleView> Responsibles,
    DeadlineView? Deadline,
    IndicatorView? Indicator,
    IReadOnlyList<CheckpointRef> Checkpoints,
    int Version,
    string? WithdrawalReason = null)
{
    /// <summary>Excluded by a correction with its reports kept (decision 020): shown, not planned.</summary>
    public bool IsWithdrawn => WithdrawalReason is not null;
}

/// <summary>A checkpoint of an item with its status as of today (overdue derived from the date).</summary>
public sealed record CheckpointRef(int Id, DateOnly DueDate, Medk.Core.Monitoring.CheckpointStatus Status);

public sealed record RoadmapFilter(string? Search, OrganizationLevel? Level, int? OwnerId, int? Year, RoadmapStatus? Status, int? Page, int? PageSize);

public sealed record RoadmapInput
{
    public int OwnerOrganizationId { get; init; }
    public string Title { get; init; } = "";
    public DateOnly? PeriodStart { get; init; }
    public DateOnly? PeriodEnd { get; init; }
    public ApprovalView? Approval { get; init; }
    public int? Version { get; init; }
}

public sealed record TransitionInput(RoadmapTransition Transition, int Version);

public sealed record ResponsibleInput(string Name, int? OrganizationId, int? PersonId);

public sealed record ItemInput
{
    public int? ParentId { get; init; }
    public string? Number { get; init; }
    public bool IsSection { get; init; }
    public string Text { get; init; } = "";
    public string? ResponsibleText { get; init; }
    public string? DeadlineText { get; init; }
    public string? ResultText { get; init; }

    /// <summary>Implementation levels: federal, regional, municipal, institutional.</summary>
    public string[]? Levels { get; init; }
    public int? ImplementsItemId { get; init; }
    public ResponsibleInput[]? Responsibles { get; init; }
    public int? Version { get; init; }
}

/// <summary>Move an item among its siblings ("up" / "down"), or under another parent (null: top level).</summary>
public sealed record MoveInput(string? Direction, int? ParentId);

public static class LevelNames
{
    private static readonly (ImplementationLevels Flag, string Name)[] Names =
    [
        (ImplementationLevels.Federal, "federal"),
        (ImplementationLevels.Regional, "regional"),
        (ImplementationLevels.Municipal, "municipal"),
        (ImplementationLevels.Institutional, "institutional"),
    ];

    public static IReadOnlyList<string> ToNames(ImplementationLevels levels) =>
        Names.Where(n => levels.HasFlag(n.Flag)).Select(n => n.Name).ToList();

    public static ImplementationLevels Parse(IEnumerable<string>? names)
    {
        var result = ImplementationLevels.None;
        foreach (var name in names ?? [])
        {
            var match = Names.FirstOrDefault(n => string.Equals(n.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match.Name is null)
            {
                throw new Core.Common.DomainException(
                    $"Неизвестный уровень реализации «{name}»: допустимы federal, regional, municipal, institutional.", "levels");
            }
            result |= match.Flag;
        }
        return result;
    }
}
