using System.Text;

namespace Medk.Documents.Understanding;

/// <summary>
/// Headings typed in capitals («ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ЯРОСЛАВСКОЙ ОБЛАСТИ») written as a person would
/// («Департамент образования Ярославской области»): common words lower case, proper names capitalised,
/// short abbreviations (МР, МО, МКУ) kept.
/// </summary>
internal static class NameCase
{
    private static readonly HashSet<string> CommonWords =
    [
        "и", "в", "во", "на", "по", "для", "при", "с", "со", "к", "о", "об", "от", "до", "за", "из",
        "управление", "управления", "образованием", "образования", "образование", "администрации", "администрация",
        "муниципального", "муниципальный", "муниципальное", "муниципальной", "муниципальная", "района", "район",
        "края", "край", "области", "область", "округа", "округ", "городского", "городской", "города", "город",
        "министерство", "министерства", "науки", "департамент", "департамента", "комитет", "комитета",
        "отдел", "отдела", "местной", "делам", "молодежи", "молодёжи", "молодежной", "молодёжной", "политики",
        "культуры", "спорта", "общего", "государственной", "государственное", "государственного", "казенное",
        "казённое", "бюджетное", "автономное", "учреждение", "учреждения", "профессионального", "дополнительного",
        "развития", "просвещения", "сельского", "поселения", "образовательное", "общеобразовательное", "школа",
        "средняя", "основная", "институт", "центр", "качества", "оценки", "повышения", "квалификации",
        "работников", "проект", "проекта", "дорожная", "карта", "карты", "план", "график", "мероприятий",
        "реализации", "поддержке", "региональный", "региональные", "мероприятия",
    ];

    public static bool IsMostlyCapitals(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count >= 4 && letters.Count(char.IsUpper) >= letters.Count * 0.7;
    }

    /// <summary>For names of organizations: unknown words are taken for proper names.</summary>
    public static string Organization(string text) => Convert(text, capitalizeUnknown: true);

    /// <summary>For headings: sentence case, capitals only at the start and after an opening quote.</summary>
    public static string Sentence(string text) => Convert(text, capitalizeUnknown: false);

    private static string Convert(string text, bool capitalizeUnknown)
    {
        var sb = new StringBuilder(text.Length);
        var first = true;
        foreach (var token in text.Split(' '))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            var start = 0;
            while (start < token.Length && !char.IsLetterOrDigit(token[start]))
            {
                start++;
            }
            var end = start;
            while (end < token.Length && (char.IsLetter(token[end]) || token[end] == '-'))
            {
                end++;
            }
            var word = token[start..end];
            var afterQuote = token[..start].Contains('«') || token[..start].Contains('"');
            sb.Append(token[..start]).Append(Word(word, first || afterQuote, capitalizeUnknown)).Append(token[end..]);
            if (word.Length > 0)
            {
                first = false;
            }
        }
        return sb.ToString();
    }

    private static string Word(string word, bool startsPhrase, bool capitalizeUnknown)
    {
        if (word.Length == 0 || word.Any(char.IsLower))
        {
            return word;
        }
        var lower = word.ToLowerInvariant();
        var common = CommonWords.Contains(lower);
        if (!common && word.Length <= 4)
        {
            return word;
        }
        if (startsPhrase || !common && capitalizeUnknown)
        {
            return char.ToUpperInvariant(lower[0]) + lower[1..];
        }
        return lower;
    }
}
