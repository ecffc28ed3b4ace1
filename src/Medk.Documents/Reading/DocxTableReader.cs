using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace Medk.Documents.Reading;

/// <summary>
/// Reads the body of a Word document (from any writer: Word, LibreOffice, Р7-Офис, МойОфис) as paragraphs and
/// tables, straight from the XML so that every spelling the standard allows is understood (on/off values as
/// «true», «1», «on» or no value at all; see <see cref="OnOff"/>). What is read is what a reader sees:
/// automatic numbering as its label (<see cref="DocxNumbering"/>), tracked insertions kept and deletions
/// dropped, fields by their result, text of hyperlinks and content controls, hidden text left out. Tables
/// become grids: a cell spanning several grid columns (gridSpan) or continued down (vMerge) has its text
/// repeated in the cells it covers, marked as such; rows marked to repeat on every page (tblHeader) are
/// flagged; a table nested in a cell is flattened into the cell's text.
/// </summary>
internal sealed class DocxTableReader
{
    private readonly XNamespace _w;
    private readonly DocxNumbering _numbering;

    /// <summary>Open complex fields (w:fldChar), innermost last: true while in the field's instruction, before its result.</summary>
    private readonly Stack<bool> _fields = new();

    private int _rowCounter;

    private DocxTableReader(XNamespace w, DocxNumbering numbering)
    {
        _w = w;
        _numbering = numbering;
    }

    public static RawDocument Read(ZipArchive zip)
    {
        var main = PackageXml.Related(zip, "", "officeDocument", Messages.NotDocx) ?? "word/document.xml";
        var document = PackageXml.Load(zip, main, Messages.NotDocx) ?? throw new RoadmapImportException(Messages.NotDocx, RoadmapImportFailure.Damaged);
        var root = document.Root ?? throw new RoadmapImportException(Messages.NotDocx, RoadmapImportFailure.Damaged);
        // Transitional and strict OOXML differ only in the namespace; the document's own is used throughout.
        var w = root.Name.Namespace;
        var body = root.Element(w + "body") ?? throw new RoadmapImportException(Messages.NotDocx, RoadmapImportFailure.Damaged);
        var styles = new DocxStyles(LoadRelated(zip, main, "styles"), w);
        var numbering = new DocxNumbering(LoadRelated(zip, main, "numbering"), styles, w);
        var blocks = new List<Block>();
        new DocxTableReader(w, numbering).Collect(body, blocks);
        return new RawDocument(blocks);
    }

    private static XDocument? LoadRelated(ZipArchive zip, string main, string type) =>
        PackageXml.Related(zip, main, type, Messages.NotDocx) is { } path ? PackageXml.Load(zip, path, Messages.NotDocx) : null;

