using System.Text;

namespace Medk.Core.Planning.Schedules;

/// <summary>The unit a recurrence counts in. Quarters, half-years and years are 3, 6 and 12 months.</summary>
public enum RecurrenceUnit
{
    Day,
    Week,
    Month,
}

/// <summary>
/// How a recurring deadline repeats: every <see cref="Every"/> units, on given weekdays, on a day of
/// the month, on the n-th (or last) weekday of the month. Months are counted from January, so
/// «ежеквартально» falls in March, June, September and December.
/// </summary>
public sealed record ScheduleRecurrence(RecurrenceUnit Unit, int Every)
{
    private static readonly string[] DayNames = ["воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота"];

    /// <summary>Weekdays of a weekly rule («по вторникам и четвергам»).</summary>
    public IReadOnlyList<DayOfWeek> Weekdays { get; init; } = [];

    /// <summary>«до 10 числа каждого месяца» → 10; in a short month the last day stands in.</summary>
    public int? DayOfMonth { get; init; }

    /// <summary>With <see cref="Weekdays"/>: 1–5 for «2 понедельник месяца», -1 for «последняя пятница месяца».</summary>
    public int? WeekdayOrdinal { get; init; }

    /// <summary>Every ordinal of «первый и третий вторник месяца» (1, 3); empty when there is at most one.</summary>
    public IReadOnlyList<int> WeekdayOrdinals { get; init; } = [];

    /// <summary>The n-th Monday-to-Friday of the month: «не позднее 10-го рабочего дня месяца».</summary>
    public int? WorkdayOfMonth { get; init; }

    /// <summary>
    /// The day lies this many days after the end of each period: 1 for «на следующий день после окончания
    /// квартала», 10 for «в течение 10 рабочих дней после окончания отчетного периода».
    /// </summary>
    public int? DaysAfterStep { get; init; }

    /// <summary>With <see cref="DaysAfterStep"/>: the days are Monday to Friday (public holidays are not known here).</summary>
    public bool CountsWorkdays { get; init; }

    /// <summary>Twice a month: the 15th and the last day.</summary>
    public bool SemiMonthly { get; init; }

    /// <summary>The last Monday-to-Friday of the month (public holidays are not known here).</summary>
    public bool LastWorkday { get; init; }

    /// <summary>The day falls in the month after each period: «до 5 числа месяца, следующего за отчетным кварталом».</summary>
    public bool InFollowingMonth { get; init; }

    /// <summary>
    /// Whether each period's day falls after the period (the month after it, days after its end): such a
    /// rule has one day for every period that ends inside the roadmap, the last one after the roadmap's end.
    /// </summary>
    public bool ReportsAfterStep => InFollowingMonth || DaysAfterStep is not null;

    /// <summary>Which month of each step the day falls in (1 = the first: «в начале квартала»); null = the last.</summary>
    public int? MonthOfStep { get; init; }

    /// <summary>The rule in Russian, for a page: «ежеквартально», «еженедельно: пятница».</summary>
    public string Description
    {
        get
        {
            var sb = new StringBuilder(Frequency());
            if (Weekdays.Count > 0)
            {
                var names = Weekdays.Select(d => DayNames[(int)d]);
                sb.Append(": ").Append(Ordinal()).Append(string.Join(", ", names));
                if (WeekdayOrdinal is not null)
                {
                    sb.Append(" месяца");
                }
            }
            if (SemiMonthly)
            {
                sb.Append(": 15 числа и в последний день месяца");
            }
            else if (DayOfMonth is int day)
            {
                sb.Append(": ").Append(day).Append(" числа");
            }
            else if (LastWorkday)
            {
                sb.Append(": последний рабочий день");
            }
            else if (WorkdayOfMonth is int workday)
            {
                sb.Append(": ").Append(workday).Append("-й рабочий день");
            }
            if (MonthOfStep is int month && Every > 1)
            {
                sb.Append(", ").Append(month).Append("-й месяц периода");
            }
            if (InFollowingMonth)
            {
                sb.Append(Every == 12 && Weekdays.Count == 0 && DayOfMonth is null && WorkdayOfMonth is null
                    ? ", в году, следующем за отчетным" : " месяца, следующего за отчетным периодом");
            }
            if (DaysAfterStep is int after)
            {
                sb.Append(": ").Append(after == 1 && !CountsWorkdays ? "на следующий день"
                    : $"через {after} {(CountsWorkdays ? "рабочих " : "")}дн.").Append(" после окончания отчетного периода");
            }
            return sb.ToString();
        }
    }

    private string Ordinal() => WeekdayOrdinals.Count > 1
        ? string.Join(" и ", WeekdayOrdinals.Select(n => n == -1 ? "последний" : $"{n}-й")) + " "
        : WeekdayOrdinal switch
    {
        null => "",
        -1 => Weekdays[0] switch
        {
            DayOfWeek.Wednesday or DayOfWeek.Friday or DayOfWeek.Saturday => "последняя ",
            DayOfWeek.Sunday => "последнее ",
            _ => "последний ",
        },
        int n => $"{n}-й ",
    };

    private string Frequency() => (Unit, Every) switch
    {
        (RecurrenceUnit.Day, 1) => "ежедневно",
        (RecurrenceUnit.Day, var n) => $"раз в {n} дн.",
        (RecurrenceUnit.Week, 1) => "еженедельно",
        (RecurrenceUnit.Week, var n) => $"раз в {n} нед.",
        (_, 1) => "ежемесячно",
        (_, 3) => "ежеквартально",
        (_, 6) => "раз в полугодие",
        (_, 12) => "ежегодно",
        (_, var n) => $"раз в {n} мес.",
    };
}
