using System.Globalization;
using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Reviews;
using Medk.Core.FiveHundredPlus.Risks;
using Medk.Core.FiveHundredPlus.Surveys;
using Medk.Data.Persistence;
using Medk.Documents;
using Medk.Documents.Writing;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.FiveHundredPlus.Cycles;

public sealed record SurveyFigure(string Round, int Schools, int Expected, int Actual, decimal? Share);

public sealed record FactorFigure(string Factor, int High, int Medium, int Low, int NotFound, int Activated);

public sealed record ConceptFigure(string Kind, int Created, int Confirmed, int ExpertConfirmed);

public sealed record StageFigure(string Stage, int Recorded, int Positive, decimal? ShareOfParticipants);

/// <summary>The figures of a cycle for a territory (region or municipality), computed from what was recorded.</summary>
public sealed record AnalyticalReport(
    int CycleId, string CycleName, int OrganizationId, string OrganizationName, DateOnly AsOf,
    int Participants, int LowResults, int Unfavourable,
    IReadOnlyList<SurveyFigure> Surveys, int ProfilesVerified, IReadOnlyList<FactorFigure> Factors,
    IReadOnlyList<ConceptFigure> Concepts, IReadOnlyList<StageFigure> Stages,
    decimal? PositiveChangesShare, IReadOnlyList<Monitoring.Dashboard.IndicatorAttainment> Indicators);

/// <summary>
/// The analytical report of a cycle (итоговый аналитический отчёт): participating schools, survey participation,
/// risk profile distribution, documents confirmed, stage outcomes, the share of schools with confirmed positive
/// changes, and the roadmap's indicators — every figure counted by the database from the records.
/// </summary>
public sealed class AnalyticalReportService(MedkDbContext db, CurrentUser user, Monitoring.Dashboard.DashboardService dashboard, TimeProvider clock)
{
    public async Task<AnalyticalReport> BuildAsync(int cycleId, int? organizationId, CancellationToken ct)
    {
        var scope = await user.ScopeAsync(ct);
        var (cycle, region) = await db.Set<Cycle>().AsNoTracking().Include(c => c.Factors).FindVisibleAsync(db, scope, cycleId, ct);
        // Without a territory asked for, the report is of the whole region — or, for a municipality, school or
        // curator who cannot read the region, of the user's own territory inside it (a link never answers 404).
        var ownRoot = scope.IsAdministrator || scope.ReadableRoots.Any(r => Core.Platform.Organizations.OrganizationPath.IsWithin(region.Path, r))
            ? null
            : scope.ReadableRoots.FirstOrDefault(r => Core.Platform.Organizations.OrganizationPath.IsWithin(r, region.Path));
        var territory = await db.Organizations.AsNoTracking().Readable(scope)
            .FirstOrDefaultAsync(o => organizationId != null ? o.Id == organizationId
                : ownRoot != null ? o.Path == ownRoot : o.Id == cycle.RegionId, ct)
            ?? throw new NotFoundException("Территория не найдена или её показатели вам недоступны.");
        if (!Core.Platform.Organizations.OrganizationPath.IsWithin(territory.Path, region.Path))
        {
            throw new DomainException("Территория отчёта должна входить в регион цикла.", "organizationId");
        }
        var path = territory.Path;
        var schools = db.Organizations.Where(o => o.Path.StartsWith(path)).Select(o => o.Id);
        var participants = db.Set<Participant>().AsNoTracking().Where(p => p.CycleId == cycleId && schools.Contains(p.SchoolId));
        var counts = new
        {
            Total = await participants.CountAsync(ct),
            Low = await participants.CountAsync(p => p.LowResults, ct),
            Unfav = await participants.CountAsync(p => p.Unfavourable, ct),
        };
        var participantIds = participants.Select(p => p.SchoolId);

        var rounds = await db.Set<SurveyRound>().AsNoTracking().Where(r => r.CycleId == cycleId).OrderBy(r => r.Number).ToListAsync(ct);
        var roundIds = rounds.Select(r => r.Id).ToArray();
        var surveyRows = await db.Set<SurveyParticipation>().AsNoTracking()
            .Where(p => roundIds.Contains(p.SurveyRoundId) && participantIds.Contains(p.SchoolId))
            .GroupBy(p => p.SurveyRoundId)
            .Select(g => new { Round = g.Key, Schools = g.Select(x => x.SchoolId).Distinct().Count(), Expected = g.Sum(x => x.Expected), Actual = g.Sum(x => x.Actual) })
            .ToListAsync(ct);
        var surveys = rounds.Select(r =>
        {
            var row = surveyRows.FirstOrDefault(x => x.Round == r.Id);
            return new SurveyFigure(r.Name, row?.Schools ?? 0, row?.Expected ?? 0, row?.Actual ?? 0, row is { Expected: > 0 } ? RollUp.Round(row.Actual * 100m / row.Expected) : null);
        }).ToList();

        var profiles = db.Set<RiskProfile>().AsNoTracking().Where(p => p.CycleId == cycleId && participantIds.Contains(p.SchoolId));
        var verified = await profiles.CountAsync(p => p.VerifiedAt != null, ct);
        var levelRows = await profiles.SelectMany(p => p.Levels)
            .GroupBy(l => new { l.FactorId, l.Level, l.Activated })
            .Select(g => new { g.Key.FactorId, g.Key.Level, g.Key.Activated, Count = g.Count() })
            .ToListAsync(ct);
        var factors = cycle.Factors.OrderBy(f => f.Order).Select(f =>
        {
            int Of(RiskLevel level) => levelRows.Where(r => r.FactorId == f.Id && r.Level == level).Sum(r => r.Count);
            return new FactorFigure(f.Name, Of(RiskLevel.High), Of(RiskLevel.Medium), Of(RiskLevel.Low), Of(RiskLevel.None),
                levelRows.Where(r => r.FactorId == f.Id && r.Activated).Sum(r => r.Count));
        }).ToList();

        var conceptRows = await db.Set<ConceptDocument>().AsNoTracking().Where(d => d.CycleId == cycleId && participantIds.Contains(d.SchoolId))
            .GroupBy(d => d.Kind)
            .Select(g => new { Kind = g.Key, Created = g.Count(), Confirmed = g.Count(d => d.Status == ReportStatus.Confirmed), Expert = g.Count(d => d.ExpertVerdict == ReviewVerdict.Confirmed) })
            .ToListAsync(ct);
        var concepts = Enum.GetValues<ConceptKind>().Select(k =>
        {
            var row = conceptRows.FirstOrDefault(r => r.Kind == k);
            return new ConceptFigure(ConceptGlossary.Kind(k), row?.Created ?? 0, row?.Confirmed ?? 0, row?.Expert ?? 0);
        }).ToList();

        var outcomeRows = await db.Set<StageOutcome>().AsNoTracking().Where(o => o.CycleId == cycleId && participantIds.Contains(o.SchoolId))
            .GroupBy(o => o.Stage).Select(g => new { Stage = g.Key, Recorded = g.Count(), Positive = g.Count(o => o.PositiveChanges) }).ToListAsync(ct);
        var total = counts.Total;
        var stages = new[] { StageKind.MonitoringFirst, StageKind.MonitoringSecond }.Select(s =>
        {
            var row = outcomeRows.FirstOrDefault(r => r.Stage == s);
            return new StageFigure(CycleGlossary.Stage(s), row?.Recorded ?? 0, row?.Positive ?? 0, total > 0 ? RollUp.Round((row?.Positive ?? 0) * 100m / total) : null);
        }).ToList();
        // The year's result is the last stage that has outcomes: the share of participants with confirmed positive changes.
        var final = stages.LastOrDefault(s => s.Recorded > 0)?.ShareOfParticipants;

        var indicators = (await dashboard.BuildAsync(territory.Id, cycle.Year, ct)).Indicators;
        return new AnalyticalReport(cycle.Id, cycle.Name, territory.Id, territory.ShortName, DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
            total, counts.Low, counts.Unfav, surveys, verified, factors, concepts, stages, final, indicators);
    }