    private void Collect(XElement container, List<Block> blocks)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name == _w + "p")
            {
                var (label, text) = Paragraph(element);
                blocks.Add(new ParagraphBlock(label is { Length: > 0 } && label != "•" ? Join(label, text) : text));
            }
            else if (element.Name == _w + "tbl")
            {
                blocks.Add(ReadTable(element));
            }
            else if (IsWrapper(element))
            {
                Collect(Content(element), blocks);
            }
        }
    }

    /// <summary>Containers whose children are read as if they stood in their place: content controls, custom XML, tracked insertions.</summary>
    private bool IsWrapper(XElement element) =>
        element.Name == _w + "sdt" || element.Name == _w + "customXml" || element.Name == _w + "ins" || element.Name == _w + "moveTo"
        || element.Name == _w + "smartTag";

    private XElement Content(XElement wrapper) => wrapper.Name == _w + "sdt" ? wrapper.Element(_w + "sdtContent") ?? new XElement("empty") : wrapper;

    private TableBlock ReadTable(XElement table)
    {
        var rows = new List<RawRow>();
        IReadOnlyList<RawCell> above = [];
        foreach (var row in Unwrap(table, "tr"))
        {
            _rowCounter++;
            var properties = row.Element(_w + "trPr");
            // A row deleted with changes tracked is not in the document any more.
            if (properties?.Element(_w + "del") is not null)
            {
                continue;
            }
            var cells = new List<RawCell>();
            var before = Math.Clamp(PackageXml.IntAttr(properties?.Element(_w + "gridBefore"), _w, "val") ?? 0, 0, 64);
            for (var i = 0; i < before; i++)
            {
                cells.Add(new RawCell(""));
            }
            foreach (var cell in Unwrap(row, "tc"))
            {
                var cellProperties = cell.Element(_w + "tcPr");
                var span = Math.Clamp(PackageXml.IntAttr(cellProperties?.Element(_w + "gridSpan"), _w, "val") ?? 1, 1, 64);
                var continues = Continues(cellProperties?.Element(_w + "vMerge"));
                var continuesLeft = Continues(cellProperties?.Element(_w + "hMerge")) && cells.Count > 0;
                var column = cells.Count;
                var text = CellText(cell);
                var origin = continues
                    ? new RawCell(column < above.Count ? above[column].Text : "", CellMerge.FromAbove)
                    : continuesLeft ? cells[^1] with { Merge = CellMerge.FromLeft }
                    : new RawCell(text);
                cells.Add(origin);
                for (var k = 1; k < span; k++)
                {
                    cells.Add(origin with { Merge = continues ? CellMerge.FromAbove : CellMerge.FromLeft });
                }
            }
            var header = properties?.Element(_w + "tblHeader") is { } h && OnOff.IsOn(PackageXml.Attr(h, _w, "val"));
            rows.Add(new RawRow(_rowCounter, cells, header));
            above = cells;
        }
        return new TableBlock(rows);
    }

    /// <summary>vMerge/hMerge without a value, or «continue», continues the cell before; «restart» starts one.</summary>
    private bool Continues(XElement? merge) =>
        merge is not null && !string.Equals(PackageXml.Attr(merge, _w, "val"), "restart", StringComparison.OrdinalIgnoreCase);

    /// <summary>Rows and cells may sit inside content controls, custom XML or tracked insertions; look through them.</summary>
    private IEnumerable<XElement> Unwrap(XElement parent, string name)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name == _w + name)
            {
                yield return child;
            }
            else if (IsWrapper(child))
            {
                foreach (var nested in Unwrap(Content(child), name))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Paragraphs as lines; numbered paragraphs with their label («•» for bullets); nested tables a line per row.</summary>
    private string CellText(XElement cell)
    {
        var lines = new List<string>();
        CollectCellLines(cell, lines);
        return Reading.CellText.Clean(string.Join('\n', lines));
    }

    private void CollectCellLines(XElement container, List<string> lines)
    {
        foreach (var element in container.Elements())
        {
            if (element.Name == _w + "p")
            {
                var (label, text) = Paragraph(element);
                if (text.Trim().Length == 0 && label is not { Length: > 0 } or "•")
                {
                    continue;
                }
                lines.Add(label is null || text.TrimStart().StartsWith('•') ? text : Join(label, text));
            }
            else if (element.Name == _w + "tbl")
            {
                foreach (var row in ReadTable(element).Rows)
                {
                    lines.Add(string.Join(' ', row.Cells.Where(c => c.Merge == CellMerge.None && !c.IsEmpty).Select(c => Reading.CellText.OneLine(c.Text))));
                }
            }
            else if (IsWrapper(element))
            {
                CollectCellLines(Content(element), lines);
            }
        }
    }

    private static string Join(string label, string text) => text.Trim().Length == 0 ? label : label.Length == 0 ? text : label + " " + text.TrimStart();

    /// <summary>The label of the paragraph's numbering (null when not numbered) and its text.</summary>
    private (string? Label, string Text) Paragraph(XElement paragraph)
    {
        var label = _numbering.LabelOf(paragraph, out var resolved);
        // Numbering the document does not define is still a list item: shown as a bullet.
        if (!resolved)
        {
            label = "•";
        }
        var sb = new StringBuilder();
        Append(paragraph, sb);
        EndParagraph();
        return (label, sb.ToString());
    }

    private void Append(XElement element, StringBuilder sb)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name;
            if (name.Namespace != _w)
            {
                // Drawings and VML hold text boxes (w:txbxContent); of mc:AlternateContent the first choice is read, its fallback repeats it.
                if (name.LocalName == "Fallback")
                {
                    continue;
                }
                if (name.LocalName == "AlternateContent")
                {
                    if (child.Elements().FirstOrDefault(e => e.Name.LocalName == "Choice") is { } choice)
                    {
                        Append(choice, sb);
                    }
                    continue;
                }
                if (name.LocalName == "t" && name.NamespaceName.EndsWith("/math", StringComparison.Ordinal))
                {
                    sb.Append(child.Value);
                    continue;
                }
                Append(child, sb);
                continue;
            }
            switch (name.LocalName)
            {
                case "t" when !InInstruction:
                    sb.Append(child.Value);
                    break;
                case "tab" when !InInstruction && element.Name == _w + "r":
                    sb.Append('\t');
                    break;
                case "br" or "cr" when !InInstruction:
                    sb.Append('\n');
                    break;
                case "noBreakHyphen" when !InInstruction:
                    sb.Append('-');
                    break;
                case "fldChar":
                    Field(PackageXml.Attr(child, _w, "fldCharType"));
                    break;
                case "r":
                    if (!Hidden(child))
                    {
                        Append(child, sb);
                    }
                    break;
                case "p":
                    // A paragraph inside a text box is a line of the paragraph that holds it.
                    if (sb.Length > 0 && sb[^1] != '\n')
                    {
                        sb.Append('\n');
                    }
                    Append(child, sb);
                    break;
                case "sdt":
                    Append(Content(child), sb);
                    break;
                // Deleted and moved-away text is not in the document; properties and field codes are not text.
                case "del" or "moveFrom" or "pPr" or "rPr" or "instrText" or "delText" or "delInstrText" or "tbl" or "tab" or "t" or "br" or "cr" or "noBreakHyphen":
                    break;
                default:
                    Append(child, sb);
                    break;
            }
        }
    }

    private bool InInstruction => _fields.Contains(true);

    /// <summary>
    /// A field's result may run over paragraphs (a table of contents), its instruction does not: a field still in
    /// its instruction at a paragraph's end lost its «separate» or «end», and must not hide the rest of the document.
    /// </summary>
    private void EndParagraph()
    {
        if (InInstruction)
        {
            var open = _fields.Count;
            _fields.Clear();
            for (var i = 0; i < open; i++)
            {
                _fields.Push(false);
            }
        }
    }

    private void Field(string? type)
    {
        switch (type)
        {
            case "begin":
                _fields.Push(true);
                break;
            case "separate" when _fields.Count > 0:
                _fields.Pop();
                _fields.Push(false);
                break;
            case "end" when _fields.Count > 0:
                _fields.Pop();
                break;
        }
    }

    /// <summary>Text formatted as hidden (w:vanish) is not shown; «false» and «0» mean it is.</summary>
    private bool Hidden(XElement run) =>
        run.Element(_w + "rPr")?.Element(_w + "vanish") is { } vanish && OnOff.IsOn(PackageXml.Attr(vanish, _w, "val"));
}
