using System.IO.Compression;
using System.Xml.Linq;

namespace Medk.Documents.Reading;

/// <summary>
/// Reads an OpenDocument text (ODT: LibreOffice Writer, Р7-Офис, МойОфис) natively from content.xml:
/// paragraphs, headings and list items before, between and after tables become paragraphs, tables become
/// grids through <see cref="OdfTables"/>, so the same understanding applies as to DOCX. A list item's label is
/// taken when the writer stored it (text:number); otherwise list items in cells read as «•» lines.
/// </summary>
internal static class OdtReader
{
    public static RawDocument Read(ZipArchive zip)
    {
        var content = PackageXml.Load(zip, "content.xml", Messages.NotOdt) ?? throw new RoadmapImportException(Messages.NotOdt, RoadmapImportFailure.Damaged);
        var text = content.Root?.Element(OdfTables.Office + "body")?.Element(OdfTables.Office + "text")
            ?? throw new RoadmapImportException(Messages.NotOdt, RoadmapImportFailure.Damaged);
        var blocks = new List<Block>();
        Collect(text, blocks, new OdfTables());
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
            else if (child.Name == OdfTables.Text + "list" || child.Name == OdfTables.Text + "list-item" || child.Name == OdfTables.Text + "list-header"
                || child.Name == OdfTables.Text + "section")
            {
                Collect(child, blocks, tables);
            }
        }
    }
}
