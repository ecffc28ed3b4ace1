using System.Globalization;

namespace Medk.Web.Features.Shared;

/// <summary>Dates as Russian officials read them: ДД.ММ.ГГГГ.</summary>
public static class Format
{
    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru-RU");

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

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
}
