using System.Text;
using System.Text.RegularExpressions;

namespace Medk.Documents;

/// <summary>An organization the matcher may resolve a party to.</summary>
public sealed record OrganizationCandidate(int Id, string FullName, string? ShortName = null, IReadOnlyList<string>? Aliases = null);

/// <summary>A person the matcher may resolve a party to; <see cref="FullName"/> as «Ефимова Ольга Александровна» or «Ольга Александровна Ефимова».</summary>
public sealed record PersonCandidate(int Id, string FullName, string? ShortName = null);

/// <summary>A party as written and what it was resolved to, if anything.</summary>
public sealed record PartyMatch(string Text, int? OrganizationId, int? PersonId)
{
    public bool IsResolved => OrganizationId is not null || PersonId is not null;
}

/// <summary>
/// Resolves party texts of responsible cells to known organizations and people. Names are compared folded:
/// case, spaces, quotes and dots do not count («МОиН РК» = «МОиНРК» = «МО И Н РК», and the OCR slip «Мойн РК»
/// too); people by surname and initials in any order («О.А. Ефимова» = «Ефимова О.А.» = «Ефимова Ольга
/// Александровна»). A text that fits several candidates equally is left unresolved rather than guessed.
/// </summary>
public sealed partial class PartyMatcher
{
    private readonly Dictionary<string, HashSet<int>> _organizations = [];
    private readonly List<(int Id, string Surname, string Initials)> _people = [];

    public PartyMatcher(IEnumerable<OrganizationCandidate> organizations, IEnumerable<PersonCandidate> people)
    {
        foreach (var organization in organizations)
        {
            foreach (var name in new[] { organization.FullName, organization.ShortName }.Concat(organization.Aliases ?? []))
            {
                foreach (var key in NameKeys(name))
                {
                    if (!_organizations.TryGetValue(key, out var ids))
                    {
                        _organizations[key] = ids = [];
                    }
                    ids.Add(organization.Id);
                }
            }
        }
        foreach (var person in people)
        {
            foreach (var name in new[] { person.FullName, person.ShortName })
            {
                if (PersonName.TryParse(name, out var surname, out var initials))
                {
                    _people.Add((person.Id, surname, initials));
                }
            }
        }
    }

    public IReadOnlyList<PartyMatch> MatchAll(IEnumerable<string> parties) => parties.Select(Match).ToList();

    public PartyMatch Match(string party)
    {
        var text = party.Trim();
        if (MatchOrganization(text) is { } organization)
        {
            return new PartyMatch(text, organization, null);
        }
        if (MatchPerson(text) is { } person)
        {
            return new PartyMatch(text, null, person);
        }
        return new PartyMatch(text, null, null);
    }

    private int? MatchOrganization(string text)
    {
        // The whole text first, then its parts: «Министерство … (МОиНРК)» is known by either.
        foreach (var key in NameKeys(text))
        {
            if (_organizations.TryGetValue(key, out var ids))
            {
                return ids.Count == 1 ? ids.First() : null;
            }
        }
        var folded = Fold(text);
        if (folded.Length >= 5)
        {
            var near = _organizations.Where(p => p.Key.Length >= 5 && Math.Abs(p.Key.Length - folded.Length) <= 1 && WithinOneEdit(p.Key, folded))
                .SelectMany(p => p.Value).Distinct().ToList();
            if (near.Count == 1)
            {
                return near[0];
            }
        }
        return null;
    }

    private int? MatchPerson(string text)
    {
        if (!PersonName.TryFind(text, out var surname, out var initials))
        {
            return null;
        }
        var matches = _people
            .Where(p => p.Surname == surname && (initials.Length == 0 || p.Initials.StartsWith(initials, StringComparison.Ordinal) || initials.StartsWith(p.Initials, StringComparison.Ordinal)))
            .Select(p => p.Id).Distinct().ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The folded name, the name without its parenthesised part, the part in parentheses, the part in quotes, and the name without its organization form.</summary>
    private static IEnumerable<string> NameKeys(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            yield break;
        }
        yield return Fold(name);
        var outside = Parenthesised().Replace(name, " ");
        if (outside != name)
        {
            yield return Fold(outside);
        }
        foreach (Match m in Parenthesised().Matches(name))
        {
            yield return Fold(m.Value);
        }
        foreach (Match m in Quoted().Matches(name))
        {
            yield return Fold(m.Value);
        }
        var withoutForm = LeadingForm().Replace(outside, "");
        if (withoutForm != outside)
        {
            yield return Fold(withoutForm);
        }
    }

