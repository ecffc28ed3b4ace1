using Medk.Data.Import;
using Medk.Documents;

namespace Medk.Web.Features.Planning.Imports;

/// <summary>One line of the preview's «Проверьте» list: where (an item's number, else the source row) and what.</summary>
/// <param name="Row">The source row the line links to (the table row's anchor), or null for the whole document.</param>
/// <param name="Place">«пункт 1.2.1», «раздел 2», «строка 14» or null for the whole document.</param>
public sealed record ImportCheck(int? Row, string? Place, string Message);

/// <summary>
/// What the person importing should check, as the preview shows it now: the reader's remarks about the document
/// and its rows, and every item's deadline as currently written (re-understood after each correction, so an
/// unrecognised deadline is listed and a corrected one is not). Rows are named by the item's number where it has one.
/// </summary>
public static class ImportChecks
{
    public static IReadOnlyList<ImportCheck> Of(DraftRoadmap content, ImportedRoadmap understood)
    {
        var byRow = new Dictionary<int, ImportedItem>();
        foreach (var item in understood.Items)
        {
            byRow.TryAdd(item.SourceRow, item);
        }
        string Place(int row) => byRow.TryGetValue(row, out var item) && item.Number is { } number
            ? $"{(item.IsSection ? "раздел" : "пункт")} {number}"
            : $"строка {row}";

        var checks = new List<ImportCheck>();
        // The reader's remarks about deadlines were made on the text as first read; they are made again below.
        foreach (var w in content.Warnings.Where(w => !IsAboutDeadline(w)))
        {
            checks.Add(new ImportCheck(w.Row, w.Row is { } row ? Place(row) : null, w.Message));
        }
        foreach (var item in understood.Items.Where(i => !i.IsSection))
        {
            if (string.IsNullOrWhiteSpace(item.DeadlineText))
            {
                checks.Add(new ImportCheck(item.SourceRow, Place(item.SourceRow), NoDeadline));
            }
            else if (item.Schedule?.Warning is { } problem)
            {
                checks.Add(new ImportCheck(item.SourceRow, Place(item.SourceRow), $"Срок «{OneLine(item.DeadlineText)}»: {problem}"));
            }
        }
        return [.. checks.OrderBy(c => c.Row is null ? 0 : 1).ThenBy(c => c.Row)];
    }

    /// <summary>The importer's own wording for deadline remarks (RoadmapImporter): «У пункта не указан срок.», «Срок «…»: …».</summary>
    private const string NoDeadline = "У пункта не указан срок.";

    private static bool IsAboutDeadline(ImportWarning w) =>
        w.Row is not null && (w.Message == NoDeadline || w.Message.StartsWith("Срок «", StringComparison.Ordinal));

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
