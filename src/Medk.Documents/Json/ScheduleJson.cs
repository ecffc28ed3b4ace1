using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Medk.Core.Planning.Schedules;

namespace Medk.Documents;

/// <summary>A schedule as JSON: <c>{"text", "kind", "checkpoints": ["YYYY-MM-DD", …]}</c>, kind in lower case.</summary>
public static class ScheduleJson
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Schedule schedule)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            Write(writer, schedule);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, Schedule schedule)
    {
        writer.WriteStartObject();
        writer.WriteString("text", schedule.Text);
        writer.WriteString("kind", KindName(schedule.Kind));
        writer.WriteStartArray("checkpoints");
        foreach (var checkpoint in schedule.Checkpoints)
        {
            writer.WriteStringValue(Iso(checkpoint));
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string KindName(ScheduleKind kind) => kind.ToString().ToLowerInvariant();

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
