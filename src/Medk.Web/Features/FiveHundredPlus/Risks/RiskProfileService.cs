using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.Platform.Organizations;
using Medk.Core.FiveHundredPlus.Risks;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.FiveHundredPlus.Risks;

public sealed record RiskFactorView(int Id, string Name, int Order);

public sealed record RiskCell(int FactorId, RiskLevel Level, bool Activated);

public sealed record HeatMapRow(int SchoolId, string SchoolName, int MunicipalityId, string MunicipalityName, bool HasProfile, bool Verified, IReadOnlyList<RiskCell> Cells);

public sealed record FactorTotals(int FactorId, int High, int Medium, int Low, int None, int Activated);

public sealed record HeatMapView(int CycleId, string CycleName, string RegionName, IReadOnlyList<RiskFactorView> Factors, IReadOnlyList<HeatMapRow> Schools,
    IReadOnlyList<FactorTotals> Totals, IReadOnlyList<(int Id, string Name)> Municipalities, bool CanImport);

public sealed record RiskProfileView(int CycleId, string CycleName, int SchoolId, string SchoolName, string MunicipalityName,
    IReadOnlyList<RiskFactorView> Factors, IReadOnlyList<RiskCell> Levels, bool Verified, DateTimeOffset? VerifiedAt, string? VerifiedBy,
    DateTimeOffset? UpdatedAt, bool CanEditLevels, bool CanActivate, bool CanVerify, bool CanReopen);

public sealed record RiskLevelInput(int FactorId, RiskLevel Level);

public sealed record RiskLevelsInput(IReadOnlyList<RiskLevelInput>? Levels);

public sealed record ActivationInput(IReadOnlyList<int>? FactorIds);

/// <summary>
/// Risk profiles of the participating schools (РПШ): levels entered or imported by the school team and the
/// coordinators above it, directions activated by the school team, verification by the school's curator or a
/// municipal coordinator. Every read goes through the user's territory; a school outside it is 404.
/// </summary>
public sealed class RiskProfileService(MedkDbContext db, CurrentUser user, TimeProvider clock)
{
    public async Task<HeatMapView> HeatMapAsync(int cycleId, int? municipalityId, CancellationToken ct)
    {
        var context = await CycleSchools.LoadAsync(db, user, cycleId, ct);
        var municipalities = context.Schools.Select(s => (s.MunicipalityId, s.MunicipalityName)).Distinct().OrderBy(m => m.MunicipalityName).ToList();
        var schools = context.Schools.Where(s => municipalityId is null || s.MunicipalityId == municipalityId).ToList();
        var ids = schools.Select(s => s.Id).ToArray();

        // One query for all cells of the map, one grouped query for the footer: never a query per school.
        // A join rather than SelectMany with the outer row: SQLite has no APPLY.
        var levels = db.Set<RiskProfile>().AsNoTracking().Where(p => p.CycleId == cycleId && ids.Contains(p.SchoolId))
            .Join(db.Set<RiskProfileLevel>(), p => p.Id, l => l.RiskProfileId, (p, l) => new { p.SchoolId, l.FactorId, l.Level, l.Activated });
        var cells = await levels.ToListAsync(ct);
        var profiles = await db.Set<RiskProfile>().AsNoTracking().Where(p => p.CycleId == cycleId && ids.Contains(p.SchoolId))
            .Select(p => new { p.SchoolId, Verified = p.VerifiedAt != null }).ToDictionaryAsync(p => p.SchoolId, p => p.Verified, ct);
        var groups = await levels
            .GroupBy(l => new { l.FactorId, l.Level, l.Activated })
            .Select(g => new { g.Key.FactorId, g.Key.Level, g.Key.Activated, Count = g.Count() })
            .ToListAsync(ct);

        var factors = Factors(context);
        var bySchool = cells.ToLookup(c => c.SchoolId);
        var rows = schools.Select(s => new HeatMapRow(s.Id, s.Name, s.MunicipalityId, s.MunicipalityName, profiles.ContainsKey(s.Id),
                profiles.GetValueOrDefault(s.Id), bySchool[s.Id].Select(c => new RiskCell(c.FactorId, c.Level, c.Activated)).ToList()))
            .ToList();
        var totals = factors.Select(f =>
        {
            var of = groups.Where(g => g.FactorId == f.Id).ToList();
            int Count(RiskLevel level) => of.Where(g => g.Level == level).Sum(g => g.Count);
            return new FactorTotals(f.Id, Count(RiskLevel.High), Count(RiskLevel.Medium), Count(RiskLevel.Low), Count(RiskLevel.None),
                of.Where(g => g.Activated).Sum(g => g.Count));
        }).ToList();
        var canImport = context.Schools.Any(s => Policies.EditRiskLevels(context.Scope, s.Path).IsAllowed);
        return new HeatMapView(cycleId, context.Cycle.Name, context.Region.ShortName, factors, rows, totals, municipalities, canImport);
    }

