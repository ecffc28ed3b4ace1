using System.IO.Compression;
using System.Xml.Linq;

namespace Medk.Documents.Reading;

/// <summary>
/// Reads an OpenDocument spreadsheet (ODS) natively from content.xml: every sheet through
/// <see cref="OdfTables"/>, cells by their values (numbers, dates as dd.MM.yyyy) like XLSX, then the sheet that
/// holds the roadmap is chosen and split into preamble and table by <see cref="SheetLayout"/>.
/// </summary>
internal static class OdsReader
{
    public static RawDocument Read(ZipArchive zip)
    {
        var content = PackageXml.Load(zip, "content.xml", Messages.NotOds) ?? throw new RoadmapImportException(Messages.NotOds, RoadmapImportFailure.Damaged);
        var root = content.Root;
        var spreadsheet = root?.Element(OdfTables.Office + "body")?.Element(OdfTables.Office + "spreadsheet")
            ?? throw new RoadmapImportException(Messages.NotOds, RoadmapImportFailure.Damaged);
        var hiddenStyles = root!.Element(OdfTables.Office + "automatic-styles")?.Elements(OdfTables.Style + "style")
            .Where(s => PackageXml.Attr(s.Element(OdfTables.Style + "table-properties"), OdfTables.Table, "display") is { } display && !OnOff.IsOn(display))
            .Select(s => PackageXml.Attr(s, OdfTables.Style, "name"))
            .ToHashSet() ?? [];
        var tables = new OdfTables(OdfTables.SpreadsheetValue);
        var sheets = spreadsheet.Elements(OdfTables.Table + "table")
            .Select(t => new SheetGrid(tables.Read(t, ownNumbering: true).Rows, hiddenStyles.Contains(PackageXml.Attr(t, OdfTables.Table, "style-name"))))
            .ToList();
        return SheetLayout.Choose(sheets);
    }
}
