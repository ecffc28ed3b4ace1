using System.Text;
using System.Text.Json;
using Medk.Core.Planning.Schedules;

namespace Medk.Documents;

/// <summary>
/// The stable JSON contract of an imported roadmap, shared by the CLI and the web application:
/// <c>{"title", "owner", "approval": {"kind","number","date","signatory"} | null, "period": {"start","end"},
/// "items": [{"number", "kind", "depth", "title", "responsible": [...], "result", "deadline": {"text","kind","checkpoints"}}],
/// "warnings": [{"row", "message"}]}</c>. Dates are ISO (YYYY-MM-DD), Cyrillic is written as is.
/// </summary>
public static class ImportJson
{
    public static string Serialize(ImportedRoadmap roadmap)
    {
        using var stream = new MemoryStream();
        Write(stream, roadmap);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream output, ImportedRoadmap roadmap)
    {
        using var writer = new Utf8JsonWriter(output, ScheduleJson.Options);
        writer.WriteStartObject();
        writer.WriteString("title", roadmap.Title);
        writer.WriteString("owner", roadmap.Owner);
        WriteApproval(writer, roadmap.Approval);
        writer.WriteStartObject("period");
        writer.WriteString("start", ScheduleJson.Iso(roadmap.Period.Start));
        writer.WriteString("end", ScheduleJson.Iso(roadmap.Period.End));
        writer.WriteEndObject();
        writer.WriteStartArray("items");
        foreach (var item in roadmap.Items)
        {
            WriteItem(writer, item);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("warnings");
        foreach (var warning in roadmap.Warnings)
        {
            writer.WriteStartObject();
            if (warning.Row is { } row)
            {
                writer.WriteNumber("row", row);
            }
            else
            {
                writer.WriteNull("row");
            }
            writer.WriteString("message", warning.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteApproval(Utf8JsonWriter writer, ImportedApproval? approval)
    {
        if (approval is null)
        {
            writer.WriteNull("approval");
            return;
        }
        writer.WriteStartObject("approval");
        writer.WriteString("kind", approval.Kind);
        writer.WriteString("number", approval.Number);
        writer.WriteString("date", approval.Date is { } date ? ScheduleJson.Iso(date) : null);
        writer.WriteString("signatory", approval.Signatory);
        writer.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter writer, ImportedItem item)
    {
        writer.WriteStartObject();
        writer.WriteString("number", item.Number);
        writer.WriteString("kind", item.IsSection ? "section" : "item");
        writer.WriteNumber("depth", item.Depth);
        writer.WriteString("title", item.Title);
        writer.WriteStartArray("responsible");
        foreach (var party in item.Responsible)
        {
            writer.WriteStringValue(party);
        }
        writer.WriteEndArray();
        writer.WriteString("result", item.Result);
        writer.WritePropertyName("deadline");
        ScheduleJson.Write(writer, item.Schedule ?? new Schedule(item.DeadlineText ?? "", ScheduleKind.Unknown, []));
        writer.WriteEndObject();
    }
}
