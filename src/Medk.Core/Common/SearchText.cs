using System.Globalization;
using System.Text;

namespace Medk.Core.Common;

/// <summary>
/// Normalizes text for case-insensitive search that works the same on SQLite and PostgreSQL.
/// SQLite's LOWER() folds only ASCII, so Cyrillic search runs on a column we fold ourselves.
/// </summary>
public static class SearchText
{
    public static string Normalize(params IEnumerable<string?> parts)
    {
        var sb = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append(Fold(part));
        }
        return sb.ToString();
    }

    public static string Fold(string text)
    {
        var lower = text.ToLower(CultureInfo.InvariantCulture).Replace('ё', 'е');
        var sb = new StringBuilder(lower.Length);
        var lastSpace = false;
        foreach (var ch in lower)
        {
            var c = ch switch
            {
                '«' or '»' or '"' or '“' or '”' or '„' => ' ',
                _ => ch,
            };
            if (char.IsWhiteSpace(c))
            {
                if (!lastSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }
}
