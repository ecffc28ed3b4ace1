using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Medk.Documents.Understanding;

namespace Medk.Documents.Reading;

/// <summary>
/// Reads the sheets of a workbook: shared and inline strings, numbers, and dates stored as serial numbers in
/// date-formatted cells (written back as dd.MM.yyyy); merged ranges repeat their text in the cells they cover.
/// <see cref="SheetLayout"/> then chooses the roadmap sheet and finds its table under any preamble.
/// </summary>
internal static partial class XlsxTableReader
{
    private const int MaxRows = 50_000;
    private const int MaxColumns = 64;

    public static RawDocument Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 100_000_000 });
        var workbook = document.WorkbookPart ?? throw new RoadmapImportException(Messages.NotXlsx, RoadmapImportFailure.Damaged);
        var strings = SharedStrings(workbook);
        var dateStyles = DateStyles(workbook);
        var sheets = new List<SheetGrid>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }
            // The raw text, not the SDK's enum: an unexpected spelling must not throw.
            var hidden = sheet.State is not null && sheet.State.InnerText is not ("visible" or "");
            sheets.Add(new SheetGrid(ReadSheet(part, strings, dateStyles), hidden));
        }
        return SheetLayout.Choose(sheets);
    }

    private static List<RawRow> ReadSheet(WorksheetPart part, IReadOnlyList<string> strings, HashSet<uint> dateStyles)
    {
        var grid = new SortedDictionary<int, Dictionary<int, string>>();
        var maxColumn = 0;
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var rowIndex = (int)(row.RowIndex?.Value ?? (uint)(grid.Count == 0 ? 1 : grid.Keys.Last() + 1));
            if (rowIndex > MaxRows)
            {
                break;
            }
            var cells = new Dictionary<int, string>();
            var nextColumn = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : nextColumn;
                nextColumn = column + 1;
                if (column >= MaxColumns)
                {
                    continue;
                }
                var text = CellText.FromSource(ValueOf(cell, strings, dateStyles));
                if (text.Length > 0)
                {
                    cells[column] = text;
                    maxColumn = Math.Max(maxColumn, column + 1);
                }
            }
            grid[rowIndex] = cells;
        }
        var merges = Merges(part);
        var rows = new List<RawRow>();
        if (grid.Count == 0)
        {
            return rows;
        }
        maxColumn = Math.Max(maxColumn, merges.Count == 0 ? 0 : merges.Max(m => Math.Min(m.LastColumn, MaxColumns - 1) + 1));
        var lastRow = Math.Max(grid.Keys.Last(), merges.Count == 0 ? 0 : Math.Min(merges.Max(m => m.LastRow), MaxRows));
        for (var r = grid.Keys.First(); r <= lastRow; r++)
        {
            grid.TryGetValue(r, out var values);
            var cells = new RawCell[maxColumn];
            for (var c = 0; c < maxColumn; c++)
            {
                cells[c] = new RawCell(values is not null && values.TryGetValue(c, out var v) ? v : "");
            }
            rows.Add(new RawRow(r, cells));
        }
        var first = grid.Keys.First();
        foreach (var m in merges)
        {
            var originRow = m.FirstRow - first;
            var origin = originRow >= 0 && originRow < rows.Count && m.FirstColumn < maxColumn
                ? rows[originRow].Cells[m.FirstColumn].Text
                : "";
            for (var r = Math.Max(m.FirstRow, first); r <= Math.Min(m.LastRow, lastRow); r++)
            {
                var cells = (RawCell[])rows[r - first].Cells;
                for (var c = m.FirstColumn; c <= Math.Min(m.LastColumn, maxColumn - 1); c++)
                {
                    if (r == m.FirstRow && c == m.FirstColumn)
                    {
                        continue;
                    }
                    cells[c] = new RawCell(origin, r == m.FirstRow ? CellMerge.FromLeft : CellMerge.FromAbove);
                }
            }
        }
        return rows;
    }

    private static string ValueOf(Cell cell, IReadOnlyList<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? InlineText(inline) : raw ?? "";
        }
        if (raw is null)
        {
            return "";
        }
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "да" : "нет";
        }
        if (type == CellValues.Error)
        {
            return "";
        }
        if (type is null || type == CellValues.Number || type == CellValues.Date)
        {
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                return raw;
            }
            if (type == CellValues.Date && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            {
                return iso.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            }
            if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && number is > 0 and < 2958466)
            {
                return DateTime.FromOADate(number).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
            }
            return number.ToString("0.##########", CultureInfo.InvariantCulture);
        }
        return raw;
    }

    private static string InlineText(InlineString inline) =>
        inline.Text?.Text ?? string.Concat(inline.Elements<Run>().Select(r => r.Text?.Text));

    private static List<string> SharedStrings(WorkbookPart workbook) =>
        workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(si => si.Text?.Text ?? string.Concat(si.Elements<Run>().Select(r => r.Text?.Text)))
            .ToList() ?? [];

    /// <summary>Cell formats (by index) whose number format shows a date: built-in ids or a custom code with d/m/y.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        var result = new HashSet<uint>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58
                || custom.TryGetValue(id, out var code) && IsDateFormat(code))
            {
                result.Add(index);
            }
            index++;
        }
        return result;
    }

    internal static bool IsDateFormat(string code)
    {
        var bare = QuotedOrBracketed().Replace(code, "").ToLowerInvariant();
        // «m» alone is a month unless the format also shows hours or seconds (then it is minutes).
        return bare.IndexOfAny(['d', 'y']) >= 0 || bare.Contains('m') && bare.IndexOfAny(['h', 's']) < 0;
    }

    private static List<(int FirstRow, int FirstColumn, int LastRow, int LastColumn)> Merges(WorksheetPart part)
    {
        var result = new List<(int, int, int, int)>();
        foreach (var merge in part.Worksheet?.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()) ?? [])
        {
            var parts = merge.Reference?.Value?.Split(':');
            if (parts is not { Length: 2 })
            {
                continue;
            }
            var (r1, c1) = (RowIndex(parts[0]), ColumnIndex(parts[0]));
            var (r2, c2) = (RowIndex(parts[1]), ColumnIndex(parts[1]));
            if (r1 > 0 && r2 >= r1 && c2 >= c1 && r2 - r1 < 10_000 && c2 - c1 < MaxColumns)
            {
                result.Add((r1, c1, r2, c2));
            }
        }
        return result;
    }

    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z')
            {
                column = column * 26 + (ch - 'A' + 1);
            }
            else if (ch is >= 'a' and <= 'z')
            {
                column = column * 26 + (ch - 'a' + 1);
            }
            else
            {
                break;
            }
            if (column > 100_000)
            {
                break;
            }
        }
        return Math.Max(column - 1, 0);
    }

    private static int RowIndex(string reference) =>
        int.TryParse(Digits().Match(reference).Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var row) ? row : 0;

    [GeneratedRegex(@"""[^""]*""|\[[^\]]*\]|\\.")]
    private static partial Regex QuotedOrBracketed();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
