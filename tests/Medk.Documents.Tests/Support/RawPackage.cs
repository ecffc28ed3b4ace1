using System.IO.Compression;
using System.Text;
using Medk.Documents.Reading;

namespace Medk.Documents.Tests.Support;

/// <summary>
/// Packages written from XML text, for spellings no SDK writes: LibreOffice's «true», Word's numbering.xml,
/// OpenDocument's content.xml. Parts are given by path; the minimal package parts are added.
/// </summary>
public static class RawPackage
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] Zip(params (string Path, string Text)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in parts)
            {
                using var entry = zip.CreateEntry(path).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        }
        return stream.ToArray();
    }

    /// <summary>A Word document whose body is <paramref name="body"/> (w: prefix bound), with numbering and styles when given.</summary>
    public static byte[] Docx(string body, string? numbering = null, string? styles = null)
    {
        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", Rels(("officeDocument", "word/document.xml"))),
            ("word/document.xml", $"<?xml version=\"1.0\"?><w:document xmlns:w=\"{W}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>{body}</w:body></w:document>"),
        };
        var related = new List<(string, string)>();
        if (numbering is not null)
        {
            parts.Add(("word/numbering.xml", $"<?xml version=\"1.0\"?><w:numbering xmlns:w=\"{W}\">{numbering}</w:numbering>"));
            related.Add(("numbering", "numbering.xml"));
        }
        if (styles is not null)
        {
            parts.Add(("word/styles.xml", $"<?xml version=\"1.0\"?><w:styles xmlns:w=\"{W}\">{styles}</w:styles>"));
            related.Add(("styles", "styles.xml"));
        }
        parts.Add(("word/_rels/document.xml.rels", Rels([.. related])));
        return Zip([.. parts]);
    }

    /// <summary>An OpenDocument package of the given kind («text», «spreadsheet») whose office:body holds <paramref name="body"/>.</summary>
    public static byte[] Odf(string kind, string body, string automaticStyles = "") => Zip(
        ("mimetype", "application/vnd.oasis.opendocument." + kind),
        ("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"),
        ("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            + "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\">"
            + $"<office:automatic-styles>{automaticStyles}</office:automatic-styles><office:body><office:{kind}>{body}</office:{kind}></office:body></office:document-content>"));

    internal static RawDocument ReadDocx(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return DocxTableReader.Read(zip);
    }

    internal static RawDocument Read(byte[] bytes, Func<ZipArchive, RawDocument> reader)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes));
        return reader(zip);
    }

    /// <summary>A paragraph of plain text.</summary>
    public static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>A paragraph numbered by list <paramref name="numId"/> at level <paramref name="level"/>, with optional text.</summary>
    public static string Numbered(int numId, int level, string text = "") =>
        $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"{numId}\"/></w:numPr></w:pPr>{(text.Length > 0 ? $"<w:r><w:t>{text}</w:t></w:r>" : "")}</w:p>";

    private static string Rels(params (string Type, string Target)[] relations) =>
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relations.Select((r, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";
}
