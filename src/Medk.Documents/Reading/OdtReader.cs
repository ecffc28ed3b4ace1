using System.IO.Compression;
using System.Xml.Linq;

namespace Medk.Documents.Reading;

/// <summary>
/// Reads an OpenDocument text (ODT: LibreOffice Writer, Р7-Офис, МойОфис) natively from content.xml:
/// paragraphs, headings and list items before, between and after tables become paragraphs, tables become
/// grids through <see cref="OdfTables"/>, so the same understanding applies as to DOCX. List items carry the label
/// their list style draws (<see cref="OdfListNumbering"/>), so a № column numbered by a list keeps its numbers.
/// </summary>
internal static class OdtReader
{
    public static RawDocument Read(ZipArchive zip)
    {
        var content = PackageXml.Load(zip, "content.xml", Messages.NotOdt) ?? throw new RoadmapImportException(Messages.NotOdt, RoadmapImportFailure.Damaged);
        var text = content.Root?.Element(OdfTables.Office + "body")?.Element(OdfTables.Office + "text")
            ?? throw new RoadmapImportException(Messages.NotOdt, RoadmapImportFailure.Damaged);
        var numbering = new OdfListNumbering(content, PackageXml.Load(zip, "styles.xml", Messages.NotOdt));
        var blocks = new List<Block>();
        Collect(text, blocks, new OdfTables(numbering: numbering));
        return new RawDocument(blocks);
    }

    private static void Collect(XElement container, List<Block> blocks, OdfTables tables)
    {
        foreach (var child in container.Elements())
        {
            if (child.Name == OdfTables.Text + "p" || child.Name == OdfTables.Text + "h")
            {
                var label = child.Element(OdfTables.Text + "number")?.Value.Trim();
                var text = OdfTables.ParagraphText(child);
                blocks.Add(new ParagraphBlock(string.IsNullOrEmpty(label) ? text : label + " " + text.TrimStart()));
            }
            else if (child.Name == OdfTables.Table + "table")
            {
                blocks.Add(tables.Read(child));
            }
            else if (child.Name == OdfTables.Text + "list")
            {
                // A bullet is layout, not text; a number is what the reader sees («1. Утвердить…»).
                foreach (var (label, paragraph) in tables.ListParagraphs(child))
                {
                    var text = OdfTables.ParagraphText(paragraph);
                    blocks.Add(new ParagraphBlock(label is null or "•" ? text : OdfTables.Join(label, text)));
                }
            }
            else if (child.Name == OdfTables.Text + "section")
            {
                Collect(child, blocks, tables);
            }
        }
    }
}
