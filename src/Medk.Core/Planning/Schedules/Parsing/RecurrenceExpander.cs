namespace Medk.Core.Planning.Schedules.Parsing;

/// <summary>
/// Lays a recurrence on the calendar: its checkpoints inside the windows (by default the whole
/// roadmap period) and inside the period. A weekly rule without a weekday falls on Fridays, the end
/// of the working week; a monthly rule without a day falls on the month's last day.
/// </summary>
internal static class RecurrenceExpander
{
    public static IEnumerable<DateOnly> Expand(ScheduleRecurrence rule, IReadOnlyList<DatePeriod> windows, DatePeriod period)
    {
        IReadOnlyList<DatePeriod> within = windows.Count == 0 ? [period] : windows;
        var dates = rule.Unit switch
        {
            RecurrenceUnit.Day => within.SelectMany(w => Days(w, rule.Every)),
            RecurrenceUnit.Week => within.SelectMany(w => Weeks(w, rule)),
            _ => Months(rule, within, period),
        };
        return rule.ReportsAfterStep && rule.Unit == RecurrenceUnit.Month ? dates : dates.Where(period.Contains);
    }

    private static IEnumerable<DateOnly> Days(DatePeriod window, int every)
    {
        for (var n = window.Start.DayNumber; n <= window.End.DayNumber; n += Math.Max(every, 1))
        {
            yield return DateOnly.FromDayNumber(n);
        }
    }

    private static IEnumerable<DateOnly> Weeks(DatePeriod window, ScheduleRecurrence rule)
    {
        IReadOnlyList<DayOfWeek> weekdays = rule.Weekdays.Count > 0 ? rule.Weekdays : [DayOfWeek.Friday];
        foreach (var weekday in weekdays)
        {
            // Day numbers, not AddDays: a huge step («раз в 100000 недель») must end the loop, not overflow.
            var first = window.Start.DayNumber + (((int)weekday - (int)window.Start.DayOfWeek + 7) % 7);
            for (var n = first; n <= window.End.DayNumber; n += 7 * Math.Max(rule.Every, 1))
            {
                yield return DateOnly.FromDayNumber(n);
            }
        }
    }

    /// <summary>
    /// Steps that divide a year (1, 2, 3, 4, 6, 12 months) are counted from January, so quarters end in
    /// March…December whatever the window; other steps count from the first window's first month.
    /// A rule whose day falls after each step («до 10 числа месяца, следующего за отчетным кварталом»)
    /// has a day for every step that ends inside the period, though the last lies after the period's end,
    /// and none for a step that ended before the period began.
    /// </summary>
    private static IEnumerable<DateOnly> Months(ScheduleRecurrence rule, IReadOnlyList<DatePeriod> windows, DatePeriod period)
    {
        var every = Math.Max(rule.Every, 1);
        var origin = MonthIndex(windows.Min(w => w.Start));
        foreach (var window in windows)
        {
            for (var m = MonthIndex(window.Start); m <= MonthIndex(window.End); m++)
            {
                var position = 12 % every == 0 ? (m % 12) + 1 : m - origin + 1;
                if (m / 12 >= DateOnly.MaxValue.Year)
                {
                    yield break;
                }
                if (position % every != 0 || (rule.ReportsAfterStep && !period.Contains(LastDay(m))))
                {
                    continue;
                }
                if (rule.DaysAfterStep is int after)
                {
                    yield return After(LastDay(m), after, rule.CountsWorkdays);
                    continue;
                }
                var inStep = rule.MonthOfStep is int k && k >= 1 && k <= every ? m - every + k : m;
                var target = rule.InFollowingMonth ? inStep + 1 : inStep;
                if (target / 12 > DateOnly.MaxValue.Year)
                {
                    yield break;
                }
                foreach (var day in DaysOfMonth(rule, target / 12, (target % 12) + 1))
                {
                    // A day outside the stepped month (the next month, the first of a quarter) belongs to
                    // the step the window holds the end of, even when it lies outside the window.
                    if (target != m || window.Contains(day))
                    {
                        yield return day;
                    }
                }
            }
        }
    }

    private static int MonthIndex(DateOnly d) => (d.Year * 12) + d.Month - 1;

    private static DateOnly LastDay(int monthIndex)
    {
        var (year, month) = (monthIndex / 12, (monthIndex % 12) + 1);
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    /// <summary>The day <paramref name="days"/> days (or Monday-to-Friday days) after <paramref name="end"/>.</summary>
    private static DateOnly After(DateOnly end, int days, bool workdays)
    {
        if (!workdays)
        {
            return end.AddDays(days);
        }
        var d = end;
        for (var counted = 0; counted < days;)
        {
            d = d.AddDays(1);
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                counted++;
            }
        }
        return d;
    }

    private static IEnumerable<DateOnly> DaysOfMonth(ScheduleRecurrence rule, int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        if (rule.SemiMonthly)
        {
            return [new DateOnly(year, month, 15), last];
        }
        if (rule.DayOfMonth is int day)
        {
            return [new DateOnly(year, month, Math.Clamp(day, 1, last.Day))];
        }
        if (rule.Weekdays.Count > 0)
        {
            IReadOnlyList<int> ordinals = rule.WeekdayOrdinals.Count > 0 ? rule.WeekdayOrdinals : [rule.WeekdayOrdinal ?? 1];
            return rule.Weekdays.SelectMany(w => ordinals.Select(n => NthWeekday(year, month, w, n)))
                .OfType<DateOnly>().Distinct().Order();
        }
        if (rule.WorkdayOfMonth is int nth)
        {
            var first = new DateOnly(year, month, 1);
            var workday = After(first.AddDays(-1), Math.Clamp(nth, 1, 23), workdays: true);
            return workday <= last ? [workday] : [last];
        }
        if (rule.LastWorkday)
        {
            var d = last;
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                d = d.AddDays(-1);
            }
            return [d];
        }
        return [last];
    }

    /// <summary>The n-th given weekday of a month (n = -1: the last); null when the month has no fifth one.</summary>
    public static DateOnly? NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (n < 0)
        {
            var last = new DateOnly(year, month, daysInMonth);
            return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
        }
        var first = new DateOnly(year, month, 1);
        var day = 1 + (((int)weekday - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1));
        return day <= daysInMonth ? new DateOnly(year, month, day) : null;
    }
}