    public async Task<RiskProfileView> GetAsync(int cycleId, int schoolId, CancellationToken ct)
    {
        var context = await CycleSchools.LoadAsync(db, user, cycleId, ct);
        var school = context.RequireSchool(schoolId);
        var profile = await db.Set<RiskProfile>().AsNoTracking().Include(p => p.Levels)
            .FirstOrDefaultAsync(p => p.CycleId == cycleId && p.SchoolId == schoolId, ct);
        string? verifiedBy = null;
        if (profile?.VerifiedById is { } by)
        {
            verifiedBy = await db.Users.Where(u => u.Id == by).Select(u => u.FullName).FirstOrDefaultAsync(ct);
        }
        var scope = context.Scope;
        var verified = profile?.IsVerified ?? false;
        return new RiskProfileView(cycleId, context.Cycle.Name, school.Id, school.Name, school.MunicipalityName, Factors(context),
            profile?.Levels.Select(l => new RiskCell(l.FactorId, l.Level, l.Activated)).ToList() ?? [],
            verified, profile?.VerifiedAt, verifiedBy, profile?.UpdatedAt,
            !verified && Policies.EditRiskLevels(scope, school.Path).IsAllowed, !verified && Policies.ActivateDirections(scope, school.Path).IsAllowed,
            !verified && Policies.VerifyRiskProfile(scope, school.Path).IsAllowed, verified && Policies.ReopenRiskProfile(scope, school.Path).IsAllowed);
    }

