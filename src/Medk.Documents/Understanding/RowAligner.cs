using Medk.Documents.Reading;

namespace Medk.Documents.Understanding;

/// <summary>A body row cut to the table's width: texts by column, and which cells only repeat a merged cell above.</summary>
internal sealed record AlignedRow(int SourceRow, IReadOnlyList<string> Cells, IReadOnlyList<bool> FromAbove, bool IsLoose)
{
    public string this[int index] => index >= 0 && index < Cells.Count ? Cells[index] : "";
}

/// <summary>
/// Converters shift cells: seed 002 and 003 rows carry an extra empty cell before the result, or a trailing one.
/// Extra empty cells are dropped (trailing first, then the rightmost inside the row), so that the texts land in
/// their columns; a fragment that lands in the levels column but names no level belongs to the column before it.
/// </summary>
internal static class RowAligner
{
    public static AlignedRow Align(RawRow row, ColumnLayout layout)
    {
        if (row.IsLoose)
        {
            return new AlignedRow(row.SourceRow, [row[0]], [false], true);
        }
        var width = layout.Width;
        var texts = row.Cells.Select(c => c.Merge == CellMerge.FromLeft ? "" : c.Text).ToList();
        var above = row.Cells.Select(c => c.Merge == CellMerge.FromAbove).ToList();
        while (texts.Count > width && texts[^1].Length == 0)
        {
            RemoveAt(texts.Count - 1);
        }
        while (texts.Count > width)
        {
            var gap = texts.FindLastIndex(texts.Count - 2, texts.Count - 2, t => t.Length == 0);
            if (gap < 1)
            {
                break;
            }
            RemoveAt(gap);
        }
        if (texts.Count > width)
        {
            texts[width - 1] = string.Join(" ", texts.Skip(width - 1).Where(t => t.Length > 0));
            texts.RemoveRange(width, texts.Count - width);
            above.RemoveRange(width, above.Count - width);
        }
        while (texts.Count < width)
        {
            texts.Add("");
            above.Add(false);
        }
        foreach (var column in layout.IndicesOf(ColumnKind.Levels))
        {
            if (column > 0 && texts[column].Length > 0 && !LevelsParser.IsLevelsText(texts[column])
                && texts[column - 1].Length == 0 && layout.Kinds[column - 1] is not (ColumnKind.Levels or ColumnKind.Number))
            {
                texts[column - 1] = texts[column];
                texts[column] = "";
            }
        }
        return new AlignedRow(row.SourceRow, texts, above, false);

        void RemoveAt(int index)
        {
            texts.RemoveAt(index);
            above.RemoveAt(index);
        }
    }
}
