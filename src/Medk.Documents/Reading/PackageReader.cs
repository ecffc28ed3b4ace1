using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Medk.Documents.Reading;

/// <summary>
/// A ZIP upload: checked by <see cref="ZipGuard"/>, told apart by what it holds (Word, Excel, OpenDocument text
/// or spreadsheet) and given to that format's reader. A new package format is one line in <see cref="Read"/>.
/// Failures are sorted here: a broken archive or part is the file's problem («повреждён»); anything a reader
/// throws on a file that passed those checks is Medk's own failure, reported with an error id.
/// </summary>
internal static class PackageReader
{
    public static RawDocument Read(byte[] bytes, string extension)
    {
        var damaged = extension switch
        {
            ".docx" or ".docm" or ".dotx" => Messages.NotDocx,
            ".xlsx" or ".xlsm" or ".xltx" => Messages.NotXlsx,
            ".odt" or ".ott" => Messages.NotOdt,
            ".ods" or ".ots" => Messages.NotOds,
            _ => Messages.DamagedArchive,
        };
        return ZipGuard.Inspect(bytes, damaged) switch
        {
            PackageKind.Docx => ReadWith(bytes, "этот документ Word (DOCX)", Messages.NotDocx, DocxTableReader.Read),
            PackageKind.Xlsx => ReadWith(bytes, "эту книгу Excel (XLSX)", Messages.NotXlsx, _ => XlsxTableReader.Read(new MemoryStream(bytes, false))),
            PackageKind.Odt => ReadWith(bytes, "этот документ OpenDocument (ODT)", Messages.NotOdt, OdtReader.Read),
            PackageKind.Ods => ReadWith(bytes, "эту таблицу OpenDocument (ODS)", Messages.NotOds, OdsReader.Read),
            _ => throw new RoadmapImportException(damaged == Messages.DamagedArchive ? Messages.UnknownArchive : damaged),
        };
    }

    internal static RawDocument ReadWith(byte[] bytes, string format, string damaged, Func<ZipArchive, RawDocument> read)
    {
        try
        {
            using var zip = PackageXml.Open(bytes);
            return read(zip);
        }
        catch (RoadmapImportException)
        {
            throw;
        }
        // A part that does not inflate, is not XML, or a package the SDK finds incomplete: the file is broken.
        catch (Exception ex) when (ex is InvalidDataException or XmlException or OpenXmlPackageException)
        {
            throw new RoadmapImportException(damaged, RoadmapImportFailure.Damaged, ex);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            throw RoadmapImportException.ReaderFailed(format, ex);
        }
    }
}
