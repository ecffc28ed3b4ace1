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
        if (Guid.TryParse(s, out _))
        {
            return "внутренний идентификатор"; // an id of no person known here: nobody reads the digits
        }
        return Format.Shorten(s, 300);
    }
}
