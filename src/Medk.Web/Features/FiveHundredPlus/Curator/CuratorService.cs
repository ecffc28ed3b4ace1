using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Curators;
using Medk.Core.Platform.Organizations;
using Medk.Core.Monitoring;
using Medk.Data.Persistence;
using Medk.Core.Monitoring.Submissions;
using Medk.Web.Features.Platform.Files;
using Medk.Web.Infrastructure;
using Medk.Web.Features.Monitoring.Reports;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.FiveHundredPlus.Curator;

public sealed record CuratedSchool(int SchoolId, string SchoolName, string MunicipalityName, string? ContractNumber, DateOnly? ContractDate,
    IReadOnlyList<WaitingReportRow> Waiting, IReadOnlyList<VisitView> Visits, CuratorReportView? Report);

public sealed record VisitView(int Id, int SchoolId, string SchoolName, string CuratorName, DateOnly Date, VisitFormat Format, string? Notes,
    IReadOnlyList<StoredFileView> Files, bool CanEdit);

public sealed record CuratorReportView(int Id, int SchoolId, string SchoolName, string CuratorName, int Year, CuratorReportStatus Status,
    string? Text, DateTimeOffset? SubmittedAt, IReadOnlyList<StoredFileView> Files, bool CanEdit);

public sealed record VisitInput(int SchoolId, DateOnly? Date, VisitFormat? Format, string? Notes, IReadOnlyList<NewEvidence> Files);

/// <summary>
/// A curator's work with the schools assigned to them (<see cref="CuratorAssignment"/>): what the schools sent
/// for confirmation, the visits, and the yearly report on each school. Visits and reports are written by the
/// curator only; the coordinators of the school's municipality and region read them.
/// </summary>
public sealed class CuratorService(MedkDbContext db, CurrentUser user, TimeProvider clock, FileService files)
{
    public int ThisYear => clock.GetLocalNow().Year;

