using System.Globalization;

namespace Medk.Documents;

/// <summary>
/// A status report (отчёт о ходе исполнения) in the table form authorities send upwards: every item of a roadmap
/// with its deadline as written, its checkpoints and their statuses, what was reported and who confirmed it. The
/// texts are final: the writers lay them out and decide nothing, so the same model gives the same DOCX and XLSX.
/// </summary>
public sealed record StatusReport
{
    /// <summary>A report on one roadmap, or on the roadmaps of a territory (one section per roadmap).</summary>
    public StatusReportScope Scope { get; init; } = StatusReportScope.Roadmap;

    /// <summary>The roadmap's title, or the territory's line («Дорожные карты: Муниципалитет, 2022 год»).</summary>
    public required string Title { get; init; }

    public string? Owner { get; init; }

    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    /// <summary>The approving document as one line: «Приказ № 102-1 от 04.03.2022».</summary>
    public string? Approval { get; init; }

    /// <summary>The date the statuses are given for («Состояние на …»): overdue is counted against it.</summary>
    public required DateOnly AsOf { get; init; }

    public StatusSummary Summary { get; init; } = StatusSummary.Empty;

    /// <summary>Remarks printed under the summary, e.g. that a territory report was cut short.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public IReadOnlyList<StatusReportSection> Sections { get; init; } = [];
}

public enum StatusReportScope
{
    Roadmap,
    Territory,
}

/// <summary>
/// The rows of one roadmap. In a territory report a section is a roadmap with its own heading (owner, title,
/// period, approval, counts) and its own sheet; in a report on one roadmap the heading fields stay empty.
/// </summary>
public sealed record StatusReportSection
{
    public string? OwnerName { get; init; }

    public string? Title { get; init; }

    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public string? Approval { get; init; }

    public StatusSummary? Summary { get; init; }

    public IReadOnlyList<StatusReportRow> Rows { get; init; } = [];
}

/// <summary>One line of the table: a section heading (spanning the table) or an item with its monitoring texts.</summary>
public sealed record StatusReportRow
{
    public string? Number { get; init; }

    public required string Text { get; init; }

    /// <summary>0 for the top level; deeper items are indented.</summary>
    public int Depth { get; init; }

    public bool IsSection { get; init; }

    public string? DeadlineText { get; init; }

    public string? Responsible { get; init; }

    /// <summary>«01.03.2022 — выполнено; 15.11.2022 — просрочено».</summary>
    public string? CheckpointsText { get; init; }

    /// <summary>The expected result as written, then what the latest report says.</summary>
    public string? ResultText { get; init; }

    /// <summary>Names of the confirming documents.</summary>
    public string? EvidenceText { get; init; }

    /// <summary>«Подтверждено: Иванова Е.П., 12.04.2022», «На проверке», «Возвращено: …».</summary>
    public string? ConfirmationText { get; init; }
}

/// <summary>Checkpoint counts. Cancelled checkpoints are left out of the completion share: they will never be done.</summary>
public sealed record StatusSummary(int Total, int Done, int Overdue, int UnderReview, int Cancelled)
{
    public static readonly StatusSummary Empty = new(0, 0, 0, 0, 0);

    /// <summary>done ÷ (total − cancelled), in per cent with one decimal; null when nothing is expected.</summary>
    public decimal? CompletionPercent =>
        Total - Cancelled > 0 ? Math.Round(100m * Done / (Total - Cancelled), 1, MidpointRounding.AwayFromZero) : null;

    public static StatusSummary Sum(IEnumerable<StatusSummary> parts) =>
        parts.Aggregate(Empty, (a, b) => new StatusSummary(
            a.Total + b.Total, a.Done + b.Done, a.Overdue + b.Overdue, a.UnderReview + b.UnderReview, a.Cancelled + b.Cancelled));

    /// <summary>«Контрольных точек: 12; выполнено: 5; просрочено: 2; на проверке: 1; исполнение: 50,0 %».</summary>
    public string Line()
    {
        var line = $"Контрольных точек: {Total}; выполнено: {Done}; просрочено: {Overdue}; на проверке: {UnderReview}";
        if (Cancelled > 0)
        {
            line += $"; отменено: {Cancelled}";
        }
        return line + "; исполнение: " + Percent(CompletionPercent);
    }

    /// <summary>«50,0 %» as Russian documents write it, whatever the server's culture.</summary>
    public static string Percent(decimal? value) =>
        value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + " %" : "—";
}
