using Medk.Core.Platform.Access;
using Medk.Web.Features.FiveHundredPlus.Cycles;
using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring;
using Medk.Core.Platform.Organizations;
using Medk.Core.Monitoring.Reviews;
using Medk.Data.Persistence;
using Medk.Web.Features.Monitoring.Reports;
using Medk.Web.Features.Platform.Files;
using Medk.Web.Features.Platform.Notifications;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.FiveHundredPlus.Concepts;

public sealed record ConceptCell(int DocumentId, ConceptKind Kind, string Title, ReportStatus Status, ReviewVerdict? ExpertVerdict, string? FactorName);

/// <summary>One participating school's state in the cycle: its documents and the outcomes of the monitoring stages.</summary>
public sealed record SchoolConceptRow(int SchoolId, string SchoolName, string MunicipalityName, IReadOnlyList<ConceptCell> Documents, bool? FirstStage, bool? SecondStage);

public sealed record ConceptFileView(int Id, string FileName, long Size);

public sealed record ConceptView(int Id, int CycleId, int SchoolId, string SchoolName, ConceptKind Kind, string KindName, string Title, string? FactorName,
    int? RoadmapId, ReportStatus Status, IReadOnlyList<ConceptFileView> Files, IReadOnlyList<DecisionView> History,
    ReviewVerdict? ExpertVerdict, string? ExpertComment, string? ExpertName, DateTimeOffset? ReviewedAt,
    bool CanEdit, bool CanConfirm, bool CanReview);

public sealed record OutcomeInput(StageKind Stage, int SchoolId, bool PositiveChanges, string? Comment);

/// <summary>
/// Conceptual documents of participating schools and the outcomes of the monitoring stages. A school writes its
/// documents; its curator (or a coordinator above) confirms or returns them; an expert of the territory reviews
/// the confirmed ones; the municipality and region see every school's state in one table.
/// </summary>
public sealed class ConceptService(MedkDbContext db, CurrentUser user, TimeProvider clock, FileService files, Notifier notifications)
{
    public async Task<IReadOnlyList<SchoolConceptRow>> TableAsync(int cycleId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        await EnsureCycleVisibleAsync(cycleId, ct);
        var schools = await db.Set<Participant>().AsNoTracking().Where(p => p.CycleId == cycleId)
            .Join(db.Organizations.Readable(scope), p => p.SchoolId, o => o.Id, (p, o) => new { o.Id, o.ShortName, Municipality = o.Parent!.ShortName })
            .OrderBy(s => s.Municipality).ThenBy(s => s.ShortName).ToListAsync(ct);
        var ids = schools.Select(s => s.Id).ToArray();
        var factors = await db.Set<RiskFactor>().AsNoTracking().Where(f => f.CycleId == cycleId).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        var documents = await db.Set<ConceptDocument>().AsNoTracking().Where(d => d.CycleId == cycleId && ids.Contains(d.SchoolId))
            .Select(d => new { d.Id, d.SchoolId, d.Kind, d.Title, d.Status, d.ExpertVerdict, d.RiskFactorId }).ToListAsync(ct);
        var outcomes = await db.Set<StageOutcome>().AsNoTracking().Where(o => o.CycleId == cycleId && ids.Contains(o.SchoolId))
            .Select(o => new { o.SchoolId, o.Stage, o.PositiveChanges }).ToListAsync(ct);
        return schools.Select(s => new SchoolConceptRow(s.Id, s.ShortName, s.Municipality,
            documents.Where(d => d.SchoolId == s.Id).OrderBy(d => d.Kind).ThenBy(d => d.Id)
                .Select(d => new ConceptCell(d.Id, d.Kind, d.Title, d.Status, d.ExpertVerdict, d.RiskFactorId is { } f ? factors.GetValueOrDefault(f) : null)).ToList(),
            outcomes.FirstOrDefault(o => o.SchoolId == s.Id && o.Stage == StageKind.MonitoringFirst)?.PositiveChanges,
            outcomes.FirstOrDefault(o => o.SchoolId == s.Id && o.Stage == StageKind.MonitoringSecond)?.PositiveChanges)).ToList();
    }