    /// <summary>The user's assigned schools with contract, waiting reports, visits and this year's report.</summary>
    public async Task<IReadOnlyList<CuratedSchool>> SchoolsAsync(int? year, CancellationToken ct)
    {
        var me = user.RequiredId;
        var y = year ?? ThisYear;
        var schools = await db.CuratorAssignments.AsNoTracking().Where(a => a.CuratorUserId == me)
            .Join(db.Organizations, a => a.SchoolId, o => o.Id, (a, o) => new { a.SchoolId, o.ShortName, Parent = o.Parent!.ShortName, a.ContractNumber, a.ContractDate })
            .OrderBy(s => s.ShortName).ToListAsync(ct);
        var ids = schools.Select(s => s.SchoolId).ToArray();
        var waiting = await db.ProgressReports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Submitted && ids.Contains(r.ReporterOrganizationId))
            .Join(db.Checkpoints, r => r.CheckpointId, c => c.Id, (r, c) => new { r, c })
            .Join(db.RoadmapItems, x => x.c.ItemId, i => i.Id, (x, i) => new { x.r, x.c, i })
            .Join(db.Roadmaps, x => x.i.RoadmapId, m => m.Id, (x, m) => new { x.r, x.c, x.i, m })
            .OrderBy(x => x.r.SubmittedAt)
            .Select(x => new { x.r.ReporterOrganizationId, Row = new WaitingReportRow(x.r.Id, x.c.Id, x.c.DueDate, x.m.Owner!.ShortName, x.i.Text, x.m.Title, x.r.SubmittedAt) })
            .ToListAsync(ct);
        var visits = await VisitViews(db.Set<CuratorVisit>().AsNoTracking().Where(v => ids.Contains(v.SchoolId)), me, ct);
        var reports = await ReportViews(db.Set<CuratorReport>().AsNoTracking().Where(r => r.CuratorUserId == me && r.Year == y && ids.Contains(r.SchoolId)), me, ct);
        return schools.Select(s => new CuratedSchool(s.SchoolId, s.ShortName, s.Parent, s.ContractNumber, s.ContractDate,
            waiting.Where(w => w.ReporterOrganizationId == s.SchoolId).Select(w => w.Row).ToList(),
            visits.Where(v => v.SchoolId == s.SchoolId).ToList(),
            reports.FirstOrDefault(r => r.SchoolId == s.SchoolId))).ToList();
    }

    /// <summary>Visits to schools of the user's territory (a curator's schools; a municipality's or region's schools), latest first.</summary>
    public async Task<Page<VisitView>> VisitsAsync(int? schoolId, int? page, int? pageSize, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var schools = db.Organizations.Readable(scope).Select(o => o.Id);
        var query = db.Set<CuratorVisit>().AsNoTracking().Where(v => schools.Contains(v.SchoolId));
        if (schoolId is { } sid)
        {
            query = query.Where(v => v.SchoolId == sid);
        }
        var (p, s) = Paging.Normalize(page, pageSize);
        var total = await query.CountAsync(ct);
        var items = await VisitViews(query.OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).Skip((p - 1) * s).Take(s), user.RequiredId, ct);
        return new Page<VisitView>(items, total, p, s);
    }

    public async Task<VisitView> GetVisitAsync(int id, CancellationToken ct)
    {
        var visit = await FindVisitAsync(id, tracking: false, ct);
        return (await VisitViews(db.Set<CuratorVisit>().AsNoTracking().Where(v => v.Id == visit.Id), user.RequiredId, ct)).Single();
    }

    public async Task<VisitView> CreateVisitAsync(VisitInput input, CancellationToken ct)
    {
        await EnsureAssignedAsync(input.SchoolId, ct);
        var checkedFiles = CheckedFile.CheckAll(input.Files);
        var now = clock.GetUtcNow();
        var visit = new CuratorVisit(user.RequiredId, input.SchoolId, Required(input.Date), input.Format ?? VisitFormat.InPerson, input.Notes, now);
        foreach (var file in await files.KeepAsync(checkedFiles, ct))
        {
            visit.Attach(file);
        }
        db.Add(visit);
        await db.SaveChangesAsync(ct);
        return await GetVisitAsync(visit.Id, ct);
    }

    public async Task<VisitView> UpdateVisitAsync(int id, VisitInput input, CancellationToken ct)
    {
        var visit = await FindOwnVisitAsync(id, ct);
        var checkedFiles = CheckedFile.CheckAll(input.Files);
        var now = clock.GetUtcNow();
        visit.Edit(input.Date ?? visit.Date, input.Format ?? visit.Format, input.Notes, now);
        foreach (var file in await files.KeepAsync(checkedFiles, ct))
        {
            visit.Attach(file);
        }
        await db.SaveChangesAsync(ct);
        return await GetVisitAsync(id, ct);
    }

    public async Task DeleteVisitAsync(int id, CancellationToken ct)
    {
        var visit = await FindOwnVisitAsync(id, ct);
        var kept = visit.Files.ToList();
        db.Remove(visit);
        await db.SaveChangesAsync(ct);
        foreach (var file in kept)
        {
            await files.ForgetAsync(file, ct); // the descriptions went with the visit; now their bytes
        }
    }

    /// <summary>The user's report on an assigned school for a year, or null before the first save.</summary>
    public async Task<CuratorReportView?> MyReportAsync(int schoolId, int? year, CancellationToken ct)
    {
        await EnsureAssignedAsync(schoolId, ct);
        var me = user.RequiredId;
        var y = year ?? ThisYear;
        return (await ReportViews(db.Set<CuratorReport>().AsNoTracking().Where(r => r.CuratorUserId == me && r.SchoolId == schoolId && r.Year == y), me, ct))
            .FirstOrDefault();
    }

    /// <summary>Writes the draft, creating it on the first save, and attaches files: all or nothing.</summary>
    public async Task<CuratorReportView> SaveReportAsync(int schoolId, int? year, string? text, IReadOnlyList<NewEvidence> newFiles, CancellationToken ct)
    {
        await EnsureAssignedAsync(schoolId, ct);
        var checkedFiles = CheckedFile.CheckAll(newFiles);
        var me = user.RequiredId;
        var y = year ?? ThisYear;
        var now = clock.GetUtcNow();
        var report = await db.Set<CuratorReport>().Include(r => r.Files).FirstOrDefaultAsync(r => r.CuratorUserId == me && r.SchoolId == schoolId && r.Year == y, ct);
        if (report is null)
        {
            report = new CuratorReport(me, schoolId, y, now);
            db.Add(report);
        }
        report.Write(text, now);
        foreach (var file in await files.KeepAsync(checkedFiles, ct))
        {
            report.Attach(file);
        }
        await db.SaveChangesAsync(ct);
        return (await MyReportAsync(schoolId, y, ct))!;
    }

    public async Task<CuratorReportView> SubmitReportAsync(int schoolId, int? year, CancellationToken ct)
    {
        await EnsureAssignedAsync(schoolId, ct);
        var me = user.RequiredId;
        var y = year ?? ThisYear;
        var report = await db.Set<CuratorReport>().FirstOrDefaultAsync(r => r.CuratorUserId == me && r.SchoolId == schoolId && r.Year == y, ct)
            ?? throw new DomainException("Сначала сохраните отчёт.", "text");
        report.Submit(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return (await MyReportAsync(schoolId, y, ct))!;
    }

    /// <summary>Submitted curator reports on schools of the user's territory, and the user's own in any status.</summary>
    public async Task<Page<CuratorReportView>> ReportsAsync(int? year, int? page, int? pageSize, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var me = user.RequiredId;
        var schools = db.Organizations.Readable(scope).Select(o => o.Id);
        var query = db.Set<CuratorReport>().AsNoTracking()
            .Where(r => r.CuratorUserId == me || (r.Status == CuratorReportStatus.Submitted && schools.Contains(r.SchoolId)));
        if (year is { } y)
        {
            query = query.Where(r => r.Year == y);
        }
        var (p, s) = Paging.Normalize(page, pageSize);
        var total = await query.CountAsync(ct);
        var items = await ReportViews(query.OrderByDescending(r => r.Year).ThenByDescending(r => r.SubmittedAt).Skip((p - 1) * s).Take(s), me, ct);
        return new Page<CuratorReportView>(items, total, p, s);
    }

    public async Task<CuratorReportView> GetReportAsync(int id, CancellationToken ct)
    {
        var report = await FindReportAsync(id, ct);
        return (await ReportViews(db.Set<CuratorReport>().AsNoTracking().Where(r => r.Id == report.Id), user.RequiredId, ct)).Single();
    }

    /// <summary>404 unless the user may see the visit: who may download its files.</summary>
    public async Task EnsureVisitVisibleAsync(int visitId, CancellationToken ct) => await FindVisitAsync(visitId, tracking: false, ct);

    /// <summary>404 unless the user may see the curator's report: who may download its files.</summary>
    public async Task EnsureReportVisibleAsync(int reportId, CancellationToken ct) => await FindReportAsync(reportId, ct);

    /// <summary>404 when the school is outside the user's territory; 403 when it is visible but not the user's as curator.</summary>
    private async Task<Organization> EnsureAssignedAsync(int schoolId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var school = await db.Organizations.AsNoTracking().Readable(scope)
            .FindVisibleAsync(o => o.Id == schoolId, "Школа не найдена или недоступна.", ct);
        scope.Require(Policies.CuratorWork, school.Path);
        return school;
    }

    private async Task<CuratorVisit> FindVisitAsync(int id, bool tracking, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var visits = db.Set<CuratorVisit>().Include(v => v.Files);
        var visit = await (tracking ? visits : visits.AsNoTracking()).FirstOrDefaultAsync(v => v.Id == id, ct)
            ?? throw new NotFoundException("Посещение не найдено.");
        var seen = visit.CuratorUserId == user.Id
            || await db.Organizations.Readable(scope).AnyAsync(o => o.Id == visit.SchoolId, ct);
        return seen ? visit : throw new NotFoundException("Посещение не найдено.");
    }

    private async Task<CuratorVisit> FindOwnVisitAsync(int id, CancellationToken ct)
    {
        var visit = await FindVisitAsync(id, tracking: true, ct);
        Policies.ChangeCuratorVisit(user.Id, visit.CuratorUserId).Require();
        return visit;
    }

    private async Task<CuratorReport> FindReportAsync(int id, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var report = await db.Set<CuratorReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException("Отчёт куратора не найден.");
        var seen = report.CuratorUserId == user.Id
            || (report.Status == CuratorReportStatus.Submitted && await db.Organizations.Readable(scope).AnyAsync(o => o.Id == report.SchoolId, ct));
        return seen ? report : throw new NotFoundException("Отчёт куратора не найден.");
    }

    private static DateOnly Required(DateOnly? date) => date ?? throw new DomainException("Укажите дату посещения.", "date");

    private async Task<List<VisitView>> VisitViews(IQueryable<CuratorVisit> query, Guid me, CancellationToken ct)
    {
        var visits = await query.Include(v => v.Files).ToListAsync(ct);
        var (schools, curators) = await NamesAsync(visits.Select(v => v.SchoolId), visits.Select(v => v.CuratorUserId), ct);
        return visits.OrderByDescending(v => v.Date).ThenByDescending(v => v.Id)
            .Select(v => new VisitView(v.Id, v.SchoolId, schools[v.SchoolId], curators[v.CuratorUserId], v.Date, v.Format, v.Notes, Files(v.Files), v.CuratorUserId == me))
            .ToList();
    }

    private async Task<List<CuratorReportView>> ReportViews(IQueryable<CuratorReport> query, Guid me, CancellationToken ct)
    {
        var reports = await query.Include(r => r.Files).ToListAsync(ct);
        var (schools, curators) = await NamesAsync(reports.Select(r => r.SchoolId), reports.Select(r => r.CuratorUserId), ct);
        return reports.OrderByDescending(r => r.Year).ThenByDescending(r => r.SubmittedAt).ThenBy(r => schools[r.SchoolId])
            .Select(r => new CuratorReportView(r.Id, r.SchoolId, schools[r.SchoolId], curators[r.CuratorUserId], r.Year, r.Status, r.Text, r.SubmittedAt,
                Files(r.Files), r.CuratorUserId == me && r.Status == CuratorReportStatus.Draft))
            .ToList();
    }

    private async Task<(Dictionary<int, string> Schools, Dictionary<Guid, string> Curators)> NamesAsync(IEnumerable<int> schoolIds, IEnumerable<Guid> curatorIds, CancellationToken ct)
    {
        var sids = schoolIds.Distinct().ToArray();
        var cids = curatorIds.Distinct().ToArray();
        var schools = await db.Organizations.AsNoTracking().Where(o => sids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, ct);
        var curators = await db.Users.AsNoTracking().Where(u => cids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        return (schools, curators);
    }

    private static List<StoredFileView> Files(IEnumerable<StoredFile> files) =>
        files.OrderBy(f => f.Id).Select(f => new StoredFileView(f.Id, f.FileName, f.Kind.ToString(), f.Size)).ToList();
}
