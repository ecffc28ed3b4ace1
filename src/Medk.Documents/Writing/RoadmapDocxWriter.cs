using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Medk.Documents.Writing;

namespace Medk.Documents;

/// <summary>
/// Writes a roadmap as an order-style Word document: the heading (owner, approval, title, period), then the
/// table, landscape, with the header row repeated on every page and section rows spanning the table in bold.
/// </summary>
public static class RoadmapDocxWriter
{
    private const int PageWidth = 16838;
    private const int PageHeight = 11906;
    private const int Margin = 1134;
    private const string SectionShade = "F2F2F2";
    private const string HeaderShade = "E7E6E6";

    public static void Write(ImportedRoadmap roadmap, Stream output)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        ArgumentNullException.ThrowIfNull(output);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        var body = new Body();
        foreach (var line in ExportLayout.Heading(roadmap))
        {
            body.Append(HeadingParagraph(line));
        }
        body.Append(Table(roadmap));
        body.Append(new Paragraph());
        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 709, Footer = 709, Gutter = 0 }));
        main.Document = new Document(body);
    }

    public static byte[] ToBytes(ImportedRoadmap roadmap)
    {
        using var stream = new MemoryStream();
        Write(roadmap, stream);
        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                new FontSize { Val = "22" },
                new Languages { Val = "ru-RU" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
    }

    private static Paragraph HeadingParagraph(HeadingLine line)
    {
        var justification = line.Style switch
        {
            HeadingStyle.Approval => JustificationValues.Right,
            _ => JustificationValues.Center,
        };
        var paragraph = new Paragraph(new ParagraphProperties(new Justification { Val = justification }));
        if (line.Text.Length > 0)
        {
            paragraph.Append(TextRun(line.Text, bold: line.Style is HeadingStyle.Owner or HeadingStyle.Title));
        }
        return paragraph;
    }

    private static Table Table(ImportedRoadmap roadmap)
    {
        var columns = ExportLayout.Columns(roadmap);
        var usable = PageWidth - 2 * Margin;
        var total = columns.Sum(c => ExportLayout.Weight(c.Kind));
        var widths = columns.Select(c => usable * ExportLayout.Weight(c.Kind) / total).ToList();
        var border = new Func<BorderType, BorderType>(b =>
        {
            b.Val = BorderValues.Single;
            b.Size = 4;
            b.Color = "000000";
            return b;
        });
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                border(new TopBorder()), border(new LeftBorder()), border(new BottomBorder()),
                border(new RightBorder()), border(new InsideHorizontalBorder()), border(new InsideVerticalBorder())),
            new TableCellMarginDefault(
                new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < columns.Count; i++)
        {
            header.Append(Cell(columns[i].Caption, widths[i], bold: true, shade: HeaderShade, center: true));
        }
        table.Append(header);

        foreach (var item in roadmap.Items)
        {
            var row = new TableRow();
            if (item.IsSection)
            {
                row.Append(Cell(ExportLayout.SectionText(item), widths.Sum(), bold: true, shade: SectionShade, span: columns.Count));
            }
            else
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    row.Append(Cell(ExportLayout.Cell(item, columns[i].Kind), widths[i]));
                }
            }
            table.Append(row);
        }
        return table;
    }

    private static TableCell Cell(string text, int width, bool bold = false, string? shade = null, int span = 1, bool center = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }
        if (shade is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shade });
        }
        var cell = new TableCell(properties);
        // One paragraph per line, so that Word wraps and the importer reads the lines back.
        foreach (var line in text.Length == 0 ? [""] : text.Split('\n'))
        {
            var paragraph = new Paragraph();
            if (center)
            {
                paragraph.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
            }
            if (line.Length > 0)
            {
                paragraph.Append(TextRun(line, bold));
            }
            cell.Append(paragraph);
        }
        return cell;
    }

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
