using System.Text;

namespace Medk.Documents.Writing;

/// <summary>
/// Text as XML 1.0 allows it. Whatever is stored (an old import, a row written before input was cleaned
/// at the boundary) must never make an export fail for everyone: characters XML cannot hold are dropped,
/// a vertical tab or form feed (Word's line and page breaks pasted as text) becomes a line break.
/// </summary>
public static class XmlText
{
    public static string Valid(string text)
    {
        if (IsValid(text))
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else if (c is '\v' or '\f')
            {
                clean.Append('\n');
            }
            else if (Allowed(c))
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    public static bool IsValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (!Allowed(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Allowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && !char.IsSurrogate(c) && c != '\uFFFE' && c != '\uFFFF');
}
