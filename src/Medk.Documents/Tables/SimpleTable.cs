using Medk.Documents.Reading;

namespace Medk.Documents.Tables;

/// <summary>One non-empty row of a simple table: its row number in the file (as a person sees it) and its cell texts.</summary>
public sealed record TableRow(int Number, IReadOnlyList<string> Cells)
{
    public string this[int index] => index >= 0 && index < Cells.Count ? Cells[index] : "";
}

/// <summary>
/// Reads a plain table (a header row and data rows, as in import templates of profiles and surveys) from XLSX or
/// CSV with the same readers the roadmap import uses, so cells read the same way. A file that is neither, or is
/// damaged, is a <see cref="RoadmapImportException"/> with a Russian message.
/// </summary>
public static class SimpleTable
{
    public const int MaxFileSize = 50 * 1024 * 1024;

    public static IReadOnlyList<TableRow> Read(Stream content, string? fileName)
    {
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        if (buffer.Length == 0)
        {
            throw new RoadmapImportException(Messages.Empty);
        }
        if (buffer.Length > MaxFileSize)
        {
            throw new RoadmapImportException(Messages.TooLarge);
        }
        var bytes = buffer.ToArray();
        RawDocument document;
        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            if (ZipGuard.Inspect(bytes, Messages.NotXlsx) != PackageKind.Xlsx)
            {
                throw new RoadmapImportException("Ожидается таблица XLSX или CSV.");
            }
            try
            {
                document = XlsxTableReader.Read(new MemoryStream(bytes, false));
            }
            catch (Exception ex) when (ex is not RoadmapImportException and not OutOfMemoryException)
            {
                throw new RoadmapImportException(Messages.NotXlsx, ex);
            }
        }
        else
        {
            var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
            if (extension is ".xls" or ".xlsx" or ".docx" or ".doc" or ".pdf")
            {
                throw new RoadmapImportException("Ожидается таблица XLSX или CSV.");
            }
            document = CsvTableReader.Read(TextDecoder.Decode(bytes));
        }
        var table = document.Blocks.OfType<TableBlock>().FirstOrDefault();
        return table is null
            ? []
            : table.Rows.Where(r => !r.IsEmpty).Select(r => new TableRow(r.SourceRow, r.Cells.Select(c => c.Text).ToList())).ToList();
    }
}
