namespace Medk.Documents.Understanding;

/// <summary>Tells what a column means from its caption, by the words authorities use, not by position.</summary>
internal static class ColumnMapper
{
    private const int MaxCaptionLength = 80;

    public static ColumnKind? Classify(string caption)
    {
        var text = Fold(caption);
        if (text.Length == 0 || text.Length > MaxCaptionLength)
        {
            return null;
        }
        if (text.Contains('№') && text.Length <= 12 || text is "n" or "no" or "nn" or "номер" or "п/п" or "п п" or "n п/п" or "№№")
        {
            return ColumnKind.Number;
        }
        // Order matters: «Ответственный за мероприятие» is about people, «Срок исполнения» about time.
        if (ContainsAny(text, "ответствен", "исполнител", "кто проводит"))
        {
            return ColumnKind.Responsible;
        }
        if (text.Contains("уровн"))
        {
            return ColumnKind.Levels;
        }
        if (ContainsAny(text, "срок", "период", "когда") || text.StartsWith("дата", StringComparison.Ordinal) || text.Contains(" дата"))
        {
            return ColumnKind.Deadline;
        }
        if (ContainsAny(text, "результат", "показател", "индикатор", "продукт", "эффект"))
        {
            return ColumnKind.Result;
        }
        if (ContainsAny(text, "мероприят", "действ", "содержан", "наименован", "описан", "задач", "вид работ", "направлени"))
        {
            return ColumnKind.Text;
        }
        return null;
    }

    public static string Fold(string text) =>
        string.Join(' ', text.ToLowerInvariant().Replace('ё', 'е').Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static bool ContainsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
