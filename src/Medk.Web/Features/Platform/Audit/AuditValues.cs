using System.Globalization;
using System.Text.Json;
using Medk.Web.Features.Shared;

namespace Medk.Web.Features.Platform.Audit;

/// <summary>A journaled value as a person reads it: «да»/«нет», dates in Russian form, masked secrets named, empty as «—».</summary>
public static class AuditValues
{
    public static string Show(JsonElement? value)
    {
        if (value is not { } v)
        {
            return "—";
        }
        return v.ValueKind switch
        {
            JsonValueKind.True => "да",
            JsonValueKind.False => "нет",
            JsonValueKind.Number => v.GetDecimal().ToString("0.##", CultureInfo.GetCultureInfo("ru-RU")),
            JsonValueKind.Array => string.Join("; ", v.EnumerateArray().Select(i => Show(i))),
            JsonValueKind.String => Text(v.GetString()!),
            _ => "—",
        };
    }

    /// <summary>Media types as people name the files (a journaled file keeps its type in this code form).</summary>
    private static readonly Dictionary<string, string> FileKinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "PDF",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = "DOCX",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = "XLSX",
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = "PPTX",
        ["application/vnd.oasis.opendocument.text"] = "ODT",
        ["application/vnd.oasis.opendocument.spreadsheet"] = "ODS",
        ["application/vnd.oasis.opendocument.presentation"] = "ODP",
        ["image/png"] = "PNG",
        ["image/jpeg"] = "JPEG",
        ["image/gif"] = "GIF",
        ["application/zip"] = "ZIP",
        ["application/x-7z-compressed"] = "7z",
        ["application/vnd.rar"] = "RAR",
        ["text/plain"] = "TXT",
        ["text/csv"] = "CSV",
        ["application/msword"] = "DOC",
        ["application/vnd.ms-excel"] = "XLS",
    };

    private static string Text(string s)
    {
        if (s == Medk.Data.Audit.AuditRules.Masked)
        {
            return "скрыто";
        }
        if (DateTimeOffset.TryParseExact(s, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return Format.DateTime(moment);
        }
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Format.Date(date);
        }
        if (s.Length >= 32 && s.All(Uri.IsHexDigit))
        {
            return "контрольная сумма"; // a file's checksum: digits nobody reads
        }
        if (FileKinds.TryGetValue(s, out var kind))
        {
            return kind;
        }
        if (s.StartsWith("application/", StringComparison.Ordinal) || s.StartsWith("image/", StringComparison.Ordinal) || s.StartsWith("text/", StringComparison.Ordinal))
        {
            return "файл";
        }
        if (Guid.TryParse(s, out _))
        {
            return "внутренний идентификатор"; // an id of no person known here: nobody reads the digits
        }
        return Format.Shorten(s, 300);
    }
}
