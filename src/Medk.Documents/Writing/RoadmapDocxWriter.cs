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
    private const string SectionShade = "F2F2F2";
    private const string HeaderShade = "E7E6E6";

    public static void Write(ImportedRoadmap roadmap, Stream output)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        ArgumentNullException.ThrowIfNull(output);
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        WordParts.AddStyles(main, fontHalfPoints: 22);
        var body = new Body();
        foreach (var line in ExportLayout.Heading(roadmap))
        {
            body.Append(HeadingParagraph(line));
        }
        body.Append(Table(roadmap));
        body.Append(new Paragraph());
        body.Append(WordParts.LandscapePage());
        main.Document = new Document(body);
    }

    public static byte[] ToBytes(ImportedRoadmap roadmap)
    {
        using var stream = new MemoryStream();
        Write(roadmap, stream);
        return stream.ToArray();
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
            paragraph.Append(WordParts.Run(line.Text, bold: line.Style is HeadingStyle.Owner or HeadingStyle.Title));
        }
        return paragraph;
    }

    private static Table Table(ImportedRoadmap roadmap)
    {
        var columns = ExportLayout.Columns(roadmap);
        var total = columns.Sum(c => ExportLayout.Weight(c.Kind));
        var widths = columns.Select(c => WordParts.UsableWidth * ExportLayout.Weight(c.Kind) / total).ToList();
        var table = WordParts.GridTable(widths);

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < columns.Count; i++)
        {
            header.Append(WordParts.Cell(columns[i].Caption, widths[i], bold: true, shade: HeaderShade, center: true));
        }
        table.Append(header);

        foreach (var item in roadmap.Items)
        {
            var row = new TableRow();
            if (item.IsSection)
            {
                row.Append(WordParts.Cell(ExportLayout.SectionText(item), widths.Sum(), bold: true, shade: SectionShade, span: columns.Count));
            }
            else
            {
                for (var i = 0; i < columns.Count; i++)
                {
                    row.Append(WordParts.Cell(ExportLayout.Cell(item, columns[i].Kind), widths[i]));
                }
            }
            table.Append(row);
        }
        return table;
    }
}
