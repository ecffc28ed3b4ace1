using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Reviews;
using Medk.Data.Persistence;
using Medk.Web.Features.Platform.Notifications;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Monitoring.Reviews;

public sealed record NewSampleInput(string Name, int ScopeOrganizationId, DateOnly From, DateOnly To, int? Percent, int? Count, Guid[] ExpertIds);

public sealed record SampleRow(int Id, string Name, string Scope, DateOnly From, DateOnly To, string Size, int Seed, int Candidates, int Assigned, int Completed, int Confirmed);

public sealed record AssignmentRow(int Id, int SampleId, string SampleName, int ReportId, int CheckpointId, string ReporterName, string ItemText, DateOnly DueDate,
    string ExpertName, bool Completed, int? Total, ReviewVerdict? Verdict);

public sealed record AssignmentView(AssignmentRow Row, IReadOnlyList<ReviewCriterion> Checklist, IReadOnlyList<int> Points, string? Comment, bool CanReview);

public sealed record ExpertOption(Guid Id, string Name);

public sealed record ReviewInput(int[] Points, ReviewVerdict Verdict, string? Comment);

public sealed record ScoreInput(decimal Points, decimal MaxPoints, string? Comment);

public sealed record ScoreView(decimal Points, decimal MaxPoints, ColorZone Zone, string ExpertName, DateTimeOffset At, string? Comment);

