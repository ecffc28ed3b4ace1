using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.FiveHundredPlus.Risks;
using Medk.Core.FiveHundredPlus.Surveys;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.LoadTest;

/// <summary>
/// The «500+» year of the region (issue 5): one <see cref="Cycle"/> with the standard stages and 11 factors and
/// every school as a participant; a risk profile per school with a level for each factor, 1–3 activated
/// directions, about 60 % verified; one survey round with the participation of every school × 6 groups; the
/// outcomes of both monitoring stages for about 80 % of the schools; a school roadmap as concept document for
/// about half of them (linked to the school's roadmap; most submitted, most of those confirmed). Everything is
/// made by the domain's own constructors and methods and written with EF Core (<c>AddRange</c>, one
/// <c>SaveChanges</c> per table group, change detection off), a few thousand rows per save.
/// </summary>
public sealed class CycleGenerator(IServiceProvider services, int seed)
{
    // A random of its own, so that the roadmap reports drawn before stay the same as in the issue-4 runs.
    private readonly Random _random = new(seed + 5);

    public sealed record School(int Id, int RoadmapId);

    public sealed record Counts(int CycleId, int Profiles, int Verified, int Levels, int Participation, int Outcomes, int Concepts);

    public async Task<Counts> GenerateAsync(int regionId, int year, IReadOnlyList<School> schools, DatasetGenerator.Person curator, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var cycle = new Cycle($"500+ {year}", year, regionId);
        cycle.AddStandardStages();
        cycle.AddStandardFactors();
        foreach (var school in schools)
        {
            // ШНОР mostly, some ШНСУ, some both; most joined this year, some the year before.
            var draw = _random.NextDouble();
            cycle.AddParticipant(school.Id, lowResults: draw < 0.75, unfavourable: draw >= 0.6, joinedYear: _random.NextDouble() < 0.8 ? year : year - 1);
        }
        db.Add(cycle);
        await db.SaveChangesAsync(ct);
        var factorIds = cycle.Factors.Select(f => f.Id).ToArray();

        // Risk profiles: filled in February–March, verified by the curator in March.
        var profiles = new List<RiskProfile>(schools.Count);
        foreach (var school in schools)
        {
            var filled = At(new DateOnly(year, 2, 15).AddDays(_random.Next(0, 28)), 10);
            var profile = new RiskProfile(cycle.Id, school.Id, filled);
            var levels = factorIds.ToDictionary(f => f, _ => Level());
            if (!levels.Values.Any(RiskLevels.IsFound))
            {
                levels[factorIds[_random.Next(factorIds.Length)]] = RiskLevel.Medium;
            }
            profile.SetLevels(levels, factorIds, filled);
            var found = levels.Where(l => RiskLevels.IsFound(l.Value)).OrderBy(l => l.Value).ThenBy(_ => _random.Next()).Select(l => l.Key).ToArray();
            profile.Activate(found.Take(Math.Min(found.Length, _random.Next(1, 4))).ToArray(), filled.AddHours(2));
            if (_random.NextDouble() < 0.6)
            {
                profile.Verify(curator.Id, factorIds.Length, filled.AddDays(_random.Next(3, 14)));
            }
            profiles.Add(profile);
        }
        db.AddRange(profiles);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // The first survey round: every group of every school.
        var round = new SurveyRound(cycle.Id, 1, SurveyRound.DefaultName(1), new DateOnly(year, 1, 18), new DateOnly(year, 3, 24));
        foreach (var school in schools)
        {
            foreach (var group in Enum.GetValues<SurveyGroup>())
            {
                var expected = group switch
                {
                    SurveyGroup.Director or SurveyGroup.Curators => 1,
                    SurveyGroup.Teachers => _random.Next(12, 61),
                    SurveyGroup.Grade6Students or SurveyGroup.Grade9Students => _random.Next(8, 76),
                    _ => _random.Next(30, 181),
                };
                var actual = expected == 1 ? (_random.NextDouble() < 0.95 ? 1 : 0) : (int)Math.Round(expected * (0.45 + 0.55 * _random.NextDouble()));
                round.Record(school.Id, group, expected, actual);
            }
        }
        db.Add(round);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // Outcomes of both monitoring stages for about 80 % of the schools; concept documents for about half.
        var outcomes = new List<StageOutcome>();
        var concepts = new List<ConceptDocument>();
        foreach (var school in schools)
        {
            if (_random.NextDouble() < 0.8)
            {
                outcomes.Add(new StageOutcome(cycle.Id, StageKind.MonitoringFirst, school.Id, _random.NextDouble() < 0.65, curator.Id, curator.Name,
                    "Выезд куратора, анализ документов школы.", At(new DateOnly(year, 5, 20).AddDays(_random.Next(0, 12)), 14)));
                outcomes.Add(new StageOutcome(cycle.Id, StageKind.MonitoringSecond, school.Id, _random.NextDouble() < 0.75, curator.Id, curator.Name,
                    null, At(new DateOnly(year, 10, 10).AddDays(_random.Next(0, 20)), 14)));
            }
            if (_random.NextDouble() < 0.5)
            {
                var created = At(new DateOnly(year, 3, 20).AddDays(_random.Next(0, 20)), 12);
                var document = new ConceptDocument(cycle.Id, school.Id, ConceptKind.SchoolRoadmap, null, $"Дорожная карта школы на {year} год", created);
                document.LinkRoadmap(school.RoadmapId);
                var draw = _random.NextDouble();
                if (draw < 0.8)
                {
                    document.Submit(curator.Id, curator.Name, created.AddDays(2));
                    if (draw < 0.6)
                    {
                        document.Confirm(curator.Id, curator.Name, null, created.AddDays(_random.Next(3, 10)));
                    }
                }
                concepts.Add(document);
            }
        }
        db.AddRange(outcomes);
        db.AddRange(concepts);
        await db.SaveChangesAsync(ct);

        return new Counts(cycle.Id, profiles.Count, profiles.Count(p => p.IsVerified), profiles.Sum(p => p.Levels.Count), round.Participation.Count,
            outcomes.Count, concepts.Count);
    }

    /// <summary>High 15 %, medium 25 %, low 30 %, not found 30 %.</summary>
    private RiskLevel Level() => _random.NextDouble() switch
    {
        < 0.15 => RiskLevel.High,
        < 0.40 => RiskLevel.Medium,
        < 0.70 => RiskLevel.Low,
        _ => RiskLevel.None,
    };

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    /// <summary>The cycle an earlier run left (--reuse).</summary>
    public static Task<int> FindAsync(MedkDbContext db, int regionId, CancellationToken ct) =>
        db.Set<Cycle>().Where(c => c.RegionId == regionId).OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefaultAsync(ct);
}
