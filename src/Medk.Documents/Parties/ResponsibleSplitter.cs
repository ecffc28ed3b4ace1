using System.Text;
using System.Text.RegularExpressions;

namespace Medk.Documents;

/// <summary>
/// Splits a responsible cell into the parties it names: «О.А. Ефимова, руководители ОО, кураторы»;
/// «МО И Н РК БУ ДПО РК «КРИПКРО» муниципалитеты» (no commas: a new party starts at an organization form
/// such as «БУ» or at a word like «Муниципалитеты» after an abbreviation or a closing quote). Commas inside
/// quotes and parentheses do not split.
/// </summary>
public static partial class ResponsibleSplitter
{
    private static readonly HashSet<string> OrganizationForms =
    [
        "БУ", "АУ", "КУ", "ГБУ", "ГАУ", "ГКУ", "МБУ", "МАУ", "МКУ", "ФГБУ", "ФГАУ", "ОГБУ", "ОГАУ", "КГБУ", "КГАУ",
        "МБОУ", "МАОУ", "МКОУ", "ГБОУ", "ГАОУ", "ГКОУ", "ЧОУ", "АНО", "МБДОУ", "МАДОУ", "МКДОУ", "МБУДО", "МАУДО", "ГБПОУ", "ГАПОУ",
    ];

    private static readonly HashSet<string> PartyHeads =
    [
        "муниципалитеты", "муниципалитет", "муниципальные", "министерство", "управление", "департамент", "комитет",
        "руководители", "руководитель", "кураторы", "куратор", "координатор", "директор", "директора", "педагоги",
        "учителя", "школы", "администрация", "региональный", "муниципальный",
    ];

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var result = new List<string>();
        foreach (var piece in SplitOutsideQuotes(text))
        {
            foreach (var party in SplitAtNewParties(piece))
            {
                var clean = Clean(party);
                if (clean.Length > 0 && !result.Contains(clean, StringComparer.OrdinalIgnoreCase))
                {
                    result.Add(clean);
                }
            }
        }
        return result;
    }

    /// <summary>Commas, semicolons and line breaks separate parties, except inside «…», "…" and (…).</summary>
    private static IEnumerable<string> SplitOutsideQuotes(string text)
    {
        var sb = new StringBuilder();
        var guillemets = 0;
        var parentheses = 0;
        var straightQuote = false;
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '«':
                    guillemets++;
                    break;
                case '»':
                    guillemets = Math.Max(0, guillemets - 1);
                    break;
                case '(':
                    parentheses++;
                    break;
                case ')':
                    parentheses = Math.Max(0, parentheses - 1);
                    break;
                case '"':
                    straightQuote = !straightQuote;
                    break;
            }
            var separator = ch == '\n' || (ch is ',' or ';') && guillemets == 0 && parentheses == 0 && !straightQuote;
            if (separator)
            {
                yield return sb.ToString();
                sb.Clear();
                // A line break ends whatever was left open: the cell's lines are separate parties.
                if (ch == '\n')
                {
                    (guillemets, parentheses, straightQuote) = (0, 0, false);
                }
            }
            else
            {
                sb.Append(ch);
            }
        }
        yield return sb.ToString();
    }

    private static IEnumerable<string> SplitAtNewParties(string piece)
    {
        var tokens = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var current = new List<string>();
        var depth = 0;
        foreach (var token in tokens)
        {
            if (current.Count > 0 && depth == 0 && StartsNewParty(current, token))
            {
                yield return string.Join(' ', current);
                current.Clear();
            }
            current.Add(token);
            depth += token.Count(c => c is '«' or '(') - token.Count(c => c is '»' or ')');
            depth = Math.Max(depth, 0);
        }
        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }

    private static bool StartsNewParty(List<string> current, string token)
    {
        var previous = current[^1];
        var closed = previous.EndsWith('»') || previous.EndsWith(')') || previous.EndsWith('"');
        var abbreviation = Abbreviation().IsMatch(previous);
        if (OrganizationForms.Contains(token))
        {
            // «БУ ДПО РК» is one form; a form after another form word is not a new party.
            return !OrganizationForms.Contains(previous);
        }
        return (closed || abbreviation) && PartyHeads.Contains(token.ToLowerInvariant().Trim('«', '»', '"'));
    }

    private static string Clean(string party)
    {
        var text = Bullet().Replace(party.Trim(), "").Trim().TrimEnd(',', ';', ':').Trim();
        // The dot of an initial («Гомбоева В.М.») belongs to the name.
        return text.EndsWith('.') && !Initial().IsMatch(text) ? text.TrimEnd('.').Trim() : text;
    }

    [GeneratedRegex(@"^[А-ЯЁA-Z]{2,}$")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"(^|[\s.])[А-ЯЁ]\.$")]
    private static partial Regex Initial();

    [GeneratedRegex(@"^[-–—•·*]+\s*")]
    private static partial Regex Bullet();
}
