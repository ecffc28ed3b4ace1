namespace Medk.Core.Planning.Schedules.Parsing;

/// <summary>
/// A recurrence being gathered from atoms. A unit is explicit when a frequency word gave it
/// («ежемесячно», «раз в квартал»), implicit when only a day spec suggests it («2 понедельник месяца»,
/// «пятница»); an explicit frequency overrides an implicit one.
/// </summary>
internal sealed class RecurrenceDraft
{
    private readonly List<DayOfWeek> _weekdays = [];
    private bool _lastDay;

    public RecurrenceUnit? Unit { get; private set; }
    public int Every { get; private set; } = 1;
    public bool HasExplicitUnit { get; private set; }
    public bool SemiMonthly { get; private set; }
    public int? DayOfMonth { get; private set; }
    public int? WeekdayOrdinal { get; private set; }
    public bool LastWorkday { get; private set; }
    public bool InFollowingMonth { get; private set; }
    public int? MonthOfStep { get; set; }
    public IReadOnlyList<DayOfWeek> Weekdays => _weekdays;

    /// <summary>Only weekdays, no frequency: «пятница» beside a date is the date's weekday, not a rule.</summary>
    public bool IsBareWeekday => !HasExplicitUnit && !HasMonthDaySpec && _weekdays.Count > 0;

    public bool HasMonthDaySpec => DayOfMonth is not null || WeekdayOrdinal is not null || LastWorkday || _lastDay;

    public bool IsYearly => Unit == RecurrenceUnit.Month && Every % 12 == 0;

    /// <summary>The length of one step in days, to tell a window («еженедельно в марте») from a separate date.</summary>
    public int StepDays => Unit switch
    {
        RecurrenceUnit.Day => Every,
        RecurrenceUnit.Week => 7 * Every,
        _ => 31 * Every,
    };

    public void SetFrequency(FrequencyAtom frequency)
    {
        Unit = frequency.Unit switch
        {
            CalendarUnit.Day => RecurrenceUnit.Day,
            CalendarUnit.Week => RecurrenceUnit.Week,
            _ => RecurrenceUnit.Month,
        };
        Every = frequency.Every;
        SemiMonthly = frequency.SemiMonthly;
        HasExplicitUnit = true;
    }

    public void AddWeekday(DayOfWeek day)
    {
        if (!_weekdays.Contains(day))
        {
            _weekdays.Add(day);
        }
        Imply(RecurrenceUnit.Week, 1);
    }

    public void SetNthWeekday(NthWeekdayAtom nth)
    {
        _weekdays.Clear();
        _weekdays.Add(nth.Day);
        if (nth.EveryOther)
        {
            Imply(RecurrenceUnit.Week, 2);
            return;
        }
        WeekdayOrdinal = nth.Ordinal;
        ImplyMonthly(1);
    }

    public void SetDayOfMonth(int day)
    {
        DayOfMonth = day;
        ImplyMonthly(1);
    }

    public void SetLastDay(bool workday)
    {
        _lastDay = true;
        LastWorkday = workday;
        ImplyMonthly(1);
    }

    /// <summary>«месяца», «квартала» after a day spec: «последний день квартала».</summary>
    public void SetUnitWord(CalendarUnit unit)
    {
        if (HasExplicitUnit || (!HasMonthDaySpec && _weekdays.Count == 0))
        {
            return;
        }
        switch (unit)
        {
            case CalendarUnit.Quarter:
                ImplyMonthly(3, force: true);
                break;
            case CalendarUnit.HalfYear:
                ImplyMonthly(6, force: true);
                break;
            case CalendarUnit.Month when Unit == RecurrenceUnit.Week && WeekdayOrdinal is null:
                // «пятница месяца» without an ordinal: read as the first such weekday of each month.
                ImplyMonthly(1, force: true);
                WeekdayOrdinal = 1;
                break;
        }
    }

    public void SetFollowing(CalendarUnit unit)
    {
        InFollowingMonth = true;
        if (HasExplicitUnit)
        {
            return;
        }
        var months = unit switch
        {
            CalendarUnit.Quarter => 3,
            CalendarUnit.HalfYear => 6,
            CalendarUnit.Year => 12,
            _ => 1,
        };
        ImplyMonthly(months, force: true);
    }

    public ScheduleRecurrence ToPublic() => new(Unit ?? RecurrenceUnit.Month, Every)
    {
        Weekdays = [.. _weekdays],
        DayOfMonth = DayOfMonth,
        WeekdayOrdinal = WeekdayOrdinal,
        SemiMonthly = SemiMonthly,
        LastWorkday = LastWorkday,
        InFollowingMonth = InFollowingMonth,
        MonthOfStep = MonthOfStep,
    };

    private void Imply(RecurrenceUnit unit, int every)
    {
        if (HasExplicitUnit || Unit == RecurrenceUnit.Month)
        {
            return;
        }
        Unit = unit;
        Every = every;
    }

    private void ImplyMonthly(int every, bool force = false)
    {
        if (HasExplicitUnit || (Unit == RecurrenceUnit.Month && !force))
        {
            return;
        }
        Unit = RecurrenceUnit.Month;
        Every = every;
    }
}
