using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Medk.Documents.Tests.Support;

/// <summary>A cell of a fixture table: text (paragraphs by lines), spans and merges, list paragraphs.</summary>
public sealed record C(string Text = "", int Span = 1, bool MergeStart = false, bool MergeContinue = false, bool ListItems = false)
{
    public static implicit operator C(string text) => new(text);

    public static C Across(string text, int span) => new(text, Span: span);

    public static C Down(string text) => new(text, MergeStart: true);

    public static C Continued() => new(MergeContinue: true);

    /// <summary>The first line a plain paragraph, the others numbered list paragraphs.</summary>
    public static C List(params string[] lines) => new(string.Join("\n", lines), ListItems: true);
}

/// <summary>Builds small Word documents for tests with the OpenXML SDK.</summary>
public sealed class DocxBuilder
{
    private readonly Body _body = new();

    public DocxBuilder Paragraph(string text = "")
    {
        var paragraph = new Paragraph();
        if (text.Length > 0)
        {
            paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        _body.Append(paragraph);
        return this;
    }

    public DocxBuilder Table(Action<TableBuilder> build)
    {
        var builder = new TableBuilder();
        build(builder);
        _body.Append(builder.Table);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document((Body)_body.CloneNode(true));
        }
        return stream.ToArray();
    }
}

public sealed class TableBuilder
{
    public Table Table { get; } = new(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));

    /// <summary>A header row marked to repeat on every page.</summary>
    public TableBuilder Header(params C[] cells) => Add(cells, header: true);

    public TableBuilder Row(params C[] cells) => Add(cells, header: false);

    private TableBuilder Add(C[] cells, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }
        foreach (var cell in cells)
        {
            row.Append(Cell(cell));
        }
        Table.Append(row);
        return this;
    }

    private static TableCell Cell(C spec)
    {
        var properties = new TableCellProperties();
        if (spec.Span > 1)
        {
            properties.Append(new GridSpan { Val = spec.Span });
        }
        if (spec.MergeStart)
        {
            properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        }
        if (spec.MergeContinue)
        {
            properties.Append(new VerticalMerge());
        }
        var cell = new TableCell(properties);
        var lines = spec.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var paragraph = new Paragraph();
            if (spec.ListItems && i > 0)
            {
                paragraph.Append(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })));
            }
            if (lines[i].Length > 0)
            {
                paragraph.Append(new Run(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve }));
            }
            cell.Append(paragraph);
        }
        return cell;
    }
}
