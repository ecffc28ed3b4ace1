using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Medk.Documents.Reading;

/// <summary>
/// Reads the body of a Word document as paragraphs and tables. Tables become grids: a cell spanning several
/// grid columns (gridSpan) or continued down (vMerge) has its text repeated in the cells it covers, marked as
/// such; rows marked to repeat on every page (tblHeader) are flagged.
/// </summary>
internal static class DocxTableReader
{
    public static RawDocument Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 100_000_000 });
        var body = document.MainDocumentPart?.Document?.Body ?? throw new RoadmapImportException(Messages.NotDocx);
        var blocks = new List<Block>();
        var rowCounter = 0;
        Collect(body, blocks, ref rowCounter);
        return new RawDocument(blocks);
    }

    private static void Collect(OpenXmlElement container, List<Block> blocks, ref int rowCounter)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    blocks.Add(new ParagraphBlock(ParagraphText(paragraph)));
                    break;
                case Table table:
                    blocks.Add(ReadTable(table, ref rowCounter));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Collect(content, blocks, ref rowCounter);
                    break;
                case CustomXmlBlock custom:
                    Collect(custom, blocks, ref rowCounter);
                    break;
            }
        }
    }

    private static TableBlock ReadTable(Table table, ref int rowCounter)
    {
        var rows = new List<RawRow>();
        IReadOnlyList<RawCell> above = [];
        foreach (var row in Unwrap<TableRow>(table))
        {
            rowCounter++;
            var cells = new List<RawCell>();
            var before = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (var i = 0; i < before; i++)
            {
                cells.Add(new RawCell(""));
            }
            foreach (var cell in Unwrap<TableCell>(row))
            {
                var properties = cell.TableCellProperties;
                var span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, 64);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var column = cells.Count;
                var origin = continues
                    ? new RawCell(column < above.Count ? above[column].Text : "", CellMerge.FromAbove)
                    : new RawCell(CellTextOf(cell));
                cells.Add(origin);
                for (var k = 1; k < span; k++)
                {
                    cells.Add(origin with { Merge = continues ? CellMerge.FromAbove : CellMerge.FromLeft });
                }
            }
            var header = row.TableRowProperties?.GetFirstChild<TableHeader>() is { } h && (h.Val is null || h.Val.Value != OnOffOnlyValues.Off);
            rows.Add(new RawRow(rowCounter, cells, header));
            above = cells;
        }
        return new TableBlock(rows);
    }

    /// <summary>Rows and cells may sit inside content controls or custom XML; look through them.</summary>
    private static IEnumerable<T> Unwrap<T>(OpenXmlElement parent)
        where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T match)
            {
                yield return match;
            }
            else if (child is SdtRow or SdtCell or CustomXmlRow or CustomXmlCell or SdtContentRow or SdtContentCell)
            {
                foreach (var nested in Unwrap<T>(child))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string CellTextOf(TableCell cell)
    {
        var sb = new StringBuilder();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            // Paragraphs inside text boxes are read with the paragraph that holds them.
            if (paragraph.Ancestors<Paragraph>().Any())
            {
                continue;
            }
            var text = ParagraphText(paragraph);
            if (text.Trim().Length == 0)
            {
                continue;
            }
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }
            if (paragraph.ParagraphProperties?.NumberingProperties is not null && !text.TrimStart().StartsWith('•'))
            {
                sb.Append("• ");
            }
            sb.Append(text);
        }
        return CellText.Clean(sb.ToString());
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        Append(paragraph, sb);
        return sb.ToString();
    }

    private static void Append(OpenXmlElement element, StringBuilder sb)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text text:
                    sb.Append(text.Text);
                    break;
                case TabChar:
                    sb.Append(' ');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case NoBreakHyphen:
                    sb.Append('-');
                    break;
                // The fallback repeats the chosen content for old readers; deleted text is not in the document.
                case AlternateContentFallback or DeletedRun or MoveFromRun or ParagraphProperties or RunProperties:
                    break;
                default:
                    Append(child, sb);
                    break;
            }
        }
    }
}