    public async Task<RiskProfileView> SetLevelsAsync(int cycleId, int schoolId, RiskLevelsInput input, CancellationToken ct)
    {
        var context = await CycleSchools.LoadAsync(db, user, cycleId, ct);
        var school = context.RequireSchool(schoolId);
        context.Scope.Require(Policies.EditRiskLevels, school.Path);
        var levels = input.Levels ?? [];
        if (levels.Select(l => l.FactorId).Distinct().Count() != levels.Count)
        {
            throw new DomainException("Фактор риска указан дважды.", "levels");
        }
        var profile = await ProfileAsync(cycleId, schoolId, ct);
        profile.SetLevels(levels.ToDictionary(l => l.FactorId, l => l.Level), context.Cycle.Factors.Select(f => f.Id).ToArray(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(cycleId, schoolId, ct);
    }

    public async Task<RiskProfileView> ActivateAsync(int cycleId, int schoolId, ActivationInput input, CancellationToken ct)
    {
        var context = await CycleSchools.LoadAsync(db, user, cycleId, ct);
        var school = context.RequireSchool(schoolId);
        context.Scope.Require(Policies.ActivateDirections, school.Path);
        var profile = await ProfileAsync(cycleId, schoolId, ct);
        profile.Activate((input.FactorIds ?? []).Distinct().ToArray(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await GetAsync(cycleId, schoolId, ct);
    }

    public async Task<RiskProfileView> VerifyAsync(int cycleId, int schoolId, bool reopen, CancellationToken ct)
    {
        var context = await CycleSchools.LoadAsync(db, user, cycleId, ct);
        var school = context.RequireSchool(schoolId);
        context.Scope.Require(reopen ? Policies.ReopenRiskProfile : Policies.VerifyRiskProfile, school.Path);
        var profile = await db.Set<RiskProfile>().Include(p => p.Levels).FirstOrDefaultAsync(p => p.CycleId == cycleId && p.SchoolId == schoolId, ct)
            ?? throw new DomainException("Профиль школы ещё не заполнен.", "levels");
        if (reopen)
        {
            profile.Reopen(clock.GetUtcNow());
        }
        else
        {
            profile.Verify(user.RequiredId, context.Cycle.Factors.Count, clock.GetUtcNow());
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(cycleId, schoolId, ct);
    }

    /// <summary>
    /// Imports levels from a table (школа, then a column per factor). Every row is checked first; if any is bad,
    /// the errors of all bad rows come back and nothing is saved. Otherwise all profiles change in one transaction.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(int cycleId, Stream content, string? fileName, CancellationToken ct)
    {
        var context = await CycleSchools.LoadAsync(db, user, cycleId, ct);
        var rows = CycleSchools.ReadTable(content, fileName);
        if (rows.Count < 2)
        {
            throw new DomainException("В файле нет строк: нужна строка заголовка (школа и факторы риска) и строки школ.", "file");
        }
        var errors = new Dictionary<string, List<string>>();
        var header = rows[0];
        var factorsByName = context.Cycle.Factors.ToDictionary(f => SearchText.Fold(f.Name), f => f.Id);
        var columns = new Dictionary<int, int>();
        for (var c = 1; c < header.Cells.Count; c++)
        {
            var name = header[c].Trim();
            if (name.Length == 0)
            {
                continue;
            }
            if (factorsByName.TryGetValue(SearchText.Fold(name), out var factorId))
            {
                columns[c] = factorId;
            }
            else
            {
                CycleSchools.AddError(errors, header.Number, $"столбец «{name}»: такого фактора риска нет в цикле.");
            }
        }
        var resolve = CycleSchools.Resolver(context.Schools);
        var seen = new Dictionary<int, int>();
        var changes = new List<(CycleSchool School, Dictionary<int, RiskLevel> Levels)>();
        foreach (var row in rows.Skip(1))
        {
            var text = row[0].Trim();
            var school = text.Length == 0 ? null : resolve(text);
            if (school is null)
            {
                CycleSchools.AddError(errors, row.Number, text.Length == 0
                    ? "не указана школа."
                    : $"школа «{text}» не найдена среди участников цикла на вашей территории.");
                continue;
            }
            if (seen.TryGetValue(school.Id, out var first))
            {
                CycleSchools.AddError(errors, row.Number, $"школа «{school.Name}» уже была в строке {first}.");
                continue;
            }
            seen[school.Id] = row.Number;
            if (!Policies.EditRiskLevels(context.Scope, school.Path).IsAllowed)
            {
                CycleSchools.AddError(errors, row.Number, $"у вас нет права вносить уровни рисков школы «{school.Name}».");
                continue;
            }
            var levels = new Dictionary<int, RiskLevel>();
            foreach (var (column, factorId) in columns)
            {
                var value = row[column].Trim();
                if (value.Length == 0)
                {
                    continue;
                }
                if (RiskLevels.Parse(value) is { } level)
                {
                    levels[factorId] = level;
                }
                else
                {
                    CycleSchools.AddError(errors, row.Number, $"«{value}» в столбце «{header[column]}» — не уровень риска (высокий, средний, низкий, не выявлен или в, с, н, -).");
                }
            }
            changes.Add((school, levels));
        }
        if (errors.Count > 0)
        {
            return new ImportOutcome(0, 0, CycleSchools.Freeze(errors));
        }

        var ids = changes.Select(c => c.School.Id).ToArray();
        var profiles = await db.Set<RiskProfile>().Include(p => p.Levels).Where(p => p.CycleId == cycleId && ids.Contains(p.SchoolId))
            .ToDictionaryAsync(p => p.SchoolId, ct);
        foreach (var (school, _) in changes)
        {
            if (profiles.TryGetValue(school.Id, out var p) && p.IsVerified)
            {
                CycleSchools.AddError(errors, seen[school.Id], $"профиль школы «{school.Name}» проверен куратором и закрыт для правки.");
            }
        }
        if (errors.Count > 0)
        {
            return new ImportOutcome(0, 0, CycleSchools.Freeze(errors));
        }
        var now = clock.GetUtcNow();
        var factorIds = context.Cycle.Factors.Select(f => f.Id).ToArray();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var (school, levels) in changes)
        {
            if (!profiles.TryGetValue(school.Id, out var profile))
            {
                profile = new RiskProfile(cycleId, school.Id, now);
                db.Add(profile);
            }
            profile.SetLevels(levels, factorIds, now);
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportOutcome(changes.Count, changes.Sum(c => c.Levels.Count), new Dictionary<string, string[]>());
    }

    private async Task<RiskProfile> ProfileAsync(int cycleId, int schoolId, CancellationToken ct)
    {
        var profile = await db.Set<RiskProfile>().Include(p => p.Levels).FirstOrDefaultAsync(p => p.CycleId == cycleId && p.SchoolId == schoolId, ct);
        if (profile is null)
        {
            profile = new RiskProfile(cycleId, schoolId, clock.GetUtcNow());
            db.Add(profile);
        }
        return profile;
    }

    private static List<RiskFactorView> Factors(CycleContext context) =>
        context.Cycle.Factors.OrderBy(f => f.Order).Select(f => new RiskFactorView(f.Id, f.Name, f.Order)).ToList();
}
