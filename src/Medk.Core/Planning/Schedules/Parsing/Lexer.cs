using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Medk.Core.Planning.Schedules.Parsing;

internal enum LexemeKind
{
    /// <summary>Digits: «2022», «10».</summary>
    Number,

    /// <summary>Digit groups joined by dots or colons: «18.01.2022», «10.03», «15.00», «15:00».</summary>
    Numeric,

    Word,

    /// <summary>A comma, semicolon, bracket, bullet or line break: items of a list.</summary>
    Separator,

    Dash,
    Slash,

    /// <summary>«%», «+», «№»: a number beside one is not a date.</summary>
    Symbol,
}

internal sealed record Lexeme(LexemeKind Kind, string Text, IReadOnlyList<int> Parts, char Joint = '\0')
{
    public int Value => Parts.Count > 0 ? Parts[0] : 0;
}

/// <summary>
/// Splits a deadline cell into lexemes after normalising it: lowercase, «ё» → «е», every dash
/// spelling → '-', HTML left by converters removed. Letters and digits are split apart, so glued text
/// («2022год», «31декабря», «2022г.») reads like spaced text.
/// </summary>
internal static partial class Lexer
{
    public static List<Lexeme> Read(string text)
    {
        var s = Normalize(text);
        var result = new List<Lexeme>();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsDigit(c))
            {
                result.Add(ReadNumber(s, ref i));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                // «IIквартал»: a switch between Latin and Cyrillic letters starts a new word.
                while (i < s.Length && char.IsLetter(s[i]) && IsLatin(s[i]) == IsLatin(s[start]))
                {
                    i++;
                }
                result.Add(new Lexeme(LexemeKind.Word, s[start..i], []));
            }
            else
            {
                if (Punctuation(c) is LexemeKind kind)
                {
                    result.Add(new Lexeme(kind, c.ToString(), []));
                }
                i++;
            }
        }
        return result;
    }

    public static string Normalize(string text)
    {
        var withoutTags = HtmlTag().Replace(text, " ").Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);
        var lower = withoutTags.ToLower(CultureInfo.InvariantCulture).Replace('ё', 'е');
        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            sb.Append(c switch
            {
                '–' or '—' or '‑' or '‐' or '‒' or '−' or '―' => '-',
                '\u00a0' => ' ',
                _ => c,
            });
        }
        return sb.ToString();
    }

    private static bool IsLatin(char c) => c < 'ɏ';

    private static LexemeKind? Punctuation(char c) => c switch
    {
        ',' or ';' or '(' or ')' or '•' or '\n' or '\r' or '|' or '·' => LexemeKind.Separator,
        '-' => LexemeKind.Dash,
        '/' or '\\' => LexemeKind.Slash,
        '%' or '+' or '№' or '#' or '*' => LexemeKind.Symbol,
        _ => null,
    };

    private static Lexeme ReadNumber(string s, ref int i)
    {
        var parts = new List<int>();
        var joint = '\0';
        var start = i;
        while (true)
        {
            var groupStart = i;
            while (i < s.Length && char.IsDigit(s[i]))
            {
                i++;
            }
            // Long digit runs are not dates or numbers of interest; int.Parse would overflow.
            var group = s[groupStart..i];
            parts.Add(group.Length > 6 ? -1 : int.Parse(group, CultureInfo.InvariantCulture));
            var joins = i + 1 < s.Length && (s[i] == '.' || s[i] == ':') && char.IsDigit(s[i + 1]);
            if (!joins)
            {
                break;
            }
            joint = joint == '\0' ? s[i] : joint;
            i++;
        }
        var kind = parts.Count == 1 ? LexemeKind.Number : LexemeKind.Numeric;
        return new Lexeme(kind, s[start..i], parts, joint);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex HtmlTag();
}
