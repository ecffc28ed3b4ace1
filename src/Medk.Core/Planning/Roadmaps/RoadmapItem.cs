using Medk.Core.Common;
using Medk.Core.Planning.Indicators;
using Medk.Core.Planning.Schedules;

namespace Medk.Core.Planning.Roadmaps;

/// <summary>
/// One row of a roadmap: a section heading or an action. Everything is kept as written in the
/// document (number, deadline, responsible, result); structured readings of those texts live beside
/// them (<see cref="Responsibles"/>, and schedules and indicators in later capabilities).
/// </summary>
public class RoadmapItem
{
    public const int NumberMaxLength = 30;
    public const int TextMaxLength = 8000;
    public const int FieldMaxLength = 4000;
    public const int WithdrawalReasonMaxLength = 1000;

    private readonly List<ItemResponsible> _responsibles = [];
    private readonly List<Checkpoint> _checkpoints = [];

    private RoadmapItem()
    {
    }

    public RoadmapItem(int roadmapId, int? parentId, int position, ItemContent content)
    {
        RoadmapId = roadmapId;
        ParentId = parentId;
        Position = position;
        Apply(content);
    }

    public int Id { get; private set; }
    public int RoadmapId { get; private set; }
    public int? ParentId { get; private set; }

    /// <summary>Order among the siblings, from 0.</summary>
    public int Position { get; private set; }
    public string? Number { get; private set; }
    public bool IsSection { get; private set; }
    public string Text { get; private set; } = "";
    public string? ResponsibleText { get; private set; }
    public string? DeadlineText { get; private set; }
    public string? ResultText { get; private set; }
    public ImplementationLevels Levels { get; private set; }

    /// <summary>The item of a higher-level roadmap this one carries out.</summary>
    public int? ImplementsItemId { get; private set; }

    /// <summary>Optimistic concurrency: raised by the database layer on every save.</summary>
    public int Version { get; private set; }
    public IReadOnlyList<ItemResponsible> Responsibles => _responsibles;

    /// <summary>What the deadline text was understood as; null for sections and empty deadlines.</summary>
    public ScheduleKind? DeadlineKind { get; private set; }

    /// <summary>For ranges: the first day.</summary>
    public DateOnly? DeadlineStart { get; private set; }

    /// <summary>A time of day where the deadline gives one («пятница, 15.00»).</summary>
    public TimeOnly? DeadlineTime { get; private set; }

    /// <summary>Why the deadline could not be fully understood, in Russian.</summary>
    public string? DeadlineWarning { get; private set; }

    /// <summary>The due dates the deadline implies within the roadmap's period, in date order.</summary>
    public IReadOnlyList<Checkpoint> Checkpoints => _checkpoints;

