using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Medk.Documents.Reading;

internal enum PackageKind
{
    Docx,
    Xlsx,
    Odt,
    Ods,
    Unknown,
}

/// <summary>
/// Looks inside a ZIP before the OpenXML SDK does: refuses truncated archives, archives with too many parts,
/// and zip bombs. Declared sizes are checked first (cheap), then every entry is inflated with a byte budget,
/// because a crafted archive can lie in its headers.
/// </summary>
internal static partial class ZipGuard
{
    public const long MaxTotalUncompressed = 200L * 1024 * 1024;
    public const int MaxEntries = 2000;
    public const double MaxRatio = 200;

    /// <summary>Entries smaller than this may compress as well as they like (XML of empty parts does).</summary>
    private const long RatioFloor = 1024 * 1024;

    public static PackageKind Inspect(byte[] bytes, string damagedMessage)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            var entries = zip.Entries;
            if (entries.Count > MaxEntries)
            {
                throw new RoadmapImportException(Messages.TooManyEntries);
            }
            long declared = 0;
            foreach (var entry in entries)
            {
                declared += entry.Length;
                if (declared > MaxTotalUncompressed || entry.Length > RatioFloor && entry.Length > MaxRatio * Math.Max(entry.CompressedLength, 1))
                {
                    throw new RoadmapImportException(Messages.ZipBomb);
                }
            }
            InflateWithinBudget(entries);
            return Classify(entries);
        }
        catch (RoadmapImportException)
        {
            throw;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            throw new RoadmapImportException(damagedMessage, RoadmapImportFailure.Damaged, ex);
        }
    }

    private static void InflateWithinBudget(IReadOnlyCollection<ZipArchiveEntry> entries)
    {
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in entries)
        {
            using var stream = entry.Open();
            long inflated = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                inflated += read;
                total += read;
                if (total > MaxTotalUncompressed || inflated > RatioFloor && inflated > MaxRatio * Math.Max(entry.CompressedLength, 1))
                {
                    throw new RoadmapImportException(Messages.ZipBomb);
                }
            }
        }
    }

    private static PackageKind Classify(IEnumerable<ZipArchiveEntry> entries)
    {
        var names = entries.Select(e => e.FullName.Replace('\\', '/').TrimStart('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!names.Contains("[Content_Types].xml"))
        {
            return OpenDocumentKind(entries, names);
        }
        if (names.Any(n => n.StartsWith("word/", StringComparison.OrdinalIgnoreCase)))
        {
            return PackageKind.Docx;
        }
        if (names.Any(n => n.StartsWith("xl/", StringComparison.OrdinalIgnoreCase)))
        {
            return PackageKind.Xlsx;
        }
        return PackageKind.Unknown;
    }

    /// <summary>
    /// OpenDocument names its kind in the «mimetype» entry (or, from writers that leave that out, in the manifest's
    /// entry for «/»); content.xml holds the body.
    /// </summary>
    private static PackageKind OpenDocumentKind(IEnumerable<ZipArchiveEntry> entries, HashSet<string> names)
    {
        if (!names.Contains("content.xml"))
        {
            return PackageKind.Unknown;
        }
        var mimetype = entries.FirstOrDefault(e => e.FullName == "mimetype");
        string? kind = null;
        if (mimetype is { Length: <= 200 })
        {
            using var reader = new StreamReader(mimetype.Open());
            kind = reader.ReadToEnd();
        }
        else if (entries.FirstOrDefault(e => e.FullName == "META-INF/manifest.xml") is { } manifest)
        {
            using var reader = new StreamReader(manifest.Open());
            var root = ManifestRootEntry().Match(reader.ReadToEnd());
            kind = root.Success ? MediaType().Match(root.Value).Groups[1].Value : null;
        }
        return kind?.Trim() switch
        {
            "application/vnd.oasis.opendocument.text" or "application/vnd.oasis.opendocument.text-template" => PackageKind.Odt,
            "application/vnd.oasis.opendocument.spreadsheet" or "application/vnd.oasis.opendocument.spreadsheet-template" => PackageKind.Ods,
            _ => PackageKind.Unknown,
        };
    }

    [GeneratedRegex(@"<[^>]*full-path=""/""[^>]*>")]
    private static partial Regex ManifestRootEntry();

    [GeneratedRegex(@"media-type=""([^""]*)""")]
    private static partial Regex MediaType();
}
