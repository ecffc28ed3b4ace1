namespace Medk.Core.Planning.Roadmaps;

/// <summary>
/// One correction (корректировка) of a roadmap after its approval: who changed what, when. Drafts are not
/// tracked; once a roadmap is approved every change to it is a recorded revision with its number.
/// </summary>
public class RoadmapRevision
{
    public const int SummaryMaxLength = 4000;

    private RoadmapRevision()
    {
    }

    public RoadmapRevision(int roadmapId, int number, Guid byUserId, string byName, DateTimeOffset at, IReadOnlyList<string> changes)
    {
        RoadmapId = roadmapId;
        Number = number;
        ByUserId = byUserId;
        ByName = byName.Length > 200 ? byName[..200] : byName;
        At = at;
        var text = string.Join("\n", changes);
        Changes = text.Length > SummaryMaxLength ? text[..(SummaryMaxLength - 1)] + "…" : text;
    }

    public int Id { get; private set; }
    public int RoadmapId { get; private set; }
    public int Number { get; private set; }
    public Guid ByUserId { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    /// <summary>What changed, one line each, in Russian: «Пункт 1.2: срок «до 1 марта» → «до 15 марта»».</summary>
    public string Changes { get; private set; } = "";

    /// <summary>Whether changes to a roadmap in this status are corrections to be recorded.</summary>
    public static bool IsTracked(RoadmapStatus status) => RoadmapPhases.IsUnderWay(status);

    /// <summary>The lines describing how an item's content changed; empty when nothing did.</summary>
    public static IReadOnlyList<string> Describe(string? number, ItemContent before, ItemContent after)
    {
        var label = $"Пункт {number ?? after.Number ?? "без номера"}";
        var lines = new List<string>();
        void Compare(string field, string? a, string? b)
        {
            if (!string.Equals(a ?? "", b ?? "", StringComparison.Ordinal))
            {
                lines.Add($"{label}: {field} «{Short(a)}» → «{Short(b)}»");
            }
        }
        Compare("номер", before.Number, after.Number);
        Compare("текст", before.Text, after.Text);
        Compare("срок", before.DeadlineText, after.DeadlineText);
        Compare("ответственные", before.ResponsibleText, after.ResponsibleText);
        Compare("результат", before.ResultText, after.ResultText);
        if (before.IsSection != after.IsSection)
        {
            lines.Add($"{label}: {(after.IsSection ? "стал заголовком раздела" : "стал мероприятием")}");
        }
        if (before.Levels != after.Levels)
        {
            lines.Add($"{label}: уровни реализации «{Glossary.ImplementationLevelsText(before.Levels)}» → «{Glossary.ImplementationLevelsText(after.Levels)}»");
        }
        return lines;
    }

    private static string Short(string? text) => text is null ? "" : text.Length <= 120 ? text : text[..120] + "…";
}
