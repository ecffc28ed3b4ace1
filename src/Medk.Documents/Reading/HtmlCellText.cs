using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Medk.Documents.Reading;

/// <summary>
/// Turns the HTML fragments some converters leave in cells (seed 002: «&lt;p&gt;…&lt;/p&gt;», seed 000:
/// «&lt;ul style=…&gt; • самодиагностика • …») into text with line breaks and bullets.
/// </summary>
internal static partial class HtmlCellText
{
    private static readonly HtmlParser Parser = new();

    public static bool LooksLikeHtml(string text) => text.Contains('<') && Tag().IsMatch(text);

    public static string ToText(string html)
    {
        var document = Parser.ParseDocument("<body>" + html + "</body>");
        var sb = new StringBuilder();
        Walk(document.Body!, sb);
        // Converters flatten list items into one line with «•» between them; put each on its own line.
        var text = InlineBullet().Replace(sb.ToString(), "\n• ");
        return text;
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sb.Append(Whitespace().Replace(text.Data, " "));
                    break;
                case IElement element:
                    WalkElement(element, sb);
                    break;
            }
        }
    }

    private static void WalkElement(IElement element, StringBuilder sb)
    {
        switch (element.LocalName)
        {
            case "br":
                sb.Append('\n');
                return;
            case "li":
                sb.Append("\n• ");
                Walk(element, sb);
                sb.Append('\n');
                return;
            case "td" or "th":
                Walk(element, sb);
                sb.Append(' ');
                return;
            case "script" or "style":
                return;
            case "p" or "div" or "ul" or "ol" or "tr" or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote":
                sb.Append('\n');
                Walk(element, sb);
                sb.Append('\n');
                return;
            default:
                Walk(element, sb);
                return;
        }
    }

    [GeneratedRegex(@"</?(p|ul|ol|li|br|div|span|b|i|u|strong|em|table|tr|td|th|h[1-6]|font|sup|sub|blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[ ]*•[ ]*(?=\S)")]
    private static partial Regex InlineBullet();
}
