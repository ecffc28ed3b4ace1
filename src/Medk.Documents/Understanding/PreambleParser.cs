using System.Globalization;
using System.Text.RegularExpressions;
using Medk.Core.Planning.Schedules;
using Medk.Documents.Reading;

namespace Medk.Documents.Understanding;

internal sealed record PreambleInfo(string Title, string? Owner, ImportedApproval? Approval, DatePeriod? Period);

/// <summary>
/// Reads the order around the table: who issued it (the heading in capitals, or «МКУ «Управление образования…»
/// before «Приказ РУО от…»), the kind, number, date and signatory of the order, the roadmap's heading and its
/// period («на 2022 год», «на 2021 - 2022 годы», «в 2022 г.»).
/// </summary>
internal static partial class PreambleParser
{
    private const int MaxTitleLines = 5;
    private const int MaxOwnerLines = 4;

    public static PreambleInfo Parse(IReadOnlyList<string> rawLines, IEnumerable<string> tableTexts)
    {
        var bare = rawLines.Select(l => l.Replace("**", "").Replace("__", "").Replace('\u00A0', ' ').Trim()).ToList();
        var lines = bare.Select(CellText.OneLine).ToList();
        var title = Shorten(FindTitle(lines), Medk.Core.Planning.Roadmaps.Roadmap.TitleMaxLength);
        var owner = FindOwner(lines) ?? OwnerFromText(lines.Concat(tableTexts));
        var approval = FindApproval(lines, bare);
        var period = FindPeriod(title) ?? lines.Select(FindPeriod).FirstOrDefault(p => p is not null) ?? FindPeriod(string.Join(" ", lines))
            ?? (approval?.Date is { } date ? DatePeriod.Year(date.Year) : (DatePeriod?)null);
        return new PreambleInfo(title, owner, approval, period);
    }

    private static string FindTitle(List<string> lines)
    {
        var start = lines.FindLastIndex(l => TitleStart().IsMatch(l));
        if (start < 0)
        {
            return FallbackTitle(lines);
        }
        var parts = new List<string>();
        for (var i = start; i < lines.Count && parts.Count < MaxTitleLines && lines[i].Length > 0; i++)
        {
            parts.Add(NameCase.IsMostlyCapitals(lines[i]) ? NameCase.Sentence(lines[i]) : lines[i]);
        }
        return string.Join(" ", parts);
    }

