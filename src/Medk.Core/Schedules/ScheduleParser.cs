namespace Medk.Core.Schedules;

/// <summary>Understands deadline phrases (сроки) of roadmaps. TEMPORARY placeholder: being written.</summary>
public static class ScheduleParser
{
    public static Schedule Parse(string? text, DatePeriod period)
    {
        var t = (text ?? "").Trim();
        return new Schedule(t, ScheduleKind.Unknown, []) { Warning = "Срок не распознан." };
    }
}
