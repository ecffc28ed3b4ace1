namespace Medk.Core.Planning.Schedules;

/// <summary>A period of dates, both ends included: a roadmap's period, a range of a deadline.</summary>
public readonly record struct DatePeriod(DateOnly Start, DateOnly End)
{
    public static DatePeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public bool Contains(DateOnly date) => date >= Start && date <= End;
}

/// <summary>What a deadline phrase means.</summary>
public enum ScheduleKind
{
    /// <summary>On a day: «28 января», «17.01.2022».</summary>
    Date,

    /// <summary>By a day: «до 1 марта», «не позднее 30.04».</summary>
    Due,

    /// <summary>From–to; the checkpoint is the end: «С 18 января по 4 февраля».</summary>
    Range,

    /// <summary>Several dates or control dates: «29.04 16.05 01.06».</summary>
    Dates,

    /// <summary>Repeats: weekly, monthly on day N, n-th weekday, quarterly, every N months, half-yearly, yearly.</summary>
    Recurring,

    /// <summary>The whole period: «в течение года», «постоянно». Checkpoint at the period's end.</summary>
    Period,

    /// <summary>Set by somebody else: «по графику ФИОКО». No dates are invented.</summary>
    External,

    /// <summary>Not understood: kept as text, with a warning.</summary>
    Unknown,
}

/// <summary>
/// A deadline as written, understood: its kind and the concrete checkpoints (due dates) it implies
/// within the roadmap's period, sorted. <see cref="Warning"/> says in Russian what could not be understood.
/// </summary>
public sealed record Schedule(string Text, ScheduleKind Kind, IReadOnlyList<DateOnly> Checkpoints)
{
    /// <summary>For ranges: the first day. For others: null.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>A time of day where the phrase gives one («пятница, 15.00»).</summary>
    public TimeOnly? Time { get; init; }

    public string? Warning { get; init; }

    /// <summary>For recurring deadlines (and dates beside a recurrence): how they repeat.</summary>
    public ScheduleRecurrence? Recurrence { get; init; }
}