    /// <summary>
    /// When a correction took the item out of the roadmap while reports on it had to be kept (decision 020): the item
    /// stays, shown as excluded, its reported checkpoints with their reports, the others cancelled. Null for a live item.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>Why and by which correction the item was excluded, in Russian.</summary>
    public string? WithdrawalReason { get; private set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    public IndicatorKind? IndicatorKind { get; private set; }
    public Comparator? IndicatorComparator { get; private set; }
    public decimal? IndicatorTarget { get; private set; }
    public string? IndicatorUnit { get; private set; }

    /// <summary>
    /// Reads the deadline and the expected result as written into a schedule with checkpoints and an
    /// indicator. Checkpoints whose date stays are kept (with whatever is attached to them); the others go.
    /// </summary>
    /// <param name="reported">Checkpoints that have reports attached: they are never dropped, whatever their status
    /// (a cancelled checkpoint reopened to «запланировано» may still carry a report).</param>
    public Schedule? Understand(DatePeriod period, IReadOnlySet<int>? reported = null)
    {
        var indicator = IsSection || ResultText is null ? null : IndicatorParser.Parse(ResultText);
        IndicatorKind = indicator?.Kind;
        IndicatorComparator = indicator?.Comparator;
        IndicatorTarget = indicator?.Target;
        IndicatorUnit = indicator?.Unit;

        var schedule = IsSection || DeadlineText is null ? null : ScheduleParser.Parse(DeadlineText, period);
        DeadlineKind = schedule?.Kind;
        DeadlineStart = schedule?.Start;
        DeadlineTime = schedule?.Time;
        DeadlineWarning = schedule?.Warning;
        var dates = schedule?.Checkpoints.ToHashSet() ?? [];
        // A checkpoint somebody already works on (a draft, a report, a cancellation) stays even if the new
        // wording no longer implies its date: reports are never lost by correcting a deadline.
        _checkpoints.RemoveAll(c => !dates.Contains(c.DueDate) && c.Status == Monitoring.CheckpointStatus.Planned
            && reported?.Contains(c.Id) != true);
        foreach (var date in dates.Where(d => _checkpoints.All(c => c.DueDate != d)))
        {
            _checkpoints.Add(new Checkpoint(date));
        }
        _checkpoints.Sort((a, b) => a.DueDate.CompareTo(b.DueDate));
        return schedule;
    }

    /// <summary>The editable content as it is now, to compare with a new one.</summary>
    public ItemContent Content => new(Number, IsSection, Text, ResponsibleText, DeadlineText, ResultText, Levels);

    public void Apply(ItemContent content)
    {
        content.Validate();
        Number = content.Number;
        IsSection = content.IsSection;
        Text = content.Text;
        ResponsibleText = content.ResponsibleText;
        DeadlineText = content.DeadlineText;
        ResultText = content.ResultText;
        Levels = content.Levels;
    }

    /// <summary>
    /// Takes the item out of the plan without losing reported work: checkpoints with reports stay as they are (done
    /// stays done, a report under review may still be confirmed); the others that are still open are cancelled with
    /// the reason, so they leave the figures (a cancelled measure is not due).
    /// </summary>
    public void Withdraw(string reason, IReadOnlySet<int> reported, DateOnly today, DateTimeOffset now)
    {
        reason = reason.Trim();
        if (reason.Length == 0)
        {
            throw new DomainException("Укажите, почему пункт исключён.", "reason");
        }
        if (reason.Length > WithdrawalReasonMaxLength)
        {
            reason = reason[..(WithdrawalReasonMaxLength - 1)] + "…";
        }
        foreach (var checkpoint in _checkpoints.Where(c => !reported.Contains(c.Id)
            && Monitoring.CheckpointState.Target(c.Status, Monitoring.CheckpointAction.Cancel) is not null))
        {
            checkpoint.Apply(Monitoring.CheckpointAction.Cancel, today, reason);
        }
        WithdrawnAt = now;
        WithdrawalReason = reason;
    }

    public void LinkTo(int? higherItemId)
    {
        if (higherItemId == Id && Id != 0)
        {
            throw new DomainException("Пункт не может исполнять сам себя.");
        }
        ImplementsItemId = higherItemId;
    }

    public void PlaceAt(int? parentId, int position)
    {
        ParentId = parentId;
        Position = position;
    }

    public void SetResponsibles(IEnumerable<ItemResponsible> responsibles)
    {
        _responsibles.Clear();
        _responsibles.AddRange(responsibles);
    }
}

/// <summary>The editable text of an item, validated in one place for forms, the API and the importer.</summary>
public sealed record ItemContent(
    string? Number,
    bool IsSection,
    string Text,
    string? ResponsibleText = null,
    string? DeadlineText = null,
    string? ResultText = null,
    ImplementationLevels Levels = ImplementationLevels.None)
{
    public ItemContent Normalized() => this with
    {
        Number = Clean(Number),
        Text = (Text ?? "").Trim(),
        ResponsibleText = Clean(ResponsibleText),
        DeadlineText = Clean(DeadlineText),
        ResultText = Clean(ResultText),
    };

    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            throw new DomainException("Укажите текст пункта.", "text");
        }
        if (Number?.Length > RoadmapItem.NumberMaxLength)
        {
            throw new DomainException($"Номер пункта длиннее {RoadmapItem.NumberMaxLength} символов.", "number");
        }
        if (Text.Length > RoadmapItem.TextMaxLength)
        {
            throw new DomainException($"Текст пункта длиннее {RoadmapItem.TextMaxLength} символов.", "text");
        }
        if (ResponsibleText?.Length > RoadmapItem.FieldMaxLength || DeadlineText?.Length > RoadmapItem.FieldMaxLength
            || ResultText?.Length > RoadmapItem.FieldMaxLength)
        {
            throw new DomainException($"Поле пункта длиннее {RoadmapItem.FieldMaxLength} символов.");
        }
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>A responsible party of an item: as written, and resolved to an organization or a person when known.</summary>
public class ItemResponsible
{
    public const int NameMaxLength = 300;

    private ItemResponsible()
    {
    }

    public ItemResponsible(string nameAsWritten, int? organizationId, int? personId)
    {
        NameAsWritten = nameAsWritten.Trim();
        if (NameAsWritten.Length is 0 or > NameMaxLength)
        {
            throw new DomainException("Ответственный указан пустым или слишком длинным.");
        }
        OrganizationId = organizationId;
        PersonId = personId;
    }

    public int Id { get; private set; }
    public string NameAsWritten { get; private set; } = "";
    public int? OrganizationId { get; private set; }
    public int? PersonId { get; private set; }
    public bool IsResolved => OrganizationId is not null || PersonId is not null;
}
