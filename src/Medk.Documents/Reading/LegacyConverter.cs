namespace Medk.Documents.Reading;

/// <summary>An Office 97–2003 or RTF file as told by its content, and the modern format it is converted to.</summary>
public enum LegacyFormat
{
    /// <summary>Word 97–2003 (OLE2 compound file with a WordDocument stream) → DOCX.</summary>
    Doc,

    /// <summary>Excel 97–2003 (OLE2 compound file with a Workbook or Book stream) → XLSX.</summary>
    Xls,

    /// <summary>Rich Text Format → DOCX.</summary>
    Rtf,
}

/// <summary>
/// Turns a legacy document into DOCX or XLSX bytes. Problems end in a <see cref="RoadmapImportException"/> with a
/// message for a person. The importer takes it as a dependency so that a server without LibreOffice, and tests
/// with and without it, decide what happens.
/// </summary>
public interface ILegacyConverter
{
    /// <returns>DOCX for <see cref="LegacyFormat.Doc"/> and <see cref="LegacyFormat.Rtf"/>, XLSX for <see cref="LegacyFormat.Xls"/>.</returns>
    byte[] Convert(byte[] source, LegacyFormat format);
}

/// <summary>Tells DOC, XLS and RTF by their bytes: the name of an upload is often wrong (.doc saved as RTF is common).</summary>
internal static class LegacyDetector
{
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool IsOle2(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Ole2);

    public static bool IsRtf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("{\\rtf"u8);

    /// <summary>
    /// Null for an OLE2 file that is neither Word nor Excel (PowerPoint, Outlook, an installer). The directory
    /// entries of a compound file are 128 bytes each and sit on 128-byte boundaries after the 512-byte header
    /// whatever the sector size, so the stream names can be found without following the sector chains.
    /// </summary>
    public static LegacyFormat? Ole2Kind(ReadOnlySpan<byte> bytes)
    {
        for (var at = 512; at + 128 <= bytes.Length; at += 128)
        {
            var entry = bytes.Slice(at, 128);
            // Byte 66 is the object type: 2 is a stream. Bytes 64–65 are the name's length in bytes with its NUL.
            if (entry[66] != 2)
            {
                continue;
            }
            var nameBytes = entry[64] | entry[65] << 8;
            if (nameBytes is < 2 or > 64)
            {
                continue;
            }
            var name = System.Text.Encoding.Unicode.GetString(entry[..(nameBytes - 2)]);
            if (name == "WordDocument")
            {
                return LegacyFormat.Doc;
            }
            if (name is "Workbook" or "Book")
            {
                return LegacyFormat.Xls;
            }
        }
        return null;
    }
}
