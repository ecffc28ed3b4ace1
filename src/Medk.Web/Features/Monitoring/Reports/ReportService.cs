using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Reporting;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Medk.Core.Platform.Notifications;
using Medk.Web.Features.Platform.Files;
using Medk.Web.Features.Platform.Notifications;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Monitoring.Reports;

public sealed record EvidenceView(int Id, string FileName, string Kind, long Size, DateTimeOffset UploadedAt);

public sealed record DecisionView(string Kind, string By, DateTimeOffset At, string? Comment);

public sealed record ReportView(int Id, string Status, string? Text, decimal? IndicatorValue, DateTimeOffset? SubmittedAt,
    IReadOnlyList<EvidenceView> Files, IReadOnlyList<DecisionView> History, int Version);

/// <summary>A checkpoint with its item, its (effective) status and the report on it, as its page and the API show it.</summary>
public sealed record CheckpointView(
    int Id, DateOnly DueDate, string Status, string? CancelReason,
    int RoadmapId, string RoadmapTitle, int ItemId, string? ItemNumber, string ItemText, string? DeadlineText, string? ResultText,
    int ReporterOrganizationId, string ReporterName,
    ReportView? Report, bool CanReport, bool CanConfirm, bool CanCancel);

public sealed record WaitingReportRow(int ReportId, int CheckpointId, DateOnly DueDate, string ReporterName, string ItemText, string RoadmapTitle, DateTimeOffset? SubmittedAt);

public sealed record NewEvidence(string FileName, byte[] Content);

/// <summary>What a command on a report did: the page redirects and the API shows the checkpoint, each building the view once.</summary>
public sealed record ReportOutcome(int CheckpointId, ReportStatus? ReportStatus, CheckpointStatus CheckpointStatus);

public sealed record AttentionRow(int CheckpointId, DateOnly DueDate, CheckpointStatus Status, string OwnerName, string? ItemNumber, string ItemText, int RoadmapId);

/// <summary>What needs attention in the user's territory: overdue checkpoints and those due within a week.</summary>
public sealed record Attention(int OverdueCount, int DueSoonCount, IReadOnlyList<AttentionRow> Rows);

