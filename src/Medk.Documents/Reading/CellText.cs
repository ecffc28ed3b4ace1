using System.Text;
using System.Text.RegularExpressions;

namespace Medk.Documents.Reading;

/// <summary>Cleans the text of one cell the same way for every format, so that a round trip is stable.</summary>
internal static partial class CellText
{
    /// <summary>Decodes HTML fragments left by converters, then cleans the text.</summary>
    public static string FromSource(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return "";
        }
        return Clean(HtmlCellText.LooksLikeHtml(raw) ? HtmlCellText.ToText(raw) : raw);
    }

    /// <summary>Trims every line, collapses spaces inside lines and drops empty lines.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var sb = new StringBuilder(text.Length);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = Spaces().Replace(StripInvisible(rawLine), " ").Trim();
            if (line.Length == 0)
            {
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>One line: newlines become spaces (for captions and comparisons).</summary>
    public static string OneLine(string text) => Spaces().Replace(text.Replace('\n', ' ').Replace('\t', ' '), " ").Trim();

    private static string StripInvisible(string line) =>
        line.Replace("\r", "").Replace('\t', ' ').Replace('\u00A0', ' ').Replace('\u2007', ' ').Replace('\u202F', ' ')
            .Replace("\u200B", "").Replace("\u00AD", "").Replace("\uFEFF", "");

    [GeneratedRegex(@"[ \u2000-\u200A]+")]
    private static partial Regex Spaces();
}
