using System.Globalization;
using Medk.Core.Common;
using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Reporting;
using Medk.Core.Monitoring.Submissions;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Persistence;
using Medk.Documents;
using Medk.Web.Features.Planning.Roadmaps;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Monitoring.Reports;

/// <summary>
/// Status reports (отчёт о ходе исполнения) as authorities send them upwards: every item with its checkpoints and
/// their statuses as of a date, what was reported, the confirming documents and who confirmed. For one roadmap, or
/// for every roadmap under way in a territory. Drafts are the reporter's own business and are not shown.
/// </summary>
public sealed class StatusReportService(MedkDbContext db, CurrentUser user, RoadmapService roadmaps, TimeProvider clock)
{
    /// <summary>A territory report beyond this is unreadable and slow to build; the summary says when it was cut.</summary>
    public const int MaxRoadmaps = 500;

    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<ExportFile> RoadmapFileAsync(int roadmapId, string? format, CancellationToken ct)
    {
        var kind = Format(format);
        var report = await RoadmapStatusAsync(roadmapId, Today, ct);
        return Render(report, kind);
    }

    public async Task<ExportFile> LevelFileAsync(int organizationId, int? year, string? format, CancellationToken ct)
    {
        var kind = Format(format);
        var report = await LevelStatusAsync(organizationId, year ?? Today.Year, Today, ct);
        return Render(report, kind);
    }

    /// <summary>One roadmap the user sees (<see cref="NotFoundException"/> otherwise), whatever its status.</summary>
    public async Task<StatusReport> RoadmapStatusAsync(int roadmapId, DateOnly asOf, CancellationToken ct = default)
    {
        var view = await roadmaps.GetAsync(roadmapId, ct);
        var items = await roadmaps.ItemsAsync(roadmapId, ct);
        var ownerName = await db.Organizations.Where(o => o.Id == view.OwnerOrganizationId).Select(o => o.FullName).FirstAsync(ct);
        var lines = items.Select(i => new ItemLine(i.Id, i.Number, i.Text, i.Depth, i.IsSection, i.DeadlineText,
            Responsible(i.ResponsibleText, i.Responsibles.Select(r => r.Name)), i.ResultText, i.Indicator?.Unit)).ToList();
        var monitoring = await MonitoringAsync([roadmapId], ct);
        var (rows, summary) = Rows(lines, monitoring, asOf);
        return new StatusReport
        {
            Scope = StatusReportScope.Roadmap,
            Title = view.Title,
            Owner = ownerName,
            PeriodStart = view.PeriodStart,
            PeriodEnd = view.PeriodEnd,
            Approval = ApprovalLine(view.Approval?.Kind, view.Approval?.Number, view.Approval?.Date),
            AsOf = asOf,
            Summary = summary,
            Sections = [new StatusReportSection { Rows = rows }],
        };
    }

