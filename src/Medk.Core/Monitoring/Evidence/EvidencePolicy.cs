using System.IO.Compression;
using Medk.Core.Common;

namespace Medk.Core.Monitoring.Evidence;

/// <summary>What a confirming document (подтверждающий документ) is, told by its content.</summary>
public enum EvidenceKind
{
    Pdf,
    Word,
    Excel,
    PowerPoint,
    OpenDocument,
    Image,
    Archive,
}

/// <summary>
/// Which files may be attached as proof: documents, images and archives, judged by their first bytes and
/// not by their name, so that an .exe renamed .pdf is refused. The name's extension must agree with the content.
/// </summary>
public static class EvidencePolicy
{
    public const long MaxFileBytes = 20L * 1024 * 1024;
    public const int MaxFilesPerReport = 20;
    public const int FileNameMaxLength = 255;

    /// <summary>How many first bytes <see cref="Check"/> needs; OOXML packages are inspected as a whole.</summary>
    public const int HeadLength = 8;

    private static readonly Dictionary<string, EvidenceKind> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = EvidenceKind.Pdf,
        [".docx"] = EvidenceKind.Word,
        [".xlsx"] = EvidenceKind.Excel,
        [".pptx"] = EvidenceKind.PowerPoint,
        [".odt"] = EvidenceKind.OpenDocument,
        [".ods"] = EvidenceKind.OpenDocument,
        [".odp"] = EvidenceKind.OpenDocument,
        [".png"] = EvidenceKind.Image,
        [".jpg"] = EvidenceKind.Image,
        [".jpeg"] = EvidenceKind.Image,
        [".gif"] = EvidenceKind.Image,
        [".zip"] = EvidenceKind.Archive,
        [".7z"] = EvidenceKind.Archive,
        [".rar"] = EvidenceKind.Archive,
    };

    public static string AllowedList => "PDF, DOCX, XLSX, PPTX, ODT/ODS, PNG, JPG, GIF, ZIP, 7Z, RAR";

    /// <summary>The kind of the file, or a <see cref="DomainException"/> on the "files" field saying why it is refused.</summary>
    public static EvidenceKind Check(string fileName, byte[] content)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length is 0 or > FileNameMaxLength)
        {
            throw new DomainException("У файла нет имени или оно длиннее 255 символов.", "files");
        }
        if (content.Length == 0)
        {
            throw new DomainException($"Файл «{name}» пуст.", "files");
        }
        if (content.LongLength > MaxFileBytes)
        {
            throw new DomainException($"Файл «{name}» больше {MaxFileBytes / 1024 / 1024} МБ.", "files");
        }
        if (!Extensions.TryGetValue(Path.GetExtension(name), out var claimed))
        {
            throw new DomainException($"Файлы такого типа не принимаются («{name}»). Можно: {AllowedList}.", "files");
        }
        var actual = Sniff(content);
        if (actual != claimed)
        {
            throw new DomainException($"Содержимое файла «{name}» не соответствует его расширению: файл отклонён.", "files");
        }
        return claimed;
    }

    private static EvidenceKind? Sniff(byte[] c)
    {
        var s = c.AsSpan();
        if (s.StartsWith("%PDF-"u8))
        {
            return EvidenceKind.Pdf;
        }
        if (s.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || s.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || s.StartsWith("GIF87a"u8) || s.StartsWith("GIF89a"u8))
        {
            return EvidenceKind.Image;
        }
        if (s.StartsWith((ReadOnlySpan<byte>)[(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C]) || s.StartsWith("Rar!\u001A\u0007"u8))
        {
            return EvidenceKind.Archive;
        }
        if (s.StartsWith("PK\u0003\u0004"u8) || s.StartsWith("PK\u0005\u0006"u8))
        {
            return Package(c);
        }
        return null;
    }

    /// <summary>A ZIP is an Office document when it has the parts of one; otherwise it is an archive.</summary>
    private static EvidenceKind? Package(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("[Content_Types].xml"))
            {
                return names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase)) ? EvidenceKind.Word
                    : names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)) ? EvidenceKind.Excel
                    : names.Any(n => n.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase)) ? EvidenceKind.PowerPoint
                    : EvidenceKind.Archive;
            }
            return names.Contains("mimetype") && names.Contains("content.xml") ? EvidenceKind.OpenDocument : EvidenceKind.Archive;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public static string ContentType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ".odt" => "application/vnd.oasis.opendocument.text",
        ".ods" => "application/vnd.oasis.opendocument.spreadsheet",
        ".odp" => "application/vnd.oasis.opendocument.presentation",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".zip" => "application/zip",
        ".7z" => "application/x-7z-compressed",
        ".rar" => "application/vnd.rar",
        _ => "application/octet-stream",
    };
}
