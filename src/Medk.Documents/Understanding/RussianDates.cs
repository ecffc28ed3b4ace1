using System.Globalization;
using System.Text.RegularExpressions;

namespace Medk.Documents.Understanding;

/// <summary>Dates of approving documents as officials write them: «04» марта 2022 года, 18.03.2021, «20» 12 2021 г.</summary>
internal static partial class RussianDates
{
    private static readonly string[] MonthStems = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"];

    /// <summary>The first date in the text, with where it ends.</summary>
    public static bool TryFind(string text, out DateOnly date)
    {
        date = default;
        var best = int.MaxValue;
        foreach (var (regex, monthIsName) in new[] { (Numeric(), false), (Named(), true), (Spaced(), false) })
        {
            foreach (Match m in regex.Matches(text))
            {
                if (m.Index >= best)
                {
                    break;
                }
                if (TryBuild(m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value, monthIsName, out var found))
                {
                    date = found;
                    best = m.Index;
                    break;
                }
            }
        }
        return best != int.MaxValue;
    }

    private static bool TryBuild(string day, string month, string year, bool monthIsName, out DateOnly date)
    {
        date = default;
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var m = monthIsName ? MonthOf(month) : int.Parse(month, CultureInfo.InvariantCulture);
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (y < 100)
        {
            y += 2000;
        }
        if (m is < 1 or > 12 || y is < 1990 or > 2100 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }
        date = new DateOnly(y, m, d);
        return true;
    }

    public static int MonthOf(string name)
    {
        var lower = name.ToLowerInvariant();
        for (var i = 0; i < MonthStems.Length; i++)
        {
            // «ма» is May only as «мая»/«май», not the start of any other word.
            if (i == 4 ? lower is "мая" or "май" : lower.StartsWith(MonthStems[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return 0;
    }

    [GeneratedRegex(@"(?<!\d)«?(?<d>\d{1,2})»?\s*\.\s*(?<m>\d{1,2})\s*\.\s*(?<y>\d{4}|\d{2})(?!\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<!\d)«?(?<d>\d{1,2})»?\s+(?<m>январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Named();

    [GeneratedRegex(@"«(?<d>\d{1,2})»\s*(?<m>\d{1,2})\s+(?<y>\d{4})")]
    private static partial Regex Spaced();
}