    public async Task<ConceptView> CreateAsync(int cycleId, int schoolId, ConceptKind kind, int? riskFactorId, string title, int? roadmapId,
        IReadOnlyList<NewEvidence> newFiles, CancellationToken ct)
    {
        var (school, scope) = await ParticipantAsync(cycleId, schoolId, ct);
        scope.Require(Policies.PrepareConcept, school.Path);
        if (riskFactorId is { } f && !await db.Set<RiskFactor>().AnyAsync(x => x.Id == f && x.CycleId == cycleId, ct))
        {
            throw new DomainException("Такого фактора риска в этом цикле нет.", "riskFactorId");
        }
        var checkedFiles = CheckedFile.CheckAll(newFiles);
        var document = new ConceptDocument(cycleId, school.Id, kind, riskFactorId, title, clock.GetUtcNow());
        await LinkRoadmapAsync(document, school, roadmapId, ct);
        foreach (var file in await files.KeepAsync(checkedFiles, ct))
        {
            document.Attach(file);
        }
        db.Add(document);
        await db.SaveChangesAsync(ct);
        return await GetAsync(document.Id, ct);
    }

    /// <summary>
    /// For the new-document form: 404 unless the user sees the cycle and the school (a participant of it), 403 unless
    /// they may prepare the school's documents — the form is not offered where saving it would be refused.
    /// </summary>
    public async Task EnsureMayPrepareAsync(int cycleId, int schoolId, CancellationToken ct)
    {
        await EnsureCycleVisibleAsync(cycleId, ct);
        var scope = await user.ScopeAsync(ct);
        var school = await db.Organizations.AsNoTracking().Readable(scope)
            .Where(o => db.Set<Participant>().Any(p => p.CycleId == cycleId && p.SchoolId == o.Id))
            .FindVisibleAsync(o => o.Id == schoolId, "Школа не найдена среди участников цикла.", ct);
        scope.Require(Policies.PrepareConcept, school.Path);
    }

    public async Task<ConceptView> GetAsync(int id, CancellationToken ct)
    {
        var (document, school, scope) = await FindAsync(id, tracking: false, ct);
        var factor = document.RiskFactorId is { } f ? await db.Set<RiskFactor>().Where(x => x.Id == f).Select(x => x.Name).FirstOrDefaultAsync(ct) : null;
        return new ConceptView(document.Id, document.CycleId, school.Id, school.ShortName, document.Kind, ConceptGlossary.Kind(document.Kind), document.Title, factor,
            document.RoadmapId, document.Status,
            document.Files.Select(x => new ConceptFileView(x.Id, x.FileName, x.Size)).ToList(),
            document.Decisions.OrderBy(d => d.At).Select(d => new DecisionView(d.Kind.ToString(), d.ByName, d.At, d.Comment)).ToList(),
            document.ExpertVerdict, document.ExpertComment, document.ExpertName, document.ReviewedAt,
            Policies.AddToConcept(scope, school.Path).IsAllowed && ReportWorkflow.CanEdit(document.Status),
            document.Status == ReportStatus.Submitted && Policies.ConfirmConcept(scope, school.Path).IsAllowed,
            document.Status == ReportStatus.Confirmed && Policies.ReviewConcept(scope, school.Path).IsAllowed);
    }

