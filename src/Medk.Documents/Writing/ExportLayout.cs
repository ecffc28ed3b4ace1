using System.Globalization;
using Medk.Core.Planning.Schedules;
using Medk.Documents.Understanding;

namespace Medk.Documents.Writing;

/// <summary>
/// What an exported order shows, whatever the format: the heading lines (owner, approval, title, period) and
/// the table's columns and cell texts. The importer reads this layout back to the same roadmap.
/// </summary>
internal static class ExportLayout
{
    private static readonly ImportedColumn[] StandardColumns =
    [
        new(ColumnKind.Number, "№"),
        new(ColumnKind.Text, "Мероприятие"),
        new(ColumnKind.Deadline, "Сроки"),
        new(ColumnKind.Responsible, "Ответственный"),
        new(ColumnKind.Result, "Ожидаемый результат"),
    ];

    /// <summary>The source's columns, or the standard set; a number and an action column are always there.</summary>
    public static IReadOnlyList<ImportedColumn> Columns(ImportedRoadmap roadmap)
    {
        var columns = roadmap.Columns.Count > 0 ? roadmap.Columns.DistinctBy(c => c.Kind).ToList() : [.. StandardColumns];
        if (columns.All(c => c.Kind != ColumnKind.Text))
        {
            columns.Insert(0, StandardColumns[1]);
        }
        if (columns.All(c => c.Kind != ColumnKind.Number))
        {
            columns.Insert(0, StandardColumns[0]);
        }
        if (roadmap.Items.Any(i => i.Levels.Count > 0) && columns.All(c => c.Kind != ColumnKind.Levels))
        {
            columns.Add(new ImportedColumn(ColumnKind.Levels, TableAssembler.StandardCaption(ColumnKind.Levels)));
        }
        return columns;
    }

    public static string Cell(ImportedItem item, ColumnKind kind) => kind switch
    {
        ColumnKind.Number => item.Number ?? "",
        ColumnKind.Text => item.Title,
        ColumnKind.Deadline => item.DeadlineText ?? item.Schedule?.Text ?? "",
        ColumnKind.Responsible => item.ResponsibleText ?? string.Join(", ", item.Responsible),
        ColumnKind.Result => item.Result ?? "",
        ColumnKind.Levels => string.Join(" ", item.Levels),
        _ => "",
    };

    /// <summary>A section row spans the table: «1.1. Преодоление дефицита…».</summary>
    public static string SectionText(ImportedItem item) =>
        item.Number is { Length: > 0 } number ? $"{number}. {item.Title}" : item.Title;

    /// <summary>Heading paragraphs, blocks separated by empty lines, the first line of a block emphasised.</summary>
    public static IReadOnlyList<HeadingLine> Heading(ImportedRoadmap roadmap)
    {
        var lines = new List<HeadingLine>();
        if (!string.IsNullOrWhiteSpace(roadmap.Owner))
        {
            lines.Add(new HeadingLine(roadmap.Owner.Trim(), HeadingStyle.Owner));
            lines.Add(HeadingLine.Blank);
        }
        if (roadmap.Approval is { } approval)
        {
            lines.Add(new HeadingLine("УТВЕРЖДЕНА", HeadingStyle.Approval));
            lines.Add(new HeadingLine(ApprovalLine(approval), HeadingStyle.Approval));
            if (!string.IsNullOrWhiteSpace(approval.Signatory))
            {
                lines.Add(new HeadingLine(approval.Signatory.Trim(), HeadingStyle.Approval));
            }
            lines.Add(HeadingLine.Blank);
        }
        lines.Add(new HeadingLine(roadmap.Title.Trim(), HeadingStyle.Title));
        if (PreambleParser.FindPeriod(roadmap.Title) != roadmap.Period)
        {
            lines.Add(HeadingLine.Blank);
            lines.Add(new HeadingLine(PeriodLine(roadmap.Period), HeadingStyle.Title));
        }
        lines.Add(HeadingLine.Blank);
        return lines;
    }

    private static string ApprovalLine(ImportedApproval approval)
    {
        var text = Instrumental(approval.Kind);
        if (approval.Date is { } date)
        {
            text += " от " + date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        }
        if (!string.IsNullOrWhiteSpace(approval.Number))
        {
            text += " № " + approval.Number.Trim();
        }
        return text;
    }

    /// <summary>«УТВЕРЖДЕНА приказом»: the kind in the instrumental case, as orders write it.</summary>
    private static string Instrumental(string kind) => kind.Trim().ToLowerInvariant() switch
    {
        "приказ" => "приказом",
        "распоряжение" => "распоряжением",
        "постановление" => "постановлением",
        "решение" => "решением",
        "протокол" => "протоколом",
        var other => other,
    };

    public static string PeriodLine(DatePeriod period)
    {
        var calendarYears = period.Start is { Month: 1, Day: 1 } && period.End is { Month: 12, Day: 31 };
        if (calendarYears && period.Start.Year == period.End.Year)
        {
            return $"на {period.Start.Year} год";
        }
        if (calendarYears)
        {
            return $"на {period.Start.Year} - {period.End.Year} годы";
        }
        return string.Create(CultureInfo.InvariantCulture, $"на период с {period.Start:dd.MM.yyyy} по {period.End:dd.MM.yyyy}");
    }

    /// <summary>Relative widths of the columns by meaning: the action and the result need room, the number little.</summary>
    public static int Weight(ColumnKind kind) => kind switch
    {
        ColumnKind.Number => 6,
        ColumnKind.Text => 34,
        ColumnKind.Deadline => 14,
        ColumnKind.Responsible => 17,
        ColumnKind.Result => 24,
        ColumnKind.Levels => 11,
        _ => 10,
    };
}

internal enum HeadingStyle
{
    Blank,
    Owner,
    Approval,
    Title,
}

internal sealed record HeadingLine(string Text, HeadingStyle Style)
{
    public static readonly HeadingLine Blank = new("", HeadingStyle.Blank);
}
