using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Medk.Documents.Writing;

/// <summary>Writes a <see cref="TableReport"/> as one worksheet (sections one under another) or as a landscape Word document.</summary>
public static class TableReportWriter
{
    private const uint Plain = 0;
    private const uint Bold = 1;
    private const uint Wrapped = 2;

    public static byte[] ToXlsx(TableReport report)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new S.Stylesheet(
                new S.Fonts(new S.Font(), new S.Font(new S.Bold())) { Count = 2 },
                new S.Fills(new S.Fill(new S.PatternFill { PatternType = S.PatternValues.None }), new S.Fill(new S.PatternFill { PatternType = S.PatternValues.Gray125 })) { Count = 2 },
                new S.Borders(new S.Border()) { Count = 1 },
                new S.CellFormats(
                    new S.CellFormat(),
                    new S.CellFormat { FontId = 1, ApplyFont = true, Alignment = new S.Alignment { WrapText = true, Vertical = S.VerticalAlignmentValues.Top } },
                    new S.CellFormat { Alignment = new S.Alignment { WrapText = true, Vertical = S.VerticalAlignmentValues.Top }, ApplyAlignment = true }) { Count = 3 });
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var width = Math.Max(2, report.Sections.Select(s => s.Columns.Count).DefaultIfEmpty(2).Max());
            var columns = new S.Columns(new S.Column { Min = 1, Max = 1, Width = 45, CustomWidth = true },
                new S.Column { Min = 2, Max = (uint)width, Width = 18, CustomWidth = true });
            var data = new S.SheetData();
            uint row = 1;
            void Line(IReadOnlyList<string> cells, uint style)
            {
                var r = new S.Row { RowIndex = row };
                for (var i = 0; i < cells.Count; i++)
                {
                    r.Append(SheetParts.TextCell(SheetParts.ColumnName(i), row, Clean(cells[i]), style));
                }
                data.Append(r);
                row++;
            }
            Line([report.Title], Bold);
            foreach (var text in report.Lines)
            {
                Line([text], Plain);
            }
            foreach (var section in report.Sections)
            {
                row++;
                Line([section.Heading], Bold);
                Line(section.Columns, Bold);
                foreach (var cells in section.Rows)
                {
                    Line(cells, Wrapped);
                }
                if (section.Note is not null)
                {
                    Line([section.Note], Plain);
                }
            }
            sheetPart.Worksheet = new S.Worksheet(columns, data);
            var sheets = workbook.Workbook.AppendChild(new S.Sheets());
            sheets.Append(new S.Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Отчёт" });
        }
        return buffer.ToArray();
    }

    public static byte[] ToDocx(TableReport report)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            WordParts.AddStyles(main, 22);
            var body = new W.Body();
            body.Append(new W.Paragraph(WordParts.Run(Clean(report.Title), bold: true)));
            foreach (var line in report.Lines)
            {
                body.Append(new W.Paragraph(WordParts.Run(Clean(line), bold: false)));
            }
            foreach (var section in report.Sections)
            {
                body.Append(new W.Paragraph());
                body.Append(new W.Paragraph(WordParts.Run(Clean(section.Heading), bold: true)));
                var count = Math.Max(1, section.Columns.Count);
                var first = Math.Min(WordParts.UsableWidth / 2, WordParts.UsableWidth * 2 / (count + 1));
                var rest = count > 1 ? (WordParts.UsableWidth - first) / (count - 1) : 0;
                var widths = Enumerable.Range(0, count).Select(i => i == 0 ? (count == 1 ? WordParts.UsableWidth : first) : rest).ToList();
                var table = WordParts.GridTable(widths);
                var header = new W.TableRow(new W.TableRowProperties(new W.TableHeader()));
                for (var i = 0; i < count; i++)
                {
                    header.Append(WordParts.Cell(Clean(section.Columns.ElementAtOrDefault(i) ?? ""), widths[i], bold: true, shade: "D9E2F3"));
                }
                table.Append(header);
                foreach (var cells in section.Rows)
                {
                    var tr = new W.TableRow();
                    for (var i = 0; i < count; i++)
                    {
                        tr.Append(WordParts.Cell(Clean(cells.ElementAtOrDefault(i) ?? ""), widths[i]));
                    }
                    table.Append(tr);
                }
                body.Append(table);
                if (section.Note is not null)
                {
                    body.Append(new W.Paragraph(WordParts.Run(Clean(section.Note), bold: false)));
                }
            }
            body.Append(WordParts.LandscapePage());
            main.Document = new W.Document(body);
        }
        return buffer.ToArray();
    }

    /// <summary>Control characters pasted from other programs make OOXML unreadable.</summary>
    private static string Clean(string text) => new(text.Where(c => c is '\n' or '\t' || !char.IsControl(c)).ToArray());
}
