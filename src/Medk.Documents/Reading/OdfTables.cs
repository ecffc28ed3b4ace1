using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Medk.Documents.Reading;

/// <summary>
/// What ODT and ODS share: the text of paragraphs (text:span, text:s, text:tab, text:line-break, links; notes
/// and annotations left out) and the table model of content.xml read into the same grid as DOCX and XLSX.
/// A cell spanning columns or rows (number-columns-spanned, number-rows-spanned) repeats its text in the
/// covered cells (table:covered-table-cell), marked as merged; repeated rows and cells (number-rows-repeated,
/// number-columns-repeated) are repeated, except that the huge runs of empty rows and columns spreadsheets end
/// with are capped. Rows under table:table-header-rows are flagged as the repeated header.
/// </summary>
internal sealed class OdfTables(Func<XElement, string?>? cellValue = null, OdfListNumbering? numbering = null)
{
    public static readonly XNamespace Office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    public static readonly XNamespace Table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    public static readonly XNamespace Text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    public static readonly XNamespace Style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";

    public const int MaxRows = 50_000;
    public const int MaxColumns = 64;

    /// <summary>Empty rows repeated more than this are read as this many: they only separate, and sheets end with a million.</summary>
    private const int MaxEmptyRepeat = 2;

    private int _rowCounter;

    /// <summary>A table's rows. Row numbers continue across tables of one document unless <paramref name="ownNumbering"/> (a sheet's rows count from 1).</summary>
    public TableBlock Read(XElement table, bool ownNumbering = false)
    {
        if (ownNumbering)
        {
            _rowCounter = 0;
        }
        var rows = new List<RawRow>();
        var covers = new Dictionary<(int Row, int Column), RawCell>();
        foreach (var (row, header) in Rows(table, false))
        {
            var repeat = Math.Max(PackageXml.IntAttr(row, Table, "number-rows-repeated") ?? 1, 1);
            var cells = ReadRow(row, rows.Count, covers);
            if (cells.All(c => c.IsEmpty))
            {
                repeat = Math.Min(repeat, MaxEmptyRepeat);
            }
            for (var i = 0; i < repeat && rows.Count < MaxRows; i++)
            {
                _rowCounter++;
                rows.Add(new RawRow(_rowCounter, i == 0 ? cells : ReadRow(row, rows.Count, covers), header));
            }
            if (rows.Count >= MaxRows)
            {
                break;
            }
        }
        return new TableBlock(Rectangular(rows));
    }

