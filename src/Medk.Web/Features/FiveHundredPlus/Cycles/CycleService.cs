using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.FiveHundredPlus.Cycles;

public sealed record CycleRow(int Id, string Name, int Year, int RegionId, string RegionName, int Participants);

public sealed record StageView(StageKind Kind, string Name, DateOnly From, DateOnly To);

public sealed record ParticipantView(int SchoolId, string SchoolName, int MunicipalityId, string MunicipalityName, bool LowResults, bool Unfavourable, int JoinedYear);

public sealed record FactorView(int Id, string Name, int Order);

public sealed record CycleView(int Id, string Name, int Year, int RegionId, string RegionName, bool CanManage,
    IReadOnlyList<StageView> Stages, IReadOnlyList<FactorView> Factors, IReadOnlyList<ParticipantView> Participants);

public sealed record NewCycleInput(string Name, int Year, int RegionId);

public sealed record ParticipantInput(int SchoolId, bool LowResults, bool Unfavourable, int? JoinedYear);

public sealed record StageInput(StageKind Kind, DateOnly From, DateOnly To);

public sealed record FactorInput(string Name);

/// <summary>
/// Project years of «500+»: a region's coordinators create the cycle and keep its calendar, participants and
/// risk factors; everyone in the region sees it, each with the participating schools of their own territory.
/// </summary>
public sealed class CycleService(MedkDbContext db, CurrentUser user)
{
    public async Task<IReadOnlyList<CycleRow>> ListAsync(CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var regions = db.Organizations.Visible(scope);
        var schools = db.Organizations.Readable(scope).Select(o => o.Id);
        var rows = await db.Set<Cycle>().AsNoTracking()
            .Join(regions, c => c.RegionId, o => o.Id, (c, o) => new { c.Id, c.Name, c.Year, RegionId = o.Id, RegionName = o.ShortName })
            .OrderByDescending(c => c.Year).ThenBy(c => c.RegionName)
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToArray();
        var counts = await db.Set<Participant>().AsNoTracking()
            .Where(p => ids.Contains(p.CycleId) && schools.Contains(p.SchoolId))
            .GroupBy(p => p.CycleId).Select(g => new { Cycle = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Cycle, x => x.Count, ct);
        return rows.Select(r => new CycleRow(r.Id, r.Name, r.Year, r.RegionId, r.RegionName, counts.GetValueOrDefault(r.Id))).ToList();
    }

    public async Task<CycleView> GetAsync(int id, CancellationToken ct)
    {
        var (cycle, region, scope) = await FindAsync(id, tracking: false, ct);
        var readable = db.Organizations.Readable(scope);
        var schoolIds = cycle.Participants.Select(p => p.SchoolId).ToArray();
        var schools = await readable.Where(o => schoolIds.Contains(o.Id))
            .Select(o => new { o.Id, o.ShortName, o.ParentId, Parent = o.Parent!.ShortName }).ToDictionaryAsync(o => o.Id, ct);
        return new CycleView(cycle.Id, cycle.Name, cycle.Year, region.Id, region.ShortName, Policies.EditCycle(scope, region.Path).IsAllowed,
            cycle.Stages.OrderBy(s => s.Kind).Select(s => new StageView(s.Kind, CycleGlossary.Stage(s.Kind), s.From, s.To)).ToList(),
            cycle.Factors.OrderBy(f => f.Order).Select(f => new FactorView(f.Id, f.Name, f.Order)).ToList(),
            cycle.Participants.Where(p => schools.ContainsKey(p.SchoolId))
                .Select(p => new ParticipantView(p.SchoolId, schools[p.SchoolId].ShortName, schools[p.SchoolId].ParentId ?? 0, schools[p.SchoolId].Parent,
                    p.LowResults, p.Unfavourable, p.JoinedYear))
                .OrderBy(p => p.MunicipalityName).ThenBy(p => p.SchoolName).ToList());
    }

    public async Task<CycleView> CreateAsync(NewCycleInput input, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var region = await db.Organizations.AsNoTracking().Readable(scope).FirstOrDefaultAsync(o => o.Id == input.RegionId, ct)
            ?? throw new DomainException("Регион не найден или недоступен.", "regionId");
        if (region.Level != OrganizationLevel.Region)
        {
            throw new DomainException("Цикл проекта ведёт регион: выберите организацию регионального уровня.", "regionId");
        }
        scope.Require(Policies.CreateCycle, region.Path);
        if (await db.Set<Cycle>().AnyAsync(c => c.RegionId == region.Id && c.Year == input.Year, ct))
        {
            throw new DomainException($"У региона уже есть цикл {input.Year} года.", "year");
        }
        var cycle = new Cycle(input.Name ?? "", input.Year, region.Id);
        cycle.AddStandardStages();
        cycle.AddStandardFactors();
        db.Add(cycle);
        await db.SaveChangesAsync(ct);
        return await GetAsync(cycle.Id, ct);
    }

    public async Task<CycleView> SetStageAsync(int id, StageInput input, CancellationToken ct)
    {
        var (cycle, _, _) = await FindManagedAsync(id, ct);
        cycle.SetStage(input.Kind, input.From, input.To);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<CycleView> AddFactorAsync(int id, FactorInput input, CancellationToken ct)
    {
        var (cycle, _, _) = await FindManagedAsync(id, ct);
        cycle.AddFactor(input.Name ?? "");
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<CycleView> AddParticipantAsync(int id, ParticipantInput input, CancellationToken ct)
    {
        var (cycle, region, scope) = await FindAsync(id, tracking: true, ct);
        var school = await db.Organizations.AsNoTracking().Readable(scope).FirstOrDefaultAsync(o => o.Id == input.SchoolId, ct)
            ?? throw new DomainException("Школа не найдена или недоступна.", "schoolId");
        if (school.Kind != OrganizationKind.School || !OrganizationPath.IsWithin(school.Path, region.Path))
        {
            throw new DomainException("Участником цикла может быть только школа этого региона.", "schoolId");
        }
        scope.Require(Policies.IncludeParticipant, school.Path);
        cycle.AddParticipant(school.Id, input.LowResults, input.Unfavourable, input.JoinedYear ?? cycle.Year);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<CycleView> RemoveParticipantAsync(int id, int schoolId, CancellationToken ct)
    {
        var (cycle, _, scope) = await FindAsync(id, tracking: true, ct);
        // A school the user cannot see is not there for them (decision 003): 404, not a refusal.
        var school = await db.Organizations.AsNoTracking().Readable(scope)
            .FindVisibleAsync(o => o.Id == schoolId, "Школа не найдена.", ct);
        scope.Require(Policies.ExcludeParticipant, school.Path);
        cycle.RemoveParticipant(schoolId);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Schools of the user's territory in the cycle's region that are not yet participants (for the add form).</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> CandidateSchoolsAsync(int id, CancellationToken ct)
    {
        var (cycle, region, scope) = await FindAsync(id, tracking: false, ct);
        var taken = cycle.Participants.Select(p => p.SchoolId).ToArray();
        var path = region.Path;
        var list = await db.Organizations.AsNoTracking().Readable(scope)
            .Where(o => o.Kind == OrganizationKind.School && o.Path.StartsWith(path) && !taken.Contains(o.Id))
            .OrderBy(o => o.ShortName).Take(2000).Select(o => new { o.Id, o.ShortName }).ToListAsync(ct);
        return list.Select(o => (o.Id, o.ShortName)).ToList();
    }

    private async Task<(Cycle Cycle, Organization Region, AccessScope Scope)> FindManagedAsync(int id, CancellationToken ct)
    {
        var found = await FindAsync(id, tracking: true, ct);
        found.Scope.Require(Policies.EditCycle, found.Region.Path);
        return found;
    }

    private async Task<(Cycle Cycle, Organization Region, AccessScope Scope)> FindAsync(int id, bool tracking, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var cycles = db.Set<Cycle>().Include(c => c.Stages).Include(c => c.Participants).Include(c => c.Factors).AsSplitQuery();
        var (cycle, region) = await (tracking ? cycles : cycles.AsNoTracking()).FindVisibleAsync(db, scope, id, ct);
        return (cycle, region, scope);
    }
}