/// <summary>
/// Expert review: a coordinator draws a reproducible sample of confirmed reports of a stage in a territory and
/// gives it to experts; each expert sees and reviews only what is assigned to them. Roadmaps are scored on points.
/// </summary>
public sealed class ReviewService(MedkDbContext db, CurrentUser user, TimeProvider clock, Notifier notifications)
{
    public async Task<IReadOnlyList<ExpertOption>> ExpertsForAsync(int scopeOrganizationId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var org = await db.Organizations.AsNoTracking().Readable(scope).FirstOrDefaultAsync(o => o.Id == scopeOrganizationId, ct)
            ?? throw new NotFoundException("Организация не найдена или недоступна.");
        var ancestors = Core.Platform.Organizations.OrganizationPath.Ancestors(org.Path).Append(org.Path).ToArray();
        // Experts whose territory covers the sample's territory: held there or above (an institution covers its parent).
        var experts = await db.RoleAssignments.AsNoTracking().Where(r => r.Role == RoleRules.ExpertRole)
            .Join(db.Organizations, r => r.OrganizationId, o => o.Id, (r, o) => new { r.UserId, o.Path, o.Kind, o.ParentId })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.UserId, x.Path, x.Kind, u.FullName, u.Email })
            .ToListAsync(ct);
        return experts
            .Where(e => ancestors.Contains(RoleGrant.TerritoryRoot(e.Path, e.Kind)))
            .GroupBy(e => e.UserId).Select(g => new ExpertOption(g.Key, $"{g.First().FullName} ({g.First().Email})"))
            .OrderBy(e => e.Name).ToList();
    }

    public async Task<SampleRow> CreateSampleAsync(NewSampleInput input, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var org = await db.Organizations.AsNoTracking().Readable(scope).FirstOrDefaultAsync(o => o.Id == input.ScopeOrganizationId, ct)
            ?? throw new DomainException("Территория выборки не найдена или недоступна.", "scopeOrganizationId");
        scope.Require(Policies.DrawReviewSample, org.Path);
        if (input.Percent is null == input.Count is null)
        {
            throw new DomainException("Укажите размер выборки: долю в процентах или число отчётов.", "size");
        }
        var experts = (await ExpertsForAsync(org.Id, ct)).Select(e => e.Id).ToHashSet();
        var chosen = (input.ExpertIds ?? []).Distinct().ToList();
        if (chosen.Count == 0 || chosen.Any(e => !experts.Contains(e)))
        {
            throw new DomainException("Выберите экспертов, чья территория включает территорию выборки.", "expertIds");
        }
        var path = org.Path;
        var candidates = await db.ProgressReports.AsNoTracking()
            .Where(r => r.Status == ReportStatus.Confirmed)
            .Join(db.Checkpoints, r => r.CheckpointId, c => c.Id, (r, c) => new { r.Id, r.ReporterOrganizationId, c.DueDate })
            .Where(x => x.DueDate >= input.From && x.DueDate <= input.To)
            .Join(db.Organizations.Where(o => o.Path.StartsWith(path)), x => x.ReporterOrganizationId, o => o.Id, (x, o) => x.Id)
            .OrderBy(id => id)
            .ToListAsync(ct);
        if (candidates.Count == 0)
        {
            throw new DomainException("За эти даты на территории нет подтверждённых отчётов: выбирать не из чего.", "from");
        }
        var sample = new ReviewSample(input.Name ?? "", org.Id, input.From, input.To, input.Percent is not null, input.Percent ?? input.Count ?? 0,
            SampleDraw.NewSeed(), candidates.Count, user.RequiredId, clock.GetUtcNow());
        var drawn = SampleDraw.Draw(candidates, sample.SampleSize, sample.Seed);
        sample.Assign(SampleDraw.AssignRoundRobin(drawn, chosen));
        // The notices link to the sample, so they are written after its id exists, in the same transaction.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.ReviewSamples.Add(sample);
            await db.SaveChangesAsync(ct);
            await notifications.ExpertsAssignedAsync(sample, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        return (await SamplesAsync(ct)).First(s => s.Id == sample.Id);
    }

    /// <summary>Samples of the territories the user reads, with their progress.</summary>
    public async Task<IReadOnlyList<SampleRow>> SamplesAsync(CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var orgs = db.Organizations.Readable(scope);
        var rows = await db.ReviewSamples.AsNoTracking()
            .Join(orgs, s => s.ScopeOrganizationId, o => o.Id, (s, o) => new
            {
                s.Id, s.Name, Scope = o.ShortName, s.From, s.To, s.IsPercent, s.Size, s.Seed, s.CandidateCount,
                Assigned = s.Assignments.Count(),
                Completed = s.Assignments.Count(a => a.CompletedAt != null),
                Confirmed = s.Assignments.Count(a => a.Verdict == ReviewVerdict.Confirmed),
            })
            .OrderByDescending(s => s.Id).Take(200).ToListAsync(ct);
        return rows.Select(s => new SampleRow(s.Id, s.Name, s.Scope, s.From, s.To, s.IsPercent ? $"{s.Size} %" : $"{s.Size} отч.", s.Seed, s.CandidateCount,
            s.Assigned, s.Completed, s.Confirmed)).ToList();
    }

    /// <summary>The assignments of the current expert only; a coordinator sees those of a sample of their territory.</summary>
    public async Task<IReadOnlyList<AssignmentRow>> AssignmentsAsync(int? sampleId, CancellationToken ct)
    {
        var me = user.RequiredId;
        var query = Assignments();
        if (sampleId is { } id)
        {
            var visible = await SamplesAsync(ct);
            if (visible.All(s => s.Id != id))
            {
                throw new NotFoundException("Выборка не найдена или недоступна.");
            }
            query = query.Where(x => x.SampleId == id);
            if (!await SeesAllAssignmentsAsync(id, ct))
            {
                query = query.Where(x => x.ExpertId == me); // an expert of the territory reads their own, not their colleagues'
            }
        }
        else
        {
            query = query.Where(x => x.ExpertId == me);
        }
        return await query.OrderBy(x => x.Completed).ThenBy(x => x.DueDate).Take(500).Select(x => x.Row).ToListAsync(ct);
    }

    public async Task<AssignmentView> GetAsync(int assignmentId, CancellationToken ct)
    {
        var me = user.RequiredId;
        var row = await Assignments().Where(x => x.Id == assignmentId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Экспертиза не найдена.");
        if (row.ExpertId != me && !await SeesAllAssignmentsAsync(row.SampleId, ct))
        {
            throw new NotFoundException("Экспертиза не найдена.");
        }
        var assignment = await db.ReviewAssignments.AsNoTracking().FirstAsync(a => a.Id == assignmentId, ct);
        return new AssignmentView(row.Row, ReviewChecklist.Default, assignment.Points, assignment.Comment, row.ExpertId == me && !assignment.IsCompleted);
    }

    public async Task<AssignmentView> CompleteAsync(int assignmentId, ReviewInput input, CancellationToken ct)
    {
        var me = user.RequiredId;
        // Only the assigned expert: anybody else, even a coordinator, does not find it.
        var assignment = await db.ReviewAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.ExpertId == me, ct)
            ?? throw new NotFoundException("Экспертиза не найдена или назначена другому эксперту.");
        assignment.Complete(input.Points ?? [], input.Verdict, input.Comment, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(assignmentId, ct);
    }

    /// <summary>The latest score of a roadmap the user sees (404 otherwise, like the roadmap itself); null when none yet.</summary>
    public async Task<ScoreView?> LatestScoreAsync(int roadmapId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        await db.Roadmaps.AsNoTracking().Visible(db, scope).FindVisibleAsync(r => r.Id == roadmapId, "Дорожная карта не найдена или недоступна.", ct);
        return await ScoreAsync(roadmapId, ct);
    }

    private async Task<ScoreView?> ScoreAsync(int roadmapId, CancellationToken ct) =>
        await db.RoadmapScores.AsNoTracking().Where(s => s.RoadmapId == roadmapId).OrderByDescending(s => s.At)
            .Select(s => new ScoreView(s.Points, s.MaxPoints, ColorZone.None, s.ExpertName, s.At, s.Comment)).FirstOrDefaultAsync(ct) is { } v
            ? v with { Zone = RollUp.ScoreZone(v.Points, v.MaxPoints) }
            : null;

    /// <summary>An expert (or a coordinator of a level above) scores a roadmap on points; the colour zone follows.</summary>
    public async Task<ScoreView> ScoreAsync(int roadmapId, ScoreInput input, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var roadmap = await db.Roadmaps.AsNoTracking().Include(r => r.Owner).Visible(db, scope)
            .FindVisibleAsync(r => r.Id == roadmapId, "Дорожная карта не найдена или недоступна.", ct);
        scope.Require(Policies.ScoreRoadmap, roadmap.Owner!.Path);
        var me = user.RequiredId;
        var name = await user.FullNameAsync(ct);
        db.RoadmapScores.Add(new RoadmapScore(roadmapId, me, name, input.Points, input.MaxPoints, input.Comment, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return (await ScoreAsync(roadmapId, ct))!;
    }

    /// <summary>Whether the user reads every expert's assignments of the sample: its territory's coordinators do (the sample is known to be visible).</summary>
    private async Task<bool> SeesAllAssignmentsAsync(int sampleId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var territory = await db.ReviewSamples.AsNoTracking().Where(s => s.Id == sampleId)
            .Join(db.Organizations, s => s.ScopeOrganizationId, o => o.Id, (s, o) => o.Path).FirstOrDefaultAsync(ct);
        return territory is not null && Policies.SeesAllAssignmentsOf(scope, territory);
    }

    private IQueryable<AssignmentProjection> Assignments() =>
        db.ReviewAssignments.AsNoTracking()
            .Join(db.ReviewSamples, a => a.SampleId, s => s.Id, (a, s) => new { a, s })
            .Join(db.ProgressReports, x => x.a.ReportId, r => r.Id, (x, r) => new { x.a, x.s, r })
            .Join(db.Checkpoints, x => x.r.CheckpointId, c => c.Id, (x, c) => new { x.a, x.s, x.r, c })
            .Join(db.RoadmapItems, x => x.c.ItemId, i => i.Id, (x, i) => new { x.a, x.s, x.r, x.c, i })
            .Join(db.Organizations, x => x.r.ReporterOrganizationId, o => o.Id, (x, o) => new { x.a, x.s, x.r, x.c, x.i, o })
            .Join(db.Users, x => x.a.ExpertId, u => u.Id, (x, u) => new AssignmentProjection
            {
                Id = x.a.Id,
                SampleId = x.s.Id,
                ExpertId = x.a.ExpertId,
                Completed = x.a.CompletedAt != null,
                DueDate = x.c.DueDate,
                Row = new AssignmentRow(x.a.Id, x.s.Id, x.s.Name, x.r.Id, x.c.Id, x.o.ShortName, x.i.Text, x.c.DueDate, u.FullName,
                    x.a.CompletedAt != null, x.a.Total, x.a.Verdict),
            });

    private sealed class AssignmentProjection
    {
        public int Id { get; init; }
        public int SampleId { get; init; }
        public Guid ExpertId { get; init; }
        public bool Completed { get; init; }
        public DateOnly DueDate { get; init; }
        public AssignmentRow Row { get; init; } = null!;
    }
}