    private IEnumerable<(XElement Row, bool Header)> Rows(XElement container, bool header)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == Table + "table-row")
            {
                yield return (child, header);
            }
            else if (child.Name == Table + "table-header-rows" || child.Name == Table + "table-rows" || child.Name == Table + "table-row-group")
            {
                foreach (var nested in Rows(child, header || child.Name == Table + "table-header-rows"))
                {
                    yield return nested;
                }
            }
        }
    }

    private List<RawCell> ReadRow(XElement row, int rowIndex, Dictionary<(int Row, int Column), RawCell> covers)
    {
        var cells = new List<RawCell>();
        foreach (var cell in row.Elements())
        {
            var covered = cell.Name == Table + "covered-table-cell";
            if (!covered && cell.Name != Table + "table-cell")
            {
                continue;
            }
            var repeat = Math.Max(PackageXml.IntAttr(cell, Table, "number-columns-repeated") ?? 1, 1);
            var text = covered ? "" : CellText.Clean(cellValue?.Invoke(cell) ?? TextOf(cell));
            for (var i = 0; i < repeat && cells.Count < MaxColumns; i++)
            {
                var column = cells.Count;
                if (covered)
                {
                    cells.Add(covers.Remove((rowIndex, column), out var cover) ? cover : new RawCell(""));
                    continue;
                }
                cells.Add(new RawCell(text));
                var across = Math.Clamp(PackageXml.IntAttr(cell, Table, "number-columns-spanned") ?? 1, 1, MaxColumns);
                var down = Math.Clamp(PackageXml.IntAttr(cell, Table, "number-rows-spanned") ?? 1, 1, 10_000);
                for (var r = 0; r < down; r++)
                {
                    for (var c = 0; c < across; c++)
                    {
                        if (r > 0 || c > 0)
                        {
                            covers[(rowIndex + r, column + c)] = new RawCell(text, r == 0 ? CellMerge.FromLeft : CellMerge.FromAbove);
                        }
                    }
                }
            }
            if (cells.Count >= MaxColumns)
            {
                break;
            }
        }
        return cells;
    }

    /// <summary>Trailing empty cells and rows dropped, every row as wide as the widest.</summary>
    private static List<RawRow> Rectangular(List<RawRow> rows)
    {
        while (rows.Count > 0 && rows[^1].IsEmpty)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count - r.Cells.Reverse().TakeWhile(c => c.IsEmpty).Count());
        return rows.Select(r => new RawRow(r.SourceRow, Enumerable.Range(0, width).Select(i => i < r.Cells.Count ? r.Cells[i] : new RawCell("")).ToList(), r.MarkedAsHeader)).ToList();
    }

    /// <summary>The paragraphs of a cell as lines; list items with their labels, or «•» when the list style is unknown.</summary>
    public string TextOf(XElement container)
    {
        var lines = new List<string>();
        Lines(container, lines);
        return string.Join('\n', lines);
    }

    private void Lines(XElement container, List<string> lines)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == Text + "p" || child.Name == Text + "h")
            {
                var text = ParagraphText(child);
                if (text.Trim().Length > 0)
                {
                    lines.Add(text);
                }
            }
            else if (child.Name == Text + "list")
            {
                foreach (var (label, paragraph) in ListParagraphs(child))
                {
                    var text = ParagraphText(paragraph);
                    if (text.Trim().Length > 0 || label is { Length: > 0 } and not "•")
                    {
                        lines.Add(label is null || text.TrimStart().StartsWith('•') ? text : Join(label, text));
                    }
                }
            }
            else if (child.Name == Text + "section")
            {
                Lines(child, lines);
            }
            else if (child.Name == Table + "table")
            {
                // A table nested in a cell: a line per row.
                foreach (var row in new OdfTables(cellValue, numbering).Read(child).Rows)
                {
                    lines.Add(string.Join(' ', row.Cells.Where(c => c.Merge == CellMerge.None && !c.IsEmpty).Select(c => CellText.OneLine(c.Text))));
                }
            }
        }
    }

    /// <summary>
    /// The paragraphs of a list in order, each with its item's label (only the first paragraph of an item has one;
    /// «•» when the list style is unknown, "" when it draws nothing).
    /// </summary>
    public IEnumerable<(string? Label, XElement Paragraph)> ListParagraphs(XElement list) =>
        Items(list, numbering?.Begin(list), 1);

    private IEnumerable<(string? Label, XElement Paragraph)> Items(XElement list, OdfListNumbering.Counter? counter, int depth)
    {
        foreach (var item in list.Elements())
        {
            var numbered = item.Name == Text + "list-item";
            if (!numbered && item.Name != Text + "list-header")
            {
                continue;
            }
            var first = numbered;
            foreach (var child in item.Elements())
            {
                if (child.Name == Text + "p" || child.Name == Text + "h")
                {
                    var label = first ? (counter is null ? null : numbering!.Next(counter, depth, item)) ?? "•" : null;
                    first = false;
                    yield return (label, child);
                }
                else if (child.Name == Text + "list")
                {
                    foreach (var nested in Items(child, counter, depth + 1))
                    {
                        yield return nested;
                    }
                }
            }
        }
    }

    public static string Join(string label, string text) => text.Trim().Length == 0 ? label : label.Length == 0 ? text : label + " " + text.TrimStart();

    /// <summary>The text of one text:p or text:h as shown: spaces and tabs as written, line breaks as new lines.</summary>
    public static string ParagraphText(XElement paragraph)
    {
        var sb = new StringBuilder();
        Append(paragraph, sb);
        return sb.ToString();
    }

    private static void Append(XElement element, StringBuilder sb)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                // Outside text:s, white space in ODF collapses like in HTML; new lines in the XML are not line breaks.
                sb.Append(text.Value.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' '));
                continue;
            }
            if (node is not XElement child)
            {
                continue;
            }
            if (child.Name == Text + "s")
            {
                sb.Append(' ', Math.Clamp(PackageXml.IntAttr(child, Text, "c") ?? 1, 1, 8));
            }
            else if (child.Name == Text + "tab")
            {
                sb.Append('\t');
            }
            else if (child.Name == Text + "line-break")
            {
                sb.Append('\n');
            }
            else if (child.Name == Text + "note" || child.Name == Office + "annotation" || child.Name == Text + "tracked-changes"
                || child.Name == Text + "number" || child.Name.LocalName is "desc" or "title")
            {
                // Footnotes, comments and deleted text are not the paragraph's text; a list label is added by the caller.
            }
            else
            {
                Append(child, sb);
            }
        }
    }

    /// <summary>A cell's value as a spreadsheet shows it; numbers and dates from their values, as the XLSX reader does.</summary>
    public static string? SpreadsheetValue(XElement cell)
    {
        var type = PackageXml.Attr(cell, Office, "value-type");
        switch (type)
        {
            case "float":
                return double.TryParse(PackageXml.Attr(cell, Office, "value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                    ? number.ToString("0.##########", CultureInfo.InvariantCulture)
                    : null;
            case "date":
                var value = PackageXml.Attr(cell, Office, "date-value");
                return value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
                    : null;
            case "boolean":
                return PackageXml.Attr(cell, Office, "boolean-value") is { } b ? (OnOff.IsOn(b) ? "да" : "нет") : null;
            default:
                return null;
        }
    }
}
