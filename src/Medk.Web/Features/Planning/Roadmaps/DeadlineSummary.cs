using Medk.Web.Features.Shared;

namespace Medk.Web.Features.Planning.Roadmaps;

/// <summary>One short line under a deadline as written, saying how Medk understood it.</summary>
public static class DeadlineSummary
{
    public static string Describe(DeadlineView d)
    {
        var dates = d.Checkpoints;
        string List(int max) => string.Join(", ", dates.Take(max).Select(x => Format.Date(x))) + (dates.Count > max ? $" и ещё {dates.Count - max}" : "");
        var time = d.Time is { } t ? $" в {t:HH\\:mm}" : "";
        return d.Kind switch
        {
            "date" when dates.Count > 0 => $"→ {Format.Date(dates[0])}{time}",
            "due" when dates.Count > 0 => $"→ до {Format.Date(dates[^1])}",
            "range" when dates.Count > 0 => $"→ {Format.Date(d.Start)} — {Format.Date(dates[^1])}",
            "dates" => $"→ {List(4)}",
            "recurring" when dates.Count > 0 => $"→ {Format.Count(dates.Count, "раз", "раза", "раз")}{time}: с {Format.Date(dates[0])} по {Format.Date(dates[^1])}",
            "period" when dates.Count > 0 => $"→ весь период, итог к {Format.Date(dates[^1])}",
            "external" => "→ по графику другой организации",
            _ => "срок не распознан",
        };
    }
}
