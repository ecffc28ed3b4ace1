namespace Medk.Core.Planning.Schedules.Parsing;

/// <summary>
/// A recurrence being gathered from atoms. A unit is explicit when a frequency word gave it
/// («ежемесячно», «раз в квартал»), implicit when only a day spec suggests it («2 понедельник месяца»,
/// «пятница»); an explicit frequency overrides an implicit one.
/// </summary>
internal sealed class RecurrenceDraft
{
    private readonly List<DayOfWeek> _weekdays = [];
    private readonly List<int> _ordinals = [];
    private bool _lastDay;

    public RecurrenceUnit? Unit { get; private set; }
    public int Every { get; private set; } = 1;
    public bool HasExplicitUnit { get; private set; }
    public bool SemiMonthly { get; private set; }
    public int? DayOfMonth { get; private set; }
    public int? WeekdayOrdinal { get; private set; }
    public bool LastWorkday { get; private set; }
    public bool InFollowingMonth { get; private set; }
    public int? WorkdayOfMonth { get; private set; }
    public int? DaysAfterStep { get; private set; }
    public bool CountsWorkdays { get; private set; }

    /// <summary>«после окончания отчетного периода» with no frequency to say which period that is.</summary>
    public bool LacksReportingPeriod { get; private set; }
    public int? MonthOfStep { get; set; }
    public IReadOnlyList<DayOfWeek> Weekdays => _weekdays;

    /// <summary>Only weekdays, no frequency: «пятница» beside a date is the date's weekday, not a rule.</summary>
    public bool IsBareWeekday => !HasExplicitUnit && !HasMonthDaySpec && _weekdays.Count > 0;

    public bool HasMonthDaySpec =>
        DayOfMonth is not null || WeekdayOrdinal is not null || LastWorkday || _lastDay || WorkdayOfMonth is not null || DaysAfterStep is not null;

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
        LacksReportingPeriod = false;
    }

    public void AddWeekday(DayOfWeek day)
    {
        if (!_weekdays.Contains(day))
        {
            _weekdays.Add(day);
        }
        Imply(RecurrenceUnit.Week, 1);
    }

    /// <summary>Whether «третий вторник» adds to «первый (и) …» of the same weekday rather than replacing it.</summary>
    public bool TakesOrdinal(NthWeekdayAtom nth) =>
        !nth.EveryOther && WeekdayOrdinal is not null && _weekdays.Count == 1 && _weekdays[0] == nth.Day;

    public void SetNthWeekday(NthWeekdayAtom nth)
    {
        if (TakesOrdinal(nth))
        {
            if (!_ordinals.Contains(nth.Ordinal))
            {
                _ordinals.Add(nth.Ordinal);
            }
            return;
        }
        _ordinals.Clear();
        _weekdays.Clear();
        _weekdays.Add(nth.Day);
        if (nth.EveryOther)
        {
            Imply(RecurrenceUnit.Week, 2);
            return;
        }
        WeekdayOrdinal = nth.Ordinal;
        _ordinals.Add(nth.Ordinal);
        ImplyMonthly(1);
    }

    public void SetWorkdayOfMonth(int number)
    {
        WorkdayOfMonth = number;
        ImplyMonthly(1);
    }

    /// <summary>«через N (рабочих) дней после окончания квартала / отчетного периода».</summary>
    public void SetAfterStep(AfterStepAtom after)
    {
        DaysAfterStep = after.Days;
        CountsWorkdays = after.Workdays;
        if (after.Unit is CalendarUnit unit)
        {
            SetReportingUnit(unit);
        }
        else if (!HasExplicitUnit)
        {
            LacksReportingPeriod = true;
        }
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

    public void SetFollowing(FollowingAtom following)
    {
        InFollowingMonth = true;
        if (following.InYear)
        {
            SetReportingUnit(CalendarUnit.Year);
        }
        else if (following.Unit is CalendarUnit unit)
        {
            SetReportingUnit(unit);
        }
        else
        {
            ImplyMonthly(1);
        }
    }

    /// <summary>The unit a report is made for, unless a frequency word already said it.</summary>
    private void SetReportingUnit(CalendarUnit unit)
    {
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
        WeekdayOrdinals = _ordinals.Count > 1 ? [.. _ordinals.Order()] : [],
        WorkdayOfMonth = WorkdayOfMonth,
        DaysAfterStep = DaysAfterStep,
        CountsWorkdays = CountsWorkdays,
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
