namespace Medk.Web.Infrastructure;

public static class FileNames
{
    /// <summary>
    /// A file name that every operating system accepts, Cyrillic and the «» quotes kept (they are legal everywhere and
    /// are part of school names); a long name is cut at a word boundary, never mid-word.
    /// </summary>
    public static string Safe(string text, int maxLength)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '\'', ':', '/', '\\', '?', '*', '<', '>', '|']).ToHashSet();
        var clean = new string(text.Select(c => invalid.Contains(c) || char.IsControl(c) ? ' ' : c).ToArray());
        clean = string.Join(' ', clean.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length <= maxLength)
        {
            return clean;
        }
        var cut = clean[..maxLength];
        var lastSpace = cut.LastIndexOf(' ');
        // A single very long word is still cut: the name must stay within the limit.
        cut = lastSpace > maxLength / 2 ? cut[..lastSpace] : cut;
        return cut.TrimEnd(' ', ',', '.', '-', '–', '—');
    }
}
