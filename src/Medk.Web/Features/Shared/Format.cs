using System.Globalization;

namespace Medk.Web.Features.Shared;

/// <summary>Dates, numbers and counted words as Russian officials read them: ДД.ММ.ГГГГ, «4,1 %», «24 раза».</summary>
public static class Format
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>A text on one line, cut at <paramref name="max"/> characters with an ellipsis (titles in lists, messages).</summary>
    public static string Shorten(string text, int max)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= max ? line : line[..(max - 1)].TrimEnd() + "…";
    }

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// A date in a list of one roadmap's checkpoints: «31.03» when the roadmap lies within one calendar year and the
    /// date is in it, otherwise «31.03.2023» (a two-year roadmap, a report due in the next year).
    /// </summary>
    public static string ShortDate(DateOnly date, DateOnly periodStart, DateOnly periodEnd) =>
        ShortDate(date, periodStart.Year == periodEnd.Year ? periodStart.Year : null);

    /// <summary>«31.03» when the date is in <paramref name="onlyYear"/>, otherwise «31.03.2023».</summary>
    public static string ShortDate(DateOnly date, int? onlyYear) =>
        date.ToString(date.Year == onlyYear ? "dd.MM" : "dd.MM.yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset? moment) =>
        moment?.ToOffset(TimeSpan.FromHours(3)).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) ?? "";

    /// <summary>«2022 год» for a calendar year, otherwise «01.01.2021 — 31.12.2022».</summary>
    public static string Period(DateOnly start, DateOnly end)
    {
        if (start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31)
        {
            return start.Year == end.Year ? $"{start.Year} год" : $"{start.Year}–{end.Year} годы";
        }
        return $"{Date(start)} — {Date(end)}";
    }

    public static string Number(int n) => n.ToString("N0", Ru);

    /// <summary>The Russian form of a word after <paramref name="n"/>: 1 отчёт, 2 отчёта, 5 отчётов, 21 отчёт, 11 отчётов.</summary>
    public static string Plural(long n, string one, string few, string many)
    {
        var tens = Math.Abs(n) % 100;
        var units = tens % 10;
        return tens is >= 11 and <= 14 ? many : units switch { 1 => one, >= 2 and <= 4 => few, _ => many };
    }

    /// <summary>«24 раза», «2 отчёта»: the number with its word in the right form.</summary>
    public static string Count(long n, string one, string few, string many) => $"{n.ToString("N0", Ru)} {Plural(n, one, few, many)}";

    /// <summary>A share with a decimal comma and a space before the sign: «4,1 %».</summary>
    public static string Percent(decimal? value, int decimals = 1) =>
        value is { } v ? v.ToString("0." + new string('#', decimals), Ru) + " %" : "";
}