    public async Task<ConceptView> AddFilesAsync(int id, IReadOnlyList<NewEvidence> newFiles, int? roadmapId, CancellationToken ct)
    {
        var (document, school, scope) = await FindAsync(id, tracking: true, ct);
        scope.Require(Policies.AddToConcept, school.Path);
        foreach (var file in await files.KeepAsync(CheckedFile.CheckAll(newFiles), ct))
        {
            document.Attach(file);
        }
        if (roadmapId is not null)
        {
            await LinkRoadmapAsync(document, school, roadmapId, ct);
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ConceptView> SubmitAsync(int id, CancellationToken ct)
    {
        var (document, school, scope) = await FindAsync(id, tracking: true, ct);
        scope.Require(Policies.SubmitConcept, school.Path);
        document.Submit(user.RequiredId, await user.FullNameAsync(ct), clock.GetUtcNow());
        await notifications.ConceptAsync(document, school, null, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ConceptView> DecideAsync(int id, bool confirm, string? comment, CancellationToken ct)
    {
        var (document, school, scope) = await FindAsync(id, tracking: true, ct);
        scope.Require(Policies.ConfirmConcept, school.Path);
        var name = await user.FullNameAsync(ct);
        if (confirm)
        {
            document.Confirm(user.RequiredId, name, comment, clock.GetUtcNow());
        }
        else
        {
            document.Return(user.RequiredId, name, comment, clock.GetUtcNow());
        }
        await notifications.ConceptAsync(document, school, document.Decisions.Last().Comment, ct);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ConceptView> ReviewAsync(int id, ReviewVerdict verdict, string? comment, CancellationToken ct)
    {
        var (document, school, scope) = await FindAsync(id, tracking: true, ct);
        scope.Require(Policies.ReviewConcept, school.Path);
        document.Review(verdict, await user.FullNameAsync(ct), comment, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Records whether positive changes are confirmed for a school at a monitoring stage (coordinators above the school or experts).</summary>
    public async Task RecordOutcomeAsync(int cycleId, OutcomeInput input, CancellationToken ct)
    {
        var (school, scope) = await ParticipantAsync(cycleId, input.SchoolId, ct);
        scope.Require(Policies.RecordStageOutcome, school.Path);
        var me = user.RequiredId;
        var name = await user.FullNameAsync(ct);
        var existing = await db.Set<StageOutcome>().FirstOrDefaultAsync(o => o.CycleId == cycleId && o.Stage == input.Stage && o.SchoolId == school.Id, ct);
        if (existing is null)
        {
            db.Add(new StageOutcome(cycleId, input.Stage, school.Id, input.PositiveChanges, me, name, input.Comment, clock.GetUtcNow()));
        }
        else
        {
            existing.Record(input.PositiveChanges, me, name, input.Comment, clock.GetUtcNow());
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task LinkRoadmapAsync(ConceptDocument document, Organization school, int? roadmapId, CancellationToken ct)
    {
        if (roadmapId is { } r && !await db.Roadmaps.AnyAsync(x => x.Id == r && x.OwnerOrganizationId == school.Id, ct))
        {
            throw new DomainException("Связать можно только дорожную карту этой школы.", "roadmapId");
        }
        document.LinkRoadmap(roadmapId);
    }

    private async Task EnsureCycleVisibleAsync(int cycleId, CancellationToken ct)
    {
        await db.Set<Cycle>().AsNoTracking().FindVisibleAsync(db, await user.ScopeAsync(ct), cycleId, ct);
    }

    private async Task<(Organization School, Core.Platform.Access.AccessScope Scope)> ParticipantAsync(int cycleId, int schoolId, CancellationToken ct)
    {
        await EnsureCycleVisibleAsync(cycleId, ct);
        var scope = await user.ScopeAsync(ct);
        var school = await db.Organizations.AsNoTracking().Readable(scope).FirstOrDefaultAsync(o => o.Id == schoolId, ct)
            ?? throw new DomainException("Школа не найдена или недоступна.", "schoolId");
        if (!await db.Set<Participant>().AnyAsync(p => p.CycleId == cycleId && p.SchoolId == schoolId, ct))
        {
            throw new DomainException("Школа не участвует в этом цикле проекта.", "schoolId");
        }
        return (school, scope);
    }

    /// <summary>404 unless the user sees the document's school: who may download its files.</summary>
    public async Task EnsureDocumentVisibleAsync(int id, CancellationToken ct) => await FindAsync(id, tracking: false, ct);

    private async Task<(ConceptDocument Document, Organization School, Core.Platform.Access.AccessScope Scope)> FindAsync(int id, bool tracking, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var query = db.Set<ConceptDocument>().Include(d => d.Files).AsSplitQuery();
        var document = await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new NotFoundException("Документ не найден.");
        var school = await db.Organizations.AsNoTracking().Readable(scope).FirstOrDefaultAsync(o => o.Id == document.SchoolId, ct)
            ?? throw new NotFoundException("Документ не найден.");
        return (document, school, scope);
    }

}