    /// <summary>
    /// Every approved, running or completed roadmap of the organization and of everything below it whose period
    /// touches the year, as far as the user sees them: one section per roadmap, the territory's own first.
    /// </summary>
    public async Task<StatusReport> LevelStatusAsync(int organizationId, int year, DateOnly asOf, CancellationToken ct = default)
    {
        if (year is < 2000 or > 2100)
        {
            throw new DomainException("Укажите год, например 2022.", "year");
        }
        var scope = await user.ScopeAsync(ct);
        var organization = await db.Organizations.AsNoTracking().Visible(scope).Where(o => o.Id == organizationId)
            .Select(o => new { o.FullName, o.ShortName, o.Path }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Организация не найдена или недоступна.");
        var yearStart = new DateOnly(year, 1, 1);
        var yearEnd = new DateOnly(year, 12, 31);
        var path = organization.Path;
        var query = db.Roadmaps.AsNoTracking().Visible(db, scope)
            .Where(r => RoadmapPhases.Monitored.Contains(r.Status))
            .Where(r => r.PeriodStart <= yearEnd && r.PeriodEnd >= yearStart)
            .Where(r => r.Owner!.Path.StartsWith(path));
        var found = await query.CountAsync(ct);
        // Paths order the tree: an organization's roadmaps come before those of the organizations below it.
        var heads = await query.OrderBy(r => r.Owner!.Path).ThenBy(r => r.PeriodStart).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .Take(MaxRoadmaps)
            .Select(r => new
            {
                r.Id, r.Title, Owner = r.Owner!.ShortName, r.PeriodStart, r.PeriodEnd,
                ApprovalKind = r.Approval == null ? null : r.Approval.Kind,
                ApprovalNumber = r.Approval == null ? null : r.Approval.Number,
                ApprovalDate = r.Approval == null ? null : r.Approval.Date,
            })
            .ToListAsync(ct);
        var ids = heads.Select(h => h.Id).ToList();
        var items = await db.RoadmapItems.AsNoTracking().Include(i => i.Responsibles).AsSplitQuery()
            .Where(i => ids.Contains(i.RoadmapId)).ToListAsync(ct);
        var monitoring = await MonitoringAsync(ids, ct);
        var itemsByRoadmap = items.ToLookup(i => i.RoadmapId);
        var sections = heads.Select(h =>
        {
            var lines = new RoadmapOutline(itemsByRoadmap[h.Id]).Flatten().Select(x => new ItemLine(x.Item.Id, x.Item.Number, x.Item.Text, x.Depth,
                x.Item.IsSection, x.Item.DeadlineText, Responsible(x.Item.ResponsibleText, x.Item.Responsibles.Select(r => r.NameAsWritten)),
                x.Item.ResultText, x.Item.IndicatorUnit)).ToList();
            var (rows, summary) = Rows(lines, monitoring, asOf);
            return new StatusReportSection
            {
                OwnerName = h.Owner,
                Title = h.Title,
                PeriodStart = h.PeriodStart,
                PeriodEnd = h.PeriodEnd,
                Approval = ApprovalLine(h.ApprovalKind, h.ApprovalNumber, h.ApprovalDate),
                Summary = summary,
                Rows = rows,
            };
        }).ToList();
        var notes = new List<string> { $"Дорожных карт в отчёте: {sections.Count}" };
        if (found > heads.Count)
        {
            notes.Add($"Показаны первые {heads.Count} из {found} дорожных карт: отчёт по территории ограничен {MaxRoadmaps} картами, " +
                "сформируйте отчёты по входящим в неё организациям, чтобы увидеть остальные.");
        }
        return new StatusReport
        {
            Scope = StatusReportScope.Territory,
            Title = $"Дорожные карты территории «{organization.ShortName}» на {year} год",
            Owner = organization.FullName,
            PeriodStart = yearStart,
            PeriodEnd = yearEnd,
            AsOf = asOf,
            Summary = StatusSummary.Sum(sections.Select(s => s.Summary!)),
            Notes = notes,
            Sections = sections,
        };
    }

    private enum FileFormat
    {
        Xlsx,
        Docx,
    }

    private static FileFormat Format(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        "xlsx" or null or "" => FileFormat.Xlsx,
        "docx" => FileFormat.Docx,
        _ => throw new DomainException("Формат: xlsx или docx.", "format"),
    };

    private static ExportFile Render(StatusReport report, FileFormat format)
    {
        var name = FileNames.Safe($"Отчёт о ходе исполнения на {report.AsOf:dd.MM.yyyy} {report.Title}", 120);
        return format == FileFormat.Docx
            ? new ExportFile(StatusReportWriter.ToDocx(report), DocxType, name + ".docx")
            : new ExportFile(StatusReportWriter.ToXlsx(report), XlsxType, name + ".xlsx");
    }

    private sealed record ItemLine(int Id, string? Number, string Text, int Depth, bool IsSection, string? DeadlineText, string? Responsible,
        string? ResultText, string? IndicatorUnit);

    private sealed record CheckpointLine(int Id, int ItemId, DateOnly DueDate, CheckpointStatus Status, string? CancelReason);

    private sealed record ReportLine(int Id, int CheckpointId, ReportStatus Status, string? Text, decimal? IndicatorValue);

    private sealed record DecisionLine(int Id, int ReportId, DecisionKind Kind, string ByName, DateTimeOffset At, string? Comment);

    private sealed record Monitoring(
        ILookup<int, CheckpointLine> CheckpointsByItem,
        Dictionary<int, ReportLine> ReportByCheckpoint,
        ILookup<int, string> FilesByReport,
        ILookup<int, DecisionLine> DecisionsByReport);

    /// <summary>Checkpoints, reports, file names and decisions of the roadmaps' items: four queries, however many roadmaps.</summary>
    private async Task<Monitoring> MonitoringAsync(List<int> roadmapIds, CancellationToken ct)
    {
        var itemIds = db.RoadmapItems.Where(i => roadmapIds.Contains(i.RoadmapId)).Select(i => i.Id);
        var checkpointIds = db.Checkpoints.Where(c => itemIds.Contains(c.ItemId)).Select(c => c.Id);
        var reports = db.ProgressReports.AsNoTracking().Where(r => r.Status != ReportStatus.Draft && checkpointIds.Contains(r.CheckpointId));
        var reportIds = reports.Select(r => r.Id);

        var checkpoints = await db.Checkpoints.AsNoTracking().Where(c => itemIds.Contains(c.ItemId))
            .Select(c => new CheckpointLine(c.Id, c.ItemId, c.DueDate, c.Status, c.CancelReason)).ToListAsync(ct);
        var reportLines = await reports.Select(r => new ReportLine(r.Id, r.CheckpointId, r.Status, r.Text, r.IndicatorValue)).ToListAsync(ct);
        // The result-selector form is a plain join on both databases (a nested Select would need APPLY, which SQLite lacks).
        var files = await reports.SelectMany(r => r.Files, (r, f) => new { f.Id, ReportId = r.Id, f.FileName }).ToListAsync(ct);
        var decisions = await reports
            .SelectMany(r => r.Decisions, (r, d) => new { ReportId = r.Id, d })
            .Where(x => x.d.Kind == DecisionKind.Confirmed || x.d.Kind == DecisionKind.Returned)
            .Select(x => new DecisionLine(x.d.Id, x.ReportId, x.d.Kind, x.d.ByName, x.d.At, x.d.Comment))
            .ToListAsync(ct);
        return new Monitoring(
            checkpoints.OrderBy(c => c.DueDate).ToLookup(c => c.ItemId),
            reportLines.ToDictionary(r => r.CheckpointId),
            files.OrderBy(f => f.Id).ToLookup(f => f.ReportId, f => f.FileName),
            decisions.OrderBy(d => d.At).ThenBy(d => d.Id).ToLookup(d => d.ReportId));
    }

    private (IReadOnlyList<StatusReportRow> Rows, StatusSummary Summary) Rows(IReadOnlyList<ItemLine> lines, Monitoring monitoring, DateOnly asOf)
    {
        var rows = new List<StatusReportRow>(lines.Count);
        int total = 0, done = 0, overdue = 0, review = 0, cancelled = 0;
        foreach (var line in lines)
        {
            if (line.IsSection)
            {
                rows.Add(new StatusReportRow { Number = line.Number, Text = line.Text, Depth = line.Depth, IsSection = true });
                continue;
            }
            var checkpoints = monitoring.CheckpointsByItem[line.Id].ToList();
            var states = checkpoints.Select(c => (Checkpoint: c, Status: CheckpointState.Effective(c.Status, c.DueDate, asOf))).ToList();
            total += states.Count;
            done += states.Count(s => s.Status == CheckpointStatus.Done);
            overdue += states.Count(s => s.Status == CheckpointStatus.Overdue);
            review += states.Count(s => s.Status == CheckpointStatus.UnderReview);
            cancelled += states.Count(s => s.Status == CheckpointStatus.Cancelled);

            var reported = checkpoints.Where(c => monitoring.ReportByCheckpoint.ContainsKey(c.Id))
                .Select(c => (Checkpoint: c, Report: monitoring.ReportByCheckpoint[c.Id])).ToList();
            // With several reported dates each line says which date it is about; with one the date would be noise.
            var dated = reported.Count > 1;
            rows.Add(new StatusReportRow
            {
                Number = line.Number,
                Text = line.Text,
                Depth = line.Depth,
                DeadlineText = line.DeadlineText,
                Responsible = line.Responsible,
                CheckpointsText = string.Join("; ", states.Select(s => CheckpointText(s.Checkpoint, s.Status))),
                ResultText = ResultText(line, reported.Count > 0 ? reported[^1] : null),
                EvidenceText = Join(reported.Select(x => (x.Checkpoint, Text: string.Join(dated ? ", " : "\n", monitoring.FilesByReport[x.Report.Id]))), dated),
                ConfirmationText = Join(reported.Select(x => (x.Checkpoint, Text: Confirmation(x.Report, monitoring.DecisionsByReport[x.Report.Id]))), dated),
            });
        }
        return (rows, new StatusSummary(total, done, overdue, review, cancelled));
    }

    private static string CheckpointText(CheckpointLine checkpoint, CheckpointStatus status)
    {
        var text = $"{Date(checkpoint.DueDate)} — {MonitoringGlossary.Status(status).ToLowerInvariant()}";
        return status == CheckpointStatus.Cancelled && checkpoint.CancelReason is { Length: > 0 } reason ? $"{text} ({reason})" : text;
    }

    /// <summary>The expected result as written, then what the latest report says: its text and the indicator's value.</summary>
    private static string? ResultText(ItemLine line, (CheckpointLine Checkpoint, ReportLine Report)? latest)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(line.ResultText))
        {
            parts.Add(line.ResultText.Trim());
        }
        if (latest is { } x)
        {
            if (!string.IsNullOrWhiteSpace(x.Report.Text))
            {
                parts.Add($"Отчёт (срок {Date(x.Checkpoint.DueDate)}): {x.Report.Text.Trim()}");
            }
            if (x.Report.IndicatorValue is { } value)
            {
                var unit = line.IndicatorUnit switch
                {
                    null or "" => "",
                    "%" => " %",
                    var u => " " + u,
                };
                parts.Add($"Значение показателя: {value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',')}{unit}");
            }
        }
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    private string Confirmation(ReportLine report, IEnumerable<DecisionLine> decisions)
    {
        var last = decisions.LastOrDefault(d => d.Kind == (report.Status == ReportStatus.Returned ? DecisionKind.Returned : DecisionKind.Confirmed));
        return report.Status switch
        {
            ReportStatus.Confirmed => last is null ? "Подтверждено" : $"Подтверждено: {last.ByName}, {Date(LocalDate(last.At))}",
            ReportStatus.Returned => last?.Comment is { Length: > 0 } comment ? $"Возвращено: {comment}" : "Возвращено на доработку",
            ReportStatus.Submitted => "На проверке",
            _ => "",
        };
    }

    private static string? Join(IEnumerable<(CheckpointLine Checkpoint, string Text)> parts, bool dated)
    {
        var lines = parts.Where(p => p.Text.Length > 0).Select(p => dated ? $"{Date(p.Checkpoint.DueDate)}: {p.Text}" : p.Text).ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private static string? Responsible(string? written, IEnumerable<string> parties) =>
        !string.IsNullOrWhiteSpace(written) ? written : string.Join(", ", parties) is { Length: > 0 } joined ? joined : null;

    private static string? ApprovalLine(string? kind, string? number, DateOnly? date) =>
        kind is null ? null : new ApprovalDocument(kind, number, date, null).ToString();

    private DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).DateTime);

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