/// <summary>
/// Reports on checkpoints: the responsible organization writes, attaches proof and submits; the curator or
/// the coordinator above confirms or returns. The reporter is the roadmap's owner. Shared by pages and API.
/// </summary>
public sealed class ReportService(MedkDbContext db, CurrentUser user, TimeProvider clock, FileService files, Notifier notifications)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<CheckpointView> GetAsync(int checkpointId, CancellationToken ct)
    {
        var (checkpoint, item, roadmap, scope) = await FindCheckpointAsync(checkpointId, ct);
        var report = await db.ProgressReports.AsNoTracking().Include(r => r.Files).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.CheckpointId == checkpointId, ct);
        if (report is not null && !await ReadsReportAsync(report.Id, report.Status, roadmap.Owner!.Path, scope, ct))
        {
            report = null; // an expert sees the checkpoint of a roadmap of their territory, not an unassigned report
        }
        return new CheckpointView(checkpoint.Id, checkpoint.DueDate, checkpoint.StatusOn(Today).ToString(), checkpoint.CancelReason,
            roadmap.Id, roadmap.Title, item.Id, item.Number, item.Text, item.DeadlineText, item.ResultText,
            roadmap.OwnerOrganizationId, roadmap.Owner!.ShortName,
            report is null ? null : View(report),
            Policies.ReportOnCheckpoint(scope, roadmap.Owner.Path).IsAllowed && (report is null || ReportWorkflow.CanEdit(report.Status)),
            report?.Status == ReportStatus.Submitted && Policies.ConfirmReport(scope, roadmap.Owner.Path).IsAllowed,
            Policies.CancelCheckpoint(scope, roadmap.Owner.Path).IsAllowed && checkpoint.Status != CheckpointStatus.Done);
    }

    /// <summary>Writes the draft (creating it on first save) and attaches files: all or nothing.</summary>
    public async Task<ReportOutcome> SaveDraftAsync(int checkpointId, string? text, decimal? indicatorValue, IReadOnlyList<NewEvidence> files, CancellationToken ct)
    {
        var (report, checkpoint) = await WriteDraftAsync(checkpointId, text, indicatorValue, files, ct);
        await db.SaveChangesAsync(ct);
        return Outcome(report, checkpoint);
    }

    /// <summary>
    /// «Отправить» on the form: the text and files typed are saved and the report submitted in one transaction. When
    /// the report cannot be submitted yet (empty, say), the draft is still saved, so that nothing typed is lost.
    /// </summary>
    public async Task<ReportOutcome> SaveAndSubmitAsync(int checkpointId, string? text, decimal? indicatorValue, IReadOnlyList<NewEvidence> files, CancellationToken ct)
    {
        var (report, checkpoint) = await WriteDraftAsync(checkpointId, text, indicatorValue, files, ct);
        var name = await user.FullNameAsync(ct);
        try
        {
            report.Submit(checkpoint, user.RequiredId, name, Today, clock.GetUtcNow());
        }
        catch (DomainException)
        {
            await db.SaveChangesAsync(ct);
            throw;
        }
        await notifications.ReportAsync(NotificationKind.ReportSubmitted, checkpointId, null, ct);
        await db.SaveChangesAsync(ct);
        return Outcome(report, checkpoint);
    }

    public async Task<ReportOutcome> RemoveFileAsync(int checkpointId, int fileId, CancellationToken ct)
    {
        var (report, checkpoint) = await FindReportForWriteAsync(checkpointId, ct);
        var removed = report.Detach(fileId) ?? throw new NotFoundException("Файл не найден в этом отчёте.");
        await db.SaveChangesAsync(ct);
        await files.ForgetAsync(removed, ct);
        return Outcome(report, checkpoint);
    }

    public async Task<ReportOutcome> SubmitAsync(int checkpointId, CancellationToken ct)
    {
        var (report, checkpoint) = await FindReportForWriteAsync(checkpointId, ct);
        report.Submit(checkpoint, user.RequiredId, await user.FullNameAsync(ct), Today, clock.GetUtcNow());
        await notifications.ReportAsync(NotificationKind.ReportSubmitted, checkpointId, null, ct);
        await db.SaveChangesAsync(ct);
        return Outcome(report, checkpoint);
    }

    public async Task<ReportOutcome> DecideAsync(int checkpointId, bool confirm, string? comment, CancellationToken ct)
    {
        var (checkpoint, _, roadmap, scope) = await FindCheckpointAsync(checkpointId, ct, tracking: true);
        scope.Require(Policies.ConfirmReport, roadmap.Owner!.Path);
        var report = await db.ProgressReports.FirstOrDefaultAsync(r => r.CheckpointId == checkpointId, ct)
            ?? throw new DomainException("Отчёта по этой контрольной точке ещё нет.");
        report.Decide(checkpoint, confirm, user.RequiredId, await user.FullNameAsync(ct), comment, Today, clock.GetUtcNow());
        await notifications.ReportAsync(confirm ? NotificationKind.ReportConfirmed : NotificationKind.ReportReturned, checkpointId, report.Decisions.Last().Comment, ct);
        await db.SaveChangesAsync(ct);
        return Outcome(report, checkpoint);
    }

    /// <summary>Cancels a checkpoint (with a reason) or reopens a cancelled one: the roadmap's owner decides.</summary>
    public async Task<ReportOutcome> CancelOrReopenAsync(int checkpointId, bool cancel, string? reason, CancellationToken ct)
    {
        var (checkpoint, _, roadmap, scope) = await FindCheckpointAsync(checkpointId, ct, tracking: true);
        scope.Require(Policies.CancelCheckpoint, roadmap.Owner!.Path);
        checkpoint.Apply(cancel ? CheckpointAction.Cancel : CheckpointAction.Reopen, Today, reason);
        await db.SaveChangesAsync(ct);
        return new ReportOutcome(checkpointId, null, checkpoint.Status);
    }

    /// <summary>404 unless the user sees the report's roadmap: who may download its confirming documents.</summary>
    public async Task EnsureReportVisibleAsync(int reportId, CancellationToken ct)
    {
        var found = await db.ProgressReports.Where(r => r.Id == reportId).Select(r => new { r.CheckpointId, r.Status }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Файл не найден.");
        var (_, _, roadmap, scope) = await FindCheckpointAsync(found.CheckpointId, ct);
        if (!await ReadsReportAsync(reportId, found.Status, roadmap.Owner!.Path, scope, ct))
        {
            throw new NotFoundException("Файл не найден.");
        }
    }

    /// <summary>Whether the user reads this report: <see cref="Policies.ReadsReportsOf"/>, or an expert's assignment.</summary>
    private async Task<bool> ReadsReportAsync(int reportId, ReportStatus status, string ownerPath, AccessScope scope, CancellationToken ct)
    {
        if (Policies.ReadsReportsOf(scope, ownerPath))
        {
            return true;
        }
        var me = user.Id;
        var assigned = me is { } id && await db.ReviewAssignments.AnyAsync(a => a.ReportId == reportId && a.ExpertId == id, ct);
        return Policies.ExpertReadsReport(assigned, status);
    }

    /// <summary>Submitted reports the user is to confirm, oldest first.</summary>
    public async Task<Page<WaitingReportRow>> WaitingForMeAsync(int? page, int? pageSize, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var reporters = db.Organizations.Confirmable(scope).Select(o => o.Id);
        return await db.ProgressReports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Submitted && reporters.Contains(r.ReporterOrganizationId))
            .Join(db.Checkpoints, r => r.CheckpointId, c => c.Id, (r, c) => new { r, c })
            .Join(db.RoadmapItems, x => x.c.ItemId, i => i.Id, (x, i) => new { x.r, x.c, i })
            .Join(db.Roadmaps, x => x.i.RoadmapId, m => m.Id, (x, m) => new { x.r, x.c, x.i, m })
            .OrderBy(x => x.r.SubmittedAt)
            .Select(x => new WaitingReportRow(x.r.Id, x.c.Id, x.c.DueDate, x.m.Owner!.ShortName, x.i.Text, x.m.Title, x.r.SubmittedAt))
            .ToPageAsync(page, pageSize, ct);
    }

    /// <summary>Overdue and due-within-a-week checkpoints of roadmaps under way in the user's territory; counted by the database.</summary>
    public async Task<Attention> AttentionAsync(int take, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var today = Today;
        var weekAhead = today.AddDays(7);
        var owners = db.Organizations.Readable(scope).Select(o => o.Id);
        var open = db.Checkpoints.AsNoTracking()
            .Where(c => CheckpointState.Open.Contains(c.Status))
            .Join(db.RoadmapItems, c => c.ItemId, i => i.Id, (c, i) => new { c, i })
            .Join(db.Roadmaps, x => x.i.RoadmapId, r => r.Id, (x, r) => new { x.c, x.i, r })
            .Where(x => RoadmapPhases.UnderWay.Contains(x.r.Status) && owners.Contains(x.r.OwnerOrganizationId))
            .Where(x => x.c.DueDate <= weekAhead);
        var overdue = await open.CountAsync(x => x.c.DueDate < today, ct);
        var soon = await open.CountAsync(x => x.c.DueDate >= today, ct);
        // The most urgent first: what falls due this week, then the most recently missed.
        var dueSoon = await open.Where(x => x.c.DueDate >= today).OrderBy(x => x.c.DueDate).Take(take)
            .Select(x => new { x.c.Id, x.c.DueDate, x.c.Status, Owner = x.r.Owner!.ShortName, x.i.Number, x.i.Text, RoadmapId = x.r.Id })
            .ToListAsync(ct);
        var missed = await open.Where(x => x.c.DueDate < today).OrderByDescending(x => x.c.DueDate).Take(take)
            .Select(x => new { x.c.Id, x.c.DueDate, x.c.Status, Owner = x.r.Owner!.ShortName, x.i.Number, x.i.Text, RoadmapId = x.r.Id })
            .ToListAsync(ct);
        // Returned work keeps its own badge even past its date: the school must learn it was sent back, not just late.
        return new Attention(overdue, soon, dueSoon.Concat(missed).Take(take).Select(x => new AttentionRow(x.Id, x.DueDate,
            x.Status == CheckpointStatus.Returned ? CheckpointStatus.Returned : CheckpointState.Effective(x.Status, x.DueDate, today),
            x.Owner, x.Number, x.Text, x.RoadmapId)).ToList());
    }

    /// <summary>Checkpoints whose report was returned for rework to the user's own organizations (those it reports for), oldest first.</summary>
    public async Task<IReadOnlyList<AttentionRow>> ReturnedToMeAsync(int take, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        if (!scope.IsAdministrator && scope.WritableRoots.Count == 0)
        {
            return [];
        }
        var owners = db.Organizations.Writable(scope).Select(o => o.Id);
        return await db.Checkpoints.AsNoTracking()
            .Where(c => c.Status == CheckpointStatus.Returned)
            .Join(db.RoadmapItems, c => c.ItemId, i => i.Id, (c, i) => new { c, i })
            .Join(db.Roadmaps, x => x.i.RoadmapId, r => r.Id, (x, r) => new { x.c, x.i, r })
            .Where(x => RoadmapPhases.UnderWay.Contains(x.r.Status) && owners.Contains(x.r.OwnerOrganizationId))
            .OrderBy(x => x.c.DueDate).Take(take)
            .Select(x => new AttentionRow(x.c.Id, x.c.DueDate, CheckpointStatus.Returned, x.r.Owner!.ShortName, x.i.Number, x.i.Text, x.r.Id))
            .ToListAsync(ct);
    }

    /// <summary>Creates the draft on first save, writes it and attaches files; every file checked before anything changes.</summary>
    private async Task<(ProgressReport Report, Checkpoint Checkpoint)> WriteDraftAsync(int checkpointId, string? text, decimal? indicatorValue,
        IReadOnlyList<NewEvidence> newFiles, CancellationToken ct)
    {
        var (checkpoint, _, roadmap, scope) = await FindCheckpointAsync(checkpointId, ct, tracking: true);
        scope.Require(Policies.ReportOnCheckpoint, roadmap.Owner!.Path);
        var checkedFiles = CheckedFile.CheckAll(newFiles); // every file checked before anything changes
        var now = clock.GetUtcNow();
        var report = await db.ProgressReports.Include(r => r.Files).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.CheckpointId == checkpointId, ct);
        if (report is null)
        {
            report = new ProgressReport(checkpointId, roadmap.OwnerOrganizationId, user.RequiredId, now);
            db.ProgressReports.Add(report);
        }
        report.Write(text, indicatorValue, checkpoint, Today, now);
        foreach (var file in await files.KeepAsync(checkedFiles, ct))
        {
            report.Attach(file);
        }
        return (report, checkpoint);
    }

    private async Task<(ProgressReport Report, Checkpoint Checkpoint)> FindReportForWriteAsync(int checkpointId, CancellationToken ct)
    {
        var (checkpoint, _, roadmap, scope) = await FindCheckpointAsync(checkpointId, ct, tracking: true);
        scope.Require(Policies.ReportOnCheckpoint, roadmap.Owner!.Path);
        var report = await db.ProgressReports.Include(r => r.Files).AsSplitQuery()
            .FirstOrDefaultAsync(r => r.CheckpointId == checkpointId, ct)
            ?? throw new DomainException("Сначала сохраните отчёт: текст, значение показателя или файлы.", "text");
        return (report, checkpoint);
    }

    private async Task<(Checkpoint Checkpoint, RoadmapItem Item, Roadmap Roadmap, AccessScope Scope)> FindCheckpointAsync(int id, CancellationToken ct, bool tracking = false)
    {
        var scope = await user.ScopeAsync(ct);
        var checkpoints = tracking ? db.Checkpoints : db.Checkpoints.AsNoTracking();
        var checkpoint = await checkpoints.FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw new NotFoundException("Контрольная точка не найдена или недоступна.");
        var item = await db.RoadmapItems.AsNoTracking().FirstAsync(i => i.Id == checkpoint.ItemId, ct);
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Owner).Visible(db, scope).FirstOrDefaultAsync(r => r.Id == item.RoadmapId, ct)
            ?? throw new NotFoundException("Контрольная точка не найдена или недоступна.");
        return (checkpoint, item, roadmap, scope);
    }


    private static ReportOutcome Outcome(ProgressReport report, Checkpoint checkpoint) => new(checkpoint.Id, report.Status, checkpoint.Status);

    private static ReportView View(ProgressReport r) => new(r.Id, r.Status.ToString(), r.Text, r.IndicatorValue, r.SubmittedAt,
        r.Files.Select(f => new EvidenceView(f.Id, f.FileName, f.Kind.ToString(), f.Size, f.UploadedAt)).ToList(),
        r.Decisions.OrderBy(d => d.At).ThenBy(d => d.Id).Select(d => new DecisionView(d.Kind.ToString(), d.ByName, d.At, d.Comment)).ToList(),
        r.Version);
}