    public static TableReport ToDocument(AnalyticalReport r)
    {
        static string Pct(decimal? v) => v is null ? "—" : v.Value.ToString("0.#", CultureInfo.GetCultureInfo("ru-RU")) + " %";
        static string N(int v) => v.ToString(CultureInfo.InvariantCulture);
        return new TableReport($"Аналитический отчёт: {r.CycleName}, {r.OrganizationName}",
            [$"Состояние на {r.AsOf:dd.MM.yyyy}",
             $"Школ-участников: {r.Participants} (ШНОР: {r.LowResults}, ШНСУ: {r.Unfavourable})",
             $"Доля школ с подтверждённым наступлением позитивных изменений: {Pct(r.PositiveChangesShare)}"],
            [
                new TableSection("Анкетирование", ["Опрос", "Школ с данными", "Ожидалось", "Приняли участие", "Доля"],
                    r.Surveys.Select(s => (IReadOnlyList<string>)[s.Round, N(s.Schools), N(s.Expected), N(s.Actual), Pct(s.Share)]).ToList()),
                new TableSection("Рисковые профили школ", ["Фактор риска", "Высокий", "Средний", "Низкий", "Не выявлен", "Активировано направлений"],
                    r.Factors.Select(f => (IReadOnlyList<string>)[f.Factor, N(f.High), N(f.Medium), N(f.Low), N(f.NotFound), N(f.Activated)]).ToList(),
                    $"Профилей, верифицированных кураторами: {r.ProfilesVerified}"),
                new TableSection("Концептуальные документы", ["Документ", "Подготовлено", "Подтверждено куратором", "Одобрено экспертизой"],
                    r.Concepts.Select(c => (IReadOnlyList<string>)[c.Kind, N(c.Created), N(c.Confirmed), N(c.ExpertConfirmed)]).ToList()),
                new TableSection("Итоги этапов мониторинга", ["Этап", "Итог зафиксирован", "Позитивные изменения подтверждены", "Доля от участников"],
                    r.Stages.Select(s => (IReadOnlyList<string>)[s.Stage, N(s.Recorded), N(s.Positive), Pct(s.ShareOfParticipants)]).ToList()),
                new TableSection("Показатели дорожной карты", ["Пункт", "Цель", "Факт", "Достигнут"],
                    r.Indicators.Select(i => (IReadOnlyList<string>)[$"{i.Number} {i.Text}", i.Target, i.Actual?.ToString("0.#", CultureInfo.GetCultureInfo("ru-RU")) ?? "—",
                        i.Attained switch { true => "да", false => "нет", _ => "—" }]).ToList()),
            ]);
    }
}
