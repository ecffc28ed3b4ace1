namespace Medk.Documents.Understanding;

/// <summary>«Уровни реализации региональный муниципальный» → региональный, муниципальный.</summary>
internal static class LevelsParser
{
    public const string Federal = "федеральный";
    public const string Regional = "региональный";
    public const string Municipal = "муниципальный";
    public const string Institutional = "институциональный";

    private static readonly (string Stem, string Level)[] Stems =
    [
        ("федерал", Federal),
        // Seed 002 writes «всероссийский» for the federal level.
        ("всероссий", Federal),
        ("регионал", Regional),
        ("муниципал", Municipal),
        ("институц", Institutional),
        ("школьн", Institutional),
    ];

    private static readonly HashSet<string> Filler = ["уровни", "уровень", "уровня", "реализации", "и"];

    /// <summary>The whole text names levels and nothing else («Уровни реализации региональный муниципальный»).</summary>
    public static bool IsLevelsText(string? text)
    {
        var words = Words(text);
        return words.Length > 0 && words.All(w => Filler.Contains(w) || Stems.Any(s => w.StartsWith(s.Stem, StringComparison.Ordinal)))
            && words.Any(w => !Filler.Contains(w));
    }

    public static IReadOnlyList<string> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var result = new List<string>();
        foreach (var word in Words(text))
        {
            foreach (var (stem, level) in Stems)
            {
                if (word.StartsWith(stem, StringComparison.Ordinal) && !result.Contains(level))
                {
                    result.Add(level);
                }
            }
        }
        return result;
    }

    private static string[] Words(string? text) =>
        (text ?? "").ToLowerInvariant().Split([' ', ',', ';', '.', '\n', '/', '-', '–', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
}
