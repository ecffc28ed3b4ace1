using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Medk.Documents.Writing;

namespace Medk.Documents;

/// <summary>
/// Writes a roadmap as a workbook of one sheet laid out like the order: heading rows merged across the table,
/// then the table with its header row printed on every page and section rows merged across, bold and shaded.
/// </summary>
public static class RoadmapXlsxWriter
{
    private const string SheetName = "Дорожная карта";

    // Cell formats of the stylesheet below, by index.
    private const uint PlainStyle = 0;
    private const uint BodyStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint SectionStyle = 3;
    private const uint TitleStyle = 4;
    private const uint ApprovalStyle = 5;

    public static void Write(ImportedRoadmap roadmap, Stream output)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        ArgumentNullException.ThrowIfNull(output);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Stylesheet();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        var columns = ExportLayout.Columns(roadmap);
        var lastColumn = SheetParts.ColumnName(columns.Count - 1);
        var data = new SheetData();
        var merges = new MergeCells();
        uint rowIndex = 0;
        foreach (var line in ExportLayout.Heading(roadmap))
        {
            rowIndex++;
            if (line.Text.Length == 0)
            {
                continue;
            }
            var style = line.Style switch
            {
                HeadingStyle.Title or HeadingStyle.Owner => TitleStyle,
                HeadingStyle.Approval => ApprovalStyle,
                _ => PlainStyle,
            };
            data.Append(new Row(SheetParts.TextCell("A", rowIndex, line.Text, style)) { RowIndex = rowIndex });
            merges.Append(new MergeCell { Reference = $"A{rowIndex}:{lastColumn}{rowIndex}" });
        }

        rowIndex++;
        var headerRow = rowIndex;
        data.Append(new Row(columns.Select((c, i) => SheetParts.TextCell(SheetParts.ColumnName(i), rowIndex, c.Caption, HeaderStyle))) { RowIndex = rowIndex });
        foreach (var item in roadmap.Items)
        {
            rowIndex++;
            if (item.IsSection)
            {
                var cells = new List<Cell> { SheetParts.TextCell("A", rowIndex, ExportLayout.SectionText(item), SectionStyle) };
                cells.AddRange(Enumerable.Range(1, columns.Count - 1).Select(i => new Cell { CellReference = SheetParts.ColumnName(i) + rowIndex, StyleIndex = SectionStyle }));
                data.Append(new Row(cells) { RowIndex = rowIndex });
                if (columns.Count > 1)
                {
                    merges.Append(new MergeCell { Reference = $"A{rowIndex}:{lastColumn}{rowIndex}" });
                }
            }
            else
            {
                data.Append(new Row(columns.Select((c, i) => SheetParts.TextCell(SheetParts.ColumnName(i), rowIndex, ExportLayout.Cell(item, c.Kind), BodyStyle))) { RowIndex = rowIndex });
            }
        }

        var worksheet = new Worksheet(
            new Columns(columns.Select((c, i) => new Column
            {
                Min = (uint)i + 1,
                Max = (uint)i + 1,
                Width = ExportLayout.Weight(c.Kind) * 2.2,
                CustomWidth = true,
            })),
            data);
        if (merges.HasChildren)
        {
            worksheet.Append(merges);
        }
        worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9, FitToWidth = 1, FitToHeight = 0 });
        sheetPart.Worksheet = worksheet;

        workbookPart.Workbook = new Workbook(
            new Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }),
            // The header row is printed at the top of every page.
            new DefinedNames(new DefinedName($"'{SheetName}'!${headerRow}:${headerRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
    }

    public static byte[] ToBytes(ImportedRoadmap roadmap)
    {
        using var stream = new MemoryStream();
        Write(roadmap, stream);
        return stream.ToArray();
    }

    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()));
        CellFormat Format(uint font, uint fill, uint border, HorizontalAlignmentValues horizontal) => new(
            new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top, Horizontal = horizontal })
        {
            FontId = font,
            FillId = fill,
            BorderId = border,
            ApplyFont = true,
            ApplyFill = fill > 0,
            ApplyBorder = border > 0,
            ApplyAlignment = true,
        };
        var formats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            Format(0, 0, 1, HorizontalAlignmentValues.Left),
            Format(1, 2, 1, HorizontalAlignmentValues.Center),
            Format(1, 3, 1, HorizontalAlignmentValues.Left),
            Format(1, 0, 0, HorizontalAlignmentValues.Center),
            Format(0, 0, 0, HorizontalAlignmentValues.Right));
        return new Stylesheet(fonts, fills, borders, new CellStyleFormats(new CellFormat()), formats);
    }
}
