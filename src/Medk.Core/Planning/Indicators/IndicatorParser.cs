using System.Globalization;
using System.Text.RegularExpressions;
using Medk.Core.Planning.Schedules.Parsing;

namespace Medk.Core.Planning.Indicators;

/// <summary>
/// Understands indicator cells (показатели, ожидаемые результаты): a share target («не менее 90%»,
/// «Отчет кураторов -100%»), a count target («не менее трех пар наставничества»), or a plain result.
/// The first percentage decides a share; a count needs a comparator («не менее», «в количестве») or a
/// number opening the text, so years, class numbers and dates inside a result are not read as targets.
/// </summary>
public static partial class IndicatorParser
{
    private static readonly string[] Prepositions = ["в", "во", "на", "из", "по", "с", "со", "и", "или", "для", "от", "до", "к", "за", "о", "об"];

    private static readonly string[] AdjectiveEndings =
        ["ых", "их", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю"];

    public static Indicator Parse(string? text)
    {
        var original = (text ?? "").Trim();
        var normalized = Lexer.Normalize(original);
        return Share(original, normalized)
            ?? Count(original, normalized)
            ?? new Indicator(original, IndicatorKind.Result, null, null, null);
    }

    private static Indicator? Share(string original, string text)
    {
        var match = Percentage().Match(text);
        if (match.Success)
        {
            var target = decimal.Parse(match.Groups["n"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
            return new Indicator(original, IndicatorKind.Share, ComparatorBefore(text[..match.Index]), target, "%");
        }
        // «Доля школ, посещенных кураторами»: a share without a stated target.
        return ShareWord().IsMatch(text) ? new Indicator(original, IndicatorKind.Share, null, null, "%") : null;
    }

    private static Indicator? Count(string original, string text)
    {
        foreach (Match match in CountPhrase().Matches(text))
        {
            var words = Words(text[(match.Index + match.Length)..]);
            if (NumberAt(words, out var taken) is not int value)
            {
                continue;
            }
            var comparator = ComparatorOf(match.Groups["c"].Value) ?? Comparator.Equal;
            return new Indicator(original, IndicatorKind.Count, comparator, value, UnitAfter(words, taken));
        }
        var opening = Words(text);
        if (NumberAt(opening, out var count) is int leading && opening.Count > count && !IsYearLike(leading, opening, count))
        {
            return new Indicator(original, IndicatorKind.Count, Comparator.Equal, leading, UnitAfter(opening, count));
        }
        return null;
    }

    private static bool IsYearLike(int value, List<string> words, int taken) =>
        value >= 1900 || (words.Count > taken && words[taken] is "г" or "год" or "года" or "году");

    private static int? NumberAt(List<string> words, out int taken)
    {
        taken = 0;
        if (words.Count == 0)
        {
            return null;
        }
        if (int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var digits))
        {
            taken = 1;
            return digits;
        }
        taken = RussianNumerals.Read(words, 0, out var value);
        return taken > 0 ? value : null;
    }

    /// <summary>The counted noun with its adjectives: «лучших практик», «пар»; null when none follows.</summary>
    private static string? UnitAfter(List<string> words, int start)
    {
        var unit = new List<string>();
        for (var i = start; i < words.Count && unit.Count < 3; i++)
        {
            var word = words[i];
            if (!char.IsLetter(word[0]) || Prepositions.Contains(word))
            {
                break;
            }
            unit.Add(word);
            if (!AdjectiveEndings.Any(word.EndsWith))
            {
                return string.Join(" ", unit);
            }
        }
        return unit.Count > 0 ? string.Join(" ", unit) : null;
    }

    private static Comparator? ComparatorBefore(string before)
    {
        var match = TrailingComparator().Match(before);
        return match.Success ? ComparatorOf(match.Groups["c"].Value) : Comparator.Equal;
    }

    private static Comparator? ComparatorOf(string phrase)
    {
        var words = string.Join(" ", Words(phrase));
        return words switch
        {
            "не менее" or "не меньше" or "не ниже" or "минимум" or "более" or "больше" or "свыше" or "выше" or "от" or "≥" => Comparator.AtLeast,
            "не более" or "не больше" or "не выше" or "максимум" or "до" or "менее" or "меньше" or "ниже" or "≤" => Comparator.AtMost,
            "в количестве" or "составляет" or "составит" => Comparator.Equal,
            _ => null,
        };
    }

    /// <summary>Words and numbers in order; punctuation ends a unit, so it is kept as its own item.</summary>
    private static List<string> Words(string text) =>
        [.. WordOrMark().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"(?<n>\d+(?:[.,]\d+)?)\s*(?:%|процент)")]
    private static partial Regex Percentage();

    [GeneratedRegex(@"(?<![\p{L}])(?<c>не\s+менее|не\s+меньше|не\s+ниже|минимум|не\s+более|не\s+больше|не\s+выше|максимум|более|больше|свыше|выше|менее|меньше|ниже|от|до|≥|≤)[\s:\-]*$")]
    private static partial Regex TrailingComparator();

    [GeneratedRegex(@"(?<![\p{L}])(?<c>не\s+менее|не\s+меньше|не\s+ниже|минимум|не\s+более|не\s+больше|не\s+выше|максимум|в\s+количестве|свыше|составляет|составит)(?![\p{L}])[\s:\-]*")]
    private static partial Regex CountPhrase();

    [GeneratedRegex(@"(?<![\p{L}])дол(?:я|и|ю|ей|е)(?![\p{L}])|процент")]
    private static partial Regex ShareWord();

    [GeneratedRegex(@"[\p{L}]+|\d+|[^\s\p{L}\d]")]
    private static partial Regex WordOrMark();
}
