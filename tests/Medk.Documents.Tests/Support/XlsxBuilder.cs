using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Medk.Documents.Tests.Support;

/// <summary>A cell value written as an inline string instead of a shared one.</summary>
public sealed record Inline(string Text);

/// <summary>Builds small workbooks for tests: shared and inline strings, numbers, dates as serials, merges.</summary>
public sealed class XlsxBuilder
{
    private readonly List<(string Name, SheetBuilder Sheet)> _sheets = [];

    public XlsxBuilder Sheet(string name, Action<SheetBuilder> build)
    {
        var sheet = new SheetBuilder();
        build(sheet);
        _sheets.Add((name, sheet));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var shared = new List<string>();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            // Format 1 shows dates with the built-in id 14; format 2 with a custom «dd.mm.yyyy».
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "dd.mm.yyyy" }),
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(
                    new CellFormat(),
                    new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }));
            var sheets = new Sheets();
            uint id = 1;
            foreach (var (name, sheet) in _sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                part.Worksheet = sheet.ToWorksheet(shared);
                sheets.Append(new Sheet { Name = name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }
            workbook.Workbook = new Workbook(sheets);
            var sst = workbook.AddNewPart<SharedStringTablePart>();
            sst.SharedStringTable = new SharedStringTable(shared.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        }
        return stream.ToArray();
    }
}

public sealed class SheetBuilder
{
    private readonly List<object?[]> _rows = [];
    private readonly List<string> _merges = [];

    public SheetBuilder Row(params object?[] values)
    {
        _rows.Add(values);
        return this;
    }

    public SheetBuilder Merge(string range)
    {
        _merges.Add(range);
        return this;
    }

    internal Worksheet ToWorksheet(List<string> shared)
    {
        var data = new SheetData();
        for (var r = 0; r < _rows.Count; r++)
        {
            var rowIndex = (uint)r + 1;
            var row = new Row { RowIndex = rowIndex };
            for (var c = 0; c < _rows[r].Length; c++)
            {
                var reference = (char)('A' + c) + rowIndex.ToString(CultureInfo.InvariantCulture);
                var cell = _rows[r][c] switch
                {
                    null => null,
                    Inline inline => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(inline.Text)) },
                    string s => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(shared, s).ToString(CultureInfo.InvariantCulture)) },
                    DateTime d => new Cell { CellReference = reference, StyleIndex = 2, CellValue = new CellValue(d.ToOADate().ToString(CultureInfo.InvariantCulture)) },
                    DateOnly d => new Cell { CellReference = reference, StyleIndex = 1, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) },
                    IConvertible n => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(n, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)) },
                    var other => throw new ArgumentException("Unsupported value " + other),
                };
                if (cell is not null)
                {
                    row.Append(cell);
                }
            }
            data.Append(row);
        }
        var worksheet = new Worksheet(data);
        if (_merges.Count > 0)
        {
            worksheet.Append(new MergeCells(_merges.Select(m => new MergeCell { Reference = m })));
        }
        return worksheet;
    }

    private static int Share(List<string> shared, string text)
    {
        var index = shared.IndexOf(text);
        if (index < 0)
        {
            shared.Add(text);
            index = shared.Count - 1;
        }
        return index;
    }
}
