using System.Text.RegularExpressions;
using Medk.Documents.Understanding;

namespace Medk.Documents.Reading;

/// <summary>
/// Reads a roadmap saved as plain text, in the two shapes the seeds show: tab-separated rows (one row per
/// line), and «one cell per line» (seed 001), where every line that starts with a tab opens a new cell, lines
/// without a tab go on with the cell above, and a row begins at a cell that is just an item number.
/// </summary>
internal static partial class TextTableReader
{
    /// <summary>Null when the text has no table in either shape.</summary>
    public static RawDocument? Read(string text)
    {
        var lines = LineBreak().Split(text);
        var tabbed = lines.Count(l => l.Count(c => c == '\t') >= 2);
        var cellPerLine = lines.Count(l => l.StartsWith('\t') && l.Count(c => c == '\t') == 1);
        if (tabbed >= 2 && tabbed >= cellPerLine)
        {
            return ReadTabbed(lines, minTabs: 2);
        }
        if (cellPerLine >= 3)
        {
            return ReadCellPerLine(lines);
        }
        if (lines.Count(l => l.Contains('\t')) >= 3)
        {
            return ReadTabbed(lines, minTabs: 1);
        }
        return null;
    }

    private static RawDocument ReadTabbed(string[] lines, int minTabs)
    {
        var start = Array.FindIndex(lines, l => l.Count(c => c == '\t') >= minTabs);
        var blocks = Preamble(lines, start);
        var rows = new List<RawRow>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0)
            {
                continue;
            }
            rows.Add(line.Contains('\t')
                ? RawRow.FromTexts(i + 1, line.Split('\t').Select(CellText.FromSource))
                : new RawRow(i + 1, [new RawCell(CellText.FromSource(line))], isLoose: true));
        }
        blocks.Add(new TableBlock(rows));
        return new RawDocument(blocks);
    }

    private static RawDocument ReadCellPerLine(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l.StartsWith('\t'));
        var blocks = Preamble(lines, start);
        var cells = new List<(int Line, string Text)>();
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('\t'))
            {
                cells.Add((i + 1, line[1..]));
            }
            else if (line.Trim().Length > 0 && cells.Count > 0)
            {
                var (at, text) = cells[^1];
                cells[^1] = (at, text + "\n" + line);
            }
        }
        var cleaned = cells.Select(c => (c.Line, Text: CellText.FromSource(c.Text))).ToList();
        blocks.Add(new TableBlock(GroupIntoRows(cleaned)));
        return new RawDocument(blocks);
    }

    /// <summary>
    /// The header tells how many cells a row has. A number cell opens a row early only when the row is nearly
    /// complete or the number follows the row's own number, so that a deadline cell like «2022» stays a cell.
    /// </summary>
    private static List<RawRow> GroupIntoRows(List<(int Line, string Text)> cells)
    {
        var width = RowWidth(cells);
        var rows = new List<RawRow>();
        var current = new List<(int Line, string Text)>();
        foreach (var cell in cells)
        {
            var opensRow = current.Count >= width
                || current.Count >= 2 && ItemNumber.IsNumberLike(cell.Text)
                    && (current.Count >= width - 1 || ItemNumber.IsPlausibleNext(current[0].Text, cell.Text));
            if (opensRow)
            {
                rows.Add(RawRow.FromTexts(current[0].Line, current.Select(c => c.Text)));
                current = [];
            }
            current.Add(cell);
        }
        if (current.Count > 0)
        {
            rows.Add(RawRow.FromTexts(current[0].Line, current.Select(c => c.Text)));
        }
        return rows;
    }

    private static int RowWidth(List<(int Line, string Text)> cells)
    {
        var header = cells.FindIndex(c => ItemNumber.IsNumberLike(c.Text));
        if (header >= 2)
        {
            return header;
        }
        var numbers = cells.Select((c, i) => (c, i)).Where(x => ItemNumber.IsNumberLike(x.c.Text)).Select(x => x.i).ToList();
        var gaps = numbers.Zip(numbers.Skip(1), (a, b) => b - a).Where(g => g >= 2).ToList();
        return gaps.Count == 0 ? Math.Max(cells.Count, 1) : gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    private static List<Block> Preamble(string[] lines, int end) =>
        lines.Take(Math.Max(end, 0)).Select(l => (Block)new ParagraphBlock(l.Replace('\t', ' '))).ToList();

    [GeneratedRegex(@"\r\n|\n|\r")]
    private static partial Regex LineBreak();
}
