using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Medk.Documents.Reading;

/// <summary>
/// Parts of an Office or OpenDocument ZIP read as XML, shared by the readers that do not go through the
/// OpenXML SDK. The ZIP has passed <see cref="ZipGuard"/> (sizes checked); DTDs are refused, entities never
/// resolved. A part that is absent is null; a part that is not XML is a damaged file.
/// </summary>
internal static class PackageXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 400_000_000,
    };

    public static ZipArchive Open(byte[] bytes) => new(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);

    public static ZipArchiveEntry? Entry(ZipArchive zip, string path)
    {
        var wanted = Normalize(path);
        return zip.GetEntry(wanted) ?? zip.Entries.FirstOrDefault(e => string.Equals(Normalize(e.FullName), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <param name="damagedMessage">What the person is told when the part is there but is not XML.</param>
    public static XDocument? Load(ZipArchive zip, string path, string damagedMessage)
    {
        if (Entry(zip, path) is not { } entry)
        {
            return null;
        }
        try
        {
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, Settings);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException)
        {
            throw new RoadmapImportException(damagedMessage, RoadmapImportFailure.Damaged, ex);
        }
    }

    /// <summary>
    /// The part a package relationship of the given type points to (type compared by its last segment, so
    /// transitional and strict OOXML both match), as a path inside the ZIP; null when there is none.
    /// </summary>
    public static string? Related(ZipArchive zip, string sourcePath, string typeEnd, string damagedMessage)
    {
        var folder = sourcePath.Contains('/') ? sourcePath[..sourcePath.LastIndexOf('/')] : "";
        var file = sourcePath[(sourcePath.LastIndexOf('/') + 1)..];
        var relsPath = (folder.Length == 0 ? "" : folder + "/") + "_rels/" + file + ".rels";
        var rels = Load(zip, relsPath, damagedMessage);
        var target = rels?.Root?.Elements()
            .Where(r => r.Name.LocalName == "Relationship"
                && ((string?)r.Attribute("Type") ?? "").EndsWith("/" + typeEnd, StringComparison.Ordinal)
                && !string.Equals((string?)r.Attribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase))
            .Select(r => (string?)r.Attribute("Target"))
            .FirstOrDefault(t => !string.IsNullOrEmpty(t));
        if (target is null)
        {
            return null;
        }
        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        if (target.StartsWith('/'))
        {
            return Normalize(target);
        }
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in target.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment != ".")
            {
                parts.Add(segment);
            }
        }
        return string.Join('/', parts);
    }

    /// <summary>The value of an attribute by its local name, whatever prefix the writer chose.</summary>
    public static string? Attr(XElement? element, XNamespace ns, string name) =>
        element?.Attribute(ns + name)?.Value ?? element?.Attributes().FirstOrDefault(a => a.Name.LocalName == name)?.Value;

    public static int? IntAttr(XElement? element, XNamespace ns, string name) =>
        int.TryParse(Attr(element, ns, name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
}
