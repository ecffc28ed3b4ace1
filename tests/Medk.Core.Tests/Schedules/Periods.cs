using System.Globalization;
using Medk.Core.Planning.Schedules;

namespace Medk.Core.Tests.Schedules;

/// <summary>Shorthands for test data: periods as "2022" or "2021-2022", dates as space-separated ISO days.</summary>
internal static class Periods
{
    public static DatePeriod Of(string years)
    {
        var parts = years.Split('-');
        var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var last = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : first;
        return new DatePeriod(new DateOnly(first, 1, 1), new DateOnly(last, 12, 31));
    }

    public static DateOnly[] Dates(string isoDays) =>
        [.. isoDays.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))];

    public static DateOnly? Date(string? isoDay) => isoDay is null ? null : Dates(isoDay)[0];

    /// <summary>Every given weekday of a stretch, counted by hand rather than by the parser.</summary>
    public static List<DateOnly> EveryWeekday(DayOfWeek day, DateOnly from, DateOnly to)
    {
        var result = new List<DateOnly>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            if (d.DayOfWeek == day)
            {
                result.Add(d);
            }
        }
        return result;
    }
}
