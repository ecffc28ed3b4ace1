using Medk.Documents.Understanding;

namespace Medk.Documents.Reading;

/// <summary>One sheet of a workbook as a grid, and whether the workbook hides it.</summary>
internal sealed record SheetGrid(IReadOnlyList<RawRow> Rows, bool Hidden);

/// <summary>
/// What XLSX and ODS share once their sheets are grids: the sheet that holds the roadmap is the one with a
/// roadmap header (else the visible one with the most filled rows), and on that sheet the header row is looked
/// for anywhere, not only in the first rows, because orders often put their heading lines (preamble) in
/// column A above the table. Those rows become paragraphs of the preamble, as in a Word document.
/// </summary>
internal static class SheetLayout
{
    /// <summary>How far down a sheet the header is looked for; a preamble is a page or two, not hundreds of rows.</summary>
    private const int HeaderSearchRows = 300;

    public static RawDocument Choose(IEnumerable<SheetGrid> sheets)
    {
        var best = (Score: int.MinValue, Document: new RawDocument([]));
        foreach (var sheet in sheets)
        {
            var (document, hasHeader) = Split(sheet.Rows);
            var filled = sheet.Rows.Count(r => r.Cells.Count(c => !c.IsEmpty) >= 2);
            var score = (hasHeader ? 10_000 : 0) + filled - (sheet.Hidden ? 500 : 0);
            if (sheet.Rows.Count > 0 && score > best.Score)
            {
                best = (score, document);
            }
        }
        return best.Document;
    }

    private static (RawDocument Document, bool HasHeader) Split(IReadOnlyList<RawRow> rows)
    {
        var start = HeaderStart(rows);
        if (start <= 0)
        {
            return (new RawDocument(rows.Count == 0 ? [] : [new TableBlock(rows)]), start == 0);
        }
        var blocks = new List<Block>();
        foreach (var row in rows.Take(start))
        {
            var line = string.Join("\t", row.Cells.Where(c => c.Merge == CellMerge.None && !c.IsEmpty).Select(c => CellText.OneLine(c.Text)));
            blocks.Add(new ParagraphBlock(line));
        }
        blocks.Add(new TableBlock(rows.Skip(start).ToList()));
        return (new RawDocument(blocks), true);
    }

    /// <summary>The index of the header row; -1 when the sheet has none.</summary>
    private static int HeaderStart(IReadOnlyList<RawRow> rows)
    {
        var limit = Math.Min(rows.Count, HeaderSearchRows);
        // The detector looks at a window of rows from where it starts; step through the sheet by that window.
        for (var from = 0; from < limit; from += HeaderDetector.SearchWindow)
        {
            var slice = rows.Skip(from).Take(limit - from).ToList();
            if (HeaderDetector.FindHeader(slice) is { } header)
            {
                return from + header.RowIndex;
            }
        }
        return -1;
    }
}