    /// <summary>Lower case, ё → е, й → и (OCR and typing slips), only letters and digits.</summary>
    internal static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(ch switch { 'ё' => 'е', 'й' => 'и', _ => ch });
            }
        }
        return sb.ToString();
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (a == b)
        {
            return true;
        }
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }
            if (++edits > 1)
            {
                return false;
            }
            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"[«""][^«»""]+[»""]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\s*(?:(?:[А-ЯЁ]{1,6})\s+)*?(?:БУ|АУ|КУ|ГБУ|ГАУ|ГКУ|МБУ|МАУ|МКУ|ФГБУ|ФГАУ|МБОУ|МАОУ|МКОУ|ГБОУ|ГАОУ|АНО)(?:\s+(?:ДПО|ДО|РК|РБ|ВО|СПО))*\s+")]
    private static partial Regex LeadingForm();
}

/// <summary>People as written in roadmaps: «О.А. Ефимова», «Ефимова О.А.», «Ефимова Ольга Александровна».</summary>
internal static partial class PersonName
{
    /// <summary>The whole text is a name.</summary>
    public static bool TryParse(string? text, out string surname, out string initials)
    {
        surname = initials = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var t = text.Trim();
        if (InitialsFirst().Match(t) is { Success: true } a && a.Length == t.Length)
        {
            return Set(a.Groups["s"].Value, a.Groups["i"].Value, out surname, out initials);
        }
        if (SurnameFirst().Match(t) is { Success: true } b && b.Length == t.Length)
        {
            return Set(b.Groups["s"].Value, b.Groups["i"].Value, out surname, out initials);
        }
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 2 or 3 && words.All(w => FullWord().IsMatch(w)))
        {
            // «Ольга Александровна Ефимова»: the patronymic second means the surname is last.
            var surnameLast = words.Length == 3 && IsPatronymic(words[1]) && !IsPatronymic(words[2]);
            var s = surnameLast ? words[2] : words[0];
            var given = surnameLast ? words[..2] : words[1..];
            return Set(s, string.Concat(given.Select(w => w[0])), out surname, out initials);
        }
        return false;
    }

    /// <summary>A name somewhere in the text: «региональный куратор М.Л. Жигулина».</summary>
    public static bool TryFind(string text, out string surname, out string initials)
    {
        if (TryParse(text, out surname, out initials))
        {
            return true;
        }
        if (InitialsFirst().Match(text) is { Success: true } a)
        {
            return Set(a.Groups["s"].Value, a.Groups["i"].Value, out surname, out initials);
        }
        if (SurnameFirst().Match(text) is { Success: true } b)
        {
            return Set(b.Groups["s"].Value, b.Groups["i"].Value, out surname, out initials);
        }
        return false;
    }

    private static bool Set(string s, string i, out string surname, out string initials)
    {
        surname = PartyMatcher.Fold(s);
        initials = PartyMatcher.Fold(i);
        return surname.Length > 1;
    }

    private static bool IsPatronymic(string word) =>
        word.EndsWith("вич", StringComparison.OrdinalIgnoreCase) || word.EndsWith("вна", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("чна", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ич", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"(?<i>[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?)\s?(?<s>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)")]
    private static partial Regex InitialsFirst();

    [GeneratedRegex(@"(?<s>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+(?<i>[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.?)?)")]
    private static partial Regex SurnameFirst();

    [GeneratedRegex(@"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?$")]
    private static partial Regex FullWord();
}
