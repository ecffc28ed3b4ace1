namespace Medk.Web.Infrastructure;

public static class FileNames
{
    /// <summary>A file name that every operating system accepts, Cyrillic kept.</summary>
    public static string Safe(string text, int maxLength)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['«', '»', '"', '\'', ':', '/', '\\', '?', '*', '<', '>', '|']).ToHashSet();
        var clean = new string(text.Select(c => invalid.Contains(c) || char.IsControl(c) ? ' ' : c).ToArray());
        clean = string.Join(' ', clean.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return clean.Length <= maxLength ? clean : clean[..maxLength].TrimEnd();
    }
}