    /// <summary>No heading names a roadmap or plan: take the last paragraph before the table that says something else than the period.</summary>
    /// <summary>A heading that ran on into the text must still fit the roadmap's title: cut at a word.</summary>
    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd() + "…";
    }

    private static string FallbackTitle(List<string> lines)
    {
        var end = lines.FindLastIndex(l => l.Length > 0 && !PeriodLine().IsMatch(l));
        if (end < 0)
        {
            return "Дорожная карта";
        }
        var start = end;
        while (start > 0 && lines[start - 1].Length > 0 && end - start < MaxTitleLines - 1)
        {
            start--;
        }
        var block = lines.Skip(start).Take(end - start + 1).ToList();
        if (block.Any(l => Kind().IsMatch(l) || SignatoryLine().IsMatch(l) || OwnerStart().IsMatch(l)) || block.Sum(l => l.Length) > 400)
        {
            return "Дорожная карта";
        }
        return string.Join(" ", block.Select(l => NameCase.IsMostlyCapitals(l) ? NameCase.Sentence(l) : l));
    }

    private static string? FindOwner(List<string> lines)
    {
        var start = lines.FindIndex(l => l.Length < 200 && OwnerStart().IsMatch(l));
        if (start < 0)
        {
            return null;
        }
        var parts = new List<string>();
        for (var i = start; i < lines.Count && parts.Count < MaxOwnerLines; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || i > start && (Kind().IsMatch(line) || RussianDates.TryFind(line, out _) || line.Contains('№')))
            {
                break;
            }
            parts.Add(line);
        }
        return Tidy(string.Join(" ", parts));
    }

    /// <summary>
    /// Seed 001 names its issuing body only inside the text («Распоряжение Управления образования городского
    /// округа Первоуральск»): the genitive with a place name after it, put back into the nominative.
    /// </summary>
    private static string? OwnerFromText(IEnumerable<string> texts)
    {
        var found = texts.SelectMany(t => OwnerInText().Matches(t))
            .Select(m => Nominative(m.Groups["head"].Value) + m.Groups["tail"].Value)
            .GroupBy(s => s)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length)
            .FirstOrDefault();
        return found is null ? null : Tidy(found.Key);
    }

    private static string Nominative(string head) => head.ToLowerInvariant() switch
    {
        "управления" or "управлению" or "управлением" => "Управление",
        "министерства" or "министерству" or "министерством" => "Министерство",
        "департамента" or "департаменту" or "департаментом" => "Департамент",
        "комитета" or "комитету" or "комитетом" => "Комитет",
        "отдела" or "отделу" or "отделом" => "Отдел",
        _ => char.ToUpperInvariant(head[0]) + head[1..],
    };

    private static string Tidy(string owner)
    {
        owner = NameCase.IsMostlyCapitals(owner) ? NameCase.Organization(owner) : owner;
        // «МКУ «Управление образования … «Баунтовский эвенкийский район»: close what the document left open.
        var open = owner.Count(c => c == '«') - owner.Count(c => c == '»');
        return owner.TrimEnd(',', ';') + new string('»', Math.Max(open, 0));
    }

    private static ImportedApproval? FindApproval(List<string> lines, List<string> bare)
    {
        var kindLine = lines.FindIndex(l => Kind().IsMatch(l));
        var kind = kindLine >= 0 ? KindName(Kind().Match(lines[kindLine]).Groups["kind"].Value) : null;
        var from = Math.Max(kindLine, 0);
        var number = FirstAfter(lines, from, FindNumber);
        var date = FirstAfter(lines, from, l => RussianDates.TryFind(l, out var d) ? d : (DateOnly?)null);
        // Signatures are laid out with runs of spaces or tabs between the position and the name.
        var signatory = bare.Select(l => SignatoryLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups["name"].Value;
        if (kind is null && number is null && date is null)
        {
            return null;
        }
        return new ImportedApproval(kind ?? "Приказ", number, date, signatory is null ? null : CellText.OneLine(signatory));
    }

    /// <summary>The first value at or after the line naming the order, else anywhere before it.</summary>
    private static T? FirstAfter<T>(List<string> lines, int from, Func<string, T?> find)
    {
        foreach (var line in lines.Skip(from).Concat(lines.Take(from)))
        {
            if (find(line) is { } value)
            {
                return value;
            }
        }
        return default;
    }

    private static string? FindNumber(string line)
    {
        foreach (Match m in DocumentNumber().Matches(line))
        {
            var before = line[..m.Index].ToLowerInvariant();
            if (!before.TrimEnd().EndsWith("приложение", StringComparison.Ordinal) && !before.Contains("приложени"))
            {
                return m.Groups["n"].Value.TrimEnd('.', ',');
            }
        }
        return null;
    }

    private static string KindName(string word)
    {
        var lower = word.ToLowerInvariant();
        return lower switch
        {
            _ when lower.StartsWith("приказ", StringComparison.Ordinal) => "Приказ",
            _ when lower.StartsWith("распоряжени", StringComparison.Ordinal) => "Распоряжение",
            _ when lower.StartsWith("постановлени", StringComparison.Ordinal) => "Постановление",
            _ when lower.StartsWith("решени", StringComparison.Ordinal) => "Решение",
            _ when lower.StartsWith("протокол", StringComparison.Ordinal) => "Протокол",
            _ => char.ToUpperInvariant(lower[0]) + lower[1..],
        };
    }

    public static DatePeriod? FindPeriod(string text)
    {
        if (AcademicYear().Match(text) is { Success: true } academic)
        {
            var y = Year(academic.Groups["a"].Value);
            return new DatePeriod(new DateOnly(y, 9, 1), new DateOnly(y + 1, 8, 31));
        }
        if (YearRange().Match(text) is { Success: true } range)
        {
            var (a, b) = (Year(range.Groups["a"].Value), Year(range.Groups["b"].Value));
            if (b >= a && b - a <= 10)
            {
                return new DatePeriod(new DateOnly(a, 1, 1), new DateOnly(b, 12, 31));
            }
        }
        if (SingleYear().Match(text) is { Success: true } single)
        {
            return DatePeriod.Year(Year(single.Groups["a"].Value));
        }
        if (PeriodLine().Match(text) is { Success: true } dates && dates.Groups["from"].Success
            && RussianDates.TryFind(dates.Groups["from"].Value, out var start) && RussianDates.TryFind(dates.Groups["to"].Value, out var end) && end >= start)
        {
            return new DatePeriod(start, end);
        }
        return null;
    }

    private static int Year(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>Where the roadmap's heading starts: «Дорожная карта…», «План-график…», «Муниципальный проект («Дорожная карта»)».</summary>
    [GeneratedRegex(@"^[«""(]*\s*(дорожн\w*\s+карт|план[\s-]|план$|муниципальн\w*\s+проект|региональн\w*\s+(проект|план)|мероприятия\s+по|комплекс\s+мер|программ\w*\s+(мероприятий|поддержки))", RegexOptions.IgnoreCase)]
    private static partial Regex TitleStart();

    [GeneratedRegex(@"^(?:(?:МКУ|МБУ|МАУ|МКОУ|МБОУ|МАОУ|ГКУ|ГБУ|ГАУ|ГБОУ|ГАОУ|ГКОУ|БУ|АУ|КУ|ФГБУ|ФГАУ|ОГБУ|КГБУ|АНО)\b\s*[«""]?\s*)?(?:управлени[ея]|министерств[оа]|департамент|комитет|отдел\b|администраци[яи]|главное\s+управление|агентство|служба)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerStart();

    [GeneratedRegex(@"(?<head>Управлени[яюе]м?|Министерств[ауо]м?|Департамент[ау]?(?:ом)?|Комитет[ау]?(?:ом)?)(?<tail>\s+образовани(?:я|ем)(?:\s+[а-яё]+)*?\s+[А-ЯЁ][а-яё-]+(?:\s+[а-яё]+\s+[а-яё]+)?)")]
    private static partial Regex OwnerInText();

    [GeneratedRegex(@"^(?:к\s+|утвержден[аоы]?\s+|согласован[аоы]?\s+)?(?<kind>приказ(?:а|у|ом)?|распоряжени(?:е|я|ю|ем)|постановлени(?:е|я|ю|ем)|решени(?:е|я|ю|ем)|протокол(?:а|у|ом)?)(?![а-яё])", RegexOptions.IgnoreCase)]
    private static partial Regex Kind();

    [GeneratedRegex(@"№\s*(?<n>\d[\w\-/.]*)")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"^(?:(?i:утверждаю|подписал[аи]?|подпись)\s*:?\s*|.{0,120}?(?:\s{2,}|\t))?(?<name>[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.?)\s*$")]
    private static partial Regex SignatoryLine();

    [GeneratedRegex(@"(?<a>20\d\d)\s*[/-]\s*(?<b>20\d\d)\s+учебн\w*\s+год", RegexOptions.IgnoreCase)]
    private static partial Regex AcademicYear();

    [GeneratedRegex(@"(?<![а-яё])(?:на|в)\s+(?<a>20\d\d)\s*(?:г\.|гг\.|год\w*)?\s*[-–—]\s*(?<b>20\d\d)\s*(?:гг?\.?|год\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?<![а-яё])(?:на|в)\s+(?<a>20\d\d)\s*(?:год\w*|гг?\.|г(?![а-яё]))", RegexOptions.IgnoreCase)]
    private static partial Regex SingleYear();

    [GeneratedRegex(@"^(?:на\s+)?(?:период\s*:?\s*)?(?:с\s+(?<from>\d{1,2}\.\d{1,2}\.\d{4})\s+по\s+(?<to>\d{1,2}\.\d{1,2}\.\d{4})|на\s+20\d\d\s*(?:[-–—]\s*20\d\d\s*)?(?:год\w*|гг?\.?))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodLine();
}
