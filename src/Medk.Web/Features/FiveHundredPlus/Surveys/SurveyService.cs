using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.FiveHundredPlus.Surveys;
using Medk.Data.Persistence;
using Medk.Web.Features.FiveHundredPlus.Risks;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.FiveHundredPlus.Surveys;

public sealed record GroupParticipation(SurveyGroup Group, string GroupName, int Expected, int Actual, decimal? Share);

public sealed record SchoolParticipation(int SchoolId, string SchoolName, int MunicipalityId, string MunicipalityName,
    IReadOnlyList<GroupParticipation> Groups, int Expected, int Actual, decimal? Share);

public sealed record TerritoryParticipation(int MunicipalityId, string MunicipalityName, int Schools, int Expected, int Actual, decimal? Share);

public sealed record SurveyRoundView(int Id, int Number, string Name, DateOnly From, DateOnly To,
    IReadOnlyList<SchoolParticipation> Schools, IReadOnlyList<TerritoryParticipation> Territories, int Expected, int Actual, decimal? Share);

public sealed record SurveysView(int CycleId, string CycleName, string RegionName, bool CanManageRounds, bool CanEnter,
    IReadOnlyList<SurveyRoundView> Rounds, IReadOnlyList<(int Id, string Name)> Schools);

public sealed record NewRoundInput(string? Name, DateOnly From, DateOnly To);

public sealed record ParticipationEntry(int SchoolId, SurveyGroup Group, int Expected, int Actual);

public sealed record ParticipationInput(IReadOnlyList<ParticipationEntry>? Entries);

/// <summary>
/// Questionnaire rounds of a cycle and how many people of each group of each participating school took part.
/// Shares are actual ÷ expected in percent with one decimal, per group, per school, per municipality.
/// </summary>
public sealed class SurveyService(MedkDbContext db, CurrentUser user)
{
    public async Task<SurveysView> GetAsync(int cycleId, CancellationToken ct)
    {
        var context = await CycleSchools.LoadAsync(db, user, cycleId, ct);
        var rounds = await db.Set<SurveyRound>().AsNoTracking().Where(r => r.CycleId == cycleId).OrderBy(r => r.Number).ToListAsync(ct);
        var roundIds = rounds.Select(r => r.Id).ToArray();
        var schoolIds = context.Schools.Select(s => s.Id).ToArray();
        var entries = await db.Set<SurveyParticipation>().AsNoTracking()
            .Where(p => roundIds.Contains(p.SurveyRoundId) && schoolIds.Contains(p.SchoolId))
            .Select(p => new { p.SurveyRoundId, p.SchoolId, p.Group, p.Expected, p.Actual }).ToListAsync(ct);
        var byRound = entries.ToLookup(e => e.SurveyRoundId);
        var views = rounds.Select(r =>
        {
            var of = byRound[r.Id].ToLookup(e => e.SchoolId);
            var schools = context.Schools.Select(s =>
            {
                var groups = of[s.Id].OrderBy(e => e.Group)
                    .Select(e => new GroupParticipation(e.Group, SurveyGroups.Name(e.Group), e.Expected, e.Actual, SurveyGroups.Share(e.Actual, e.Expected))).ToList();
                var expected = groups.Sum(g => g.Expected);
                var actual = groups.Sum(g => g.Actual);
                return new SchoolParticipation(s.Id, s.Name, s.MunicipalityId, s.MunicipalityName, groups, expected, actual, SurveyGroups.Share(actual, expected));
            }).ToList();
            var territories = schools.GroupBy(s => (s.MunicipalityId, s.MunicipalityName))
                .Select(g => new TerritoryParticipation(g.Key.MunicipalityId, g.Key.MunicipalityName, g.Count(), g.Sum(s => s.Expected), g.Sum(s => s.Actual),
                    SurveyGroups.Share(g.Sum(s => s.Actual), g.Sum(s => s.Expected))))
                .OrderBy(t => t.MunicipalityName).ToList();
            var totalExpected = schools.Sum(s => s.Expected);
            var totalActual = schools.Sum(s => s.Actual);
            return new SurveyRoundView(r.Id, r.Number, r.Name, r.From, r.To, schools, territories, totalExpected, totalActual, SurveyGroups.Share(totalActual, totalExpected));
        }).ToList();
        return new SurveysView(cycleId, context.Cycle.Name, context.Region.ShortName, Policies.ScheduleSurveys(context.Scope, context.Region.Path).IsAllowed,
            context.Schools.Any(s => Policies.EnterSurveyParticipation(context.Scope, s.Path).IsAllowed), views,
            context.Schools.Where(s => Policies.EnterSurveyParticipation(context.Scope, s.Path).IsAllowed).Select(s => (s.Id, s.Name)).ToList());
    }

    public async Task<SurveyRoundView> AddRoundAsync(int cycleId, NewRoundInput input, CancellationToken ct)
    {
        var context = await CycleSchools.LoadAsync(db, user, cycleId, ct);
        context.Scope.Require(Policies.ScheduleSurveys, context.Region.Path);
        var number = await db.Set<SurveyRound>().Where(r => r.CycleId == cycleId).Select(r => (int?)r.Number).MaxAsync(ct) ?? 0;
        var name = string.IsNullOrWhiteSpace(input.Name) ? SurveyRound.DefaultName(number + 1) : input.Name;
        var round = new SurveyRound(cycleId, number + 1, name, input.From, input.To);
        db.Add(round);
        await db.SaveChangesAsync(ct);
        return (await GetAsync(cycleId, ct)).Rounds.Single(r => r.Id == round.Id);
    }

    /// <summary>Records several entries at once; all are checked first, and a bad one saves none of them.</summary>
    public async Task<SurveyRoundView> RecordAsync(int cycleId, int roundId, ParticipationInput input, CancellationToken ct)
    {
        var context = await CycleSchools.LoadAsync(db, user, cycleId, ct);
        var round = await RoundAsync(cycleId, roundId, ct);
        var entries = input.Entries ?? [];
        if (entries.GroupBy(e => (e.SchoolId, e.Group)).Any(g => g.Count() > 1))
        {
            throw new DomainException("Школа и группа указаны дважды.", "entries");
        }
        foreach (var entry in entries)
        {
            var school = context.RequireSchool(entry.SchoolId);
            context.Scope.Require(Policies.EnterSurveyParticipation, school.Path);
            round.Record(entry.SchoolId, entry.Group, entry.Expected, entry.Actual);
        }
        await db.SaveChangesAsync(ct);
        return (await GetAsync(cycleId, ct)).Rounds.Single(r => r.Id == roundId);
    }

    /// <summary>
    /// Imports participation from a table (школа, группа, ожидалось, приняли участие). Every row is checked; if any
    /// is bad, the errors of all bad rows come back and nothing is saved; otherwise everything is saved at once.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(int cycleId, int roundId, Stream content, string? fileName, CancellationToken ct)
    {
        var context = await CycleSchools.LoadAsync(db, user, cycleId, ct);
        var round = await RoundAsync(cycleId, roundId, ct);
        var rows = CycleSchools.ReadTable(content, fileName);
        if (rows.Count < 2)
        {
            throw new DomainException("В файле нет строк: нужна строка заголовка (школа, группа, ожидалось, приняли участие) и строки данных.", "file");
        }
        var (schoolColumn, groupColumn, expectedColumn, actualColumn) = Columns(rows[0]);
        var errors = new Dictionary<string, List<string>>();
        var resolve = CycleSchools.Resolver(context.Schools);
        var seen = new Dictionary<(int, SurveyGroup), int>();
        var valid = new List<(int SchoolId, SurveyGroup Group, int Expected, int Actual)>();
        foreach (var row in rows.Skip(1))
        {
            var schoolText = row[schoolColumn].Trim();
            var school = schoolText.Length == 0 ? null : resolve(schoolText);
            var before = errors.Count;
            if (school is null)
            {
                CycleSchools.AddError(errors, row.Number, schoolText.Length == 0
                    ? "не указана школа."
                    : $"школа «{schoolText}» не найдена среди участников цикла на вашей территории.");
            }
            else if (!Policies.EnterSurveyParticipation(context.Scope, school.Path).IsAllowed)
            {
                CycleSchools.AddError(errors, row.Number, $"у вас нет права вносить участие школы «{school.Name}».");
            }
            var group = SurveyGroups.Parse(row[groupColumn]);
            if (group is null)
            {
                CycleSchools.AddError(errors, row.Number, $"«{row[groupColumn]}» — неизвестная группа (директор, педагоги, обучающиеся 6 класса, обучающиеся 9 класса, родители, кураторы).");
            }
            var expected = Number(row[expectedColumn], row.Number, "ожидалось", errors);
            var actual = Number(row[actualColumn], row.Number, "приняли участие", errors);
            if (expected is { } e && actual is { } a && SurveyRound.Check(e, a) is { } problem)
            {
                CycleSchools.AddError(errors, row.Number, problem);
            }
            if (school is not null && group is { } g)
            {
                if (seen.TryGetValue((school.Id, g), out var first))
                {
                    CycleSchools.AddError(errors, row.Number, $"школа «{school.Name}» и группа «{SurveyGroups.Name(g)}» уже были в строке {first}.");
                }
                else
                {
                    seen[(school.Id, g)] = row.Number;
                }
            }
            if (errors.Count == before && school is not null && group is not null && expected is not null && actual is not null)
            {
                valid.Add((school.Id, group.Value, expected.Value, actual.Value));
            }
        }
        if (errors.Count > 0)
        {
            return new ImportOutcome(0, 0, CycleSchools.Freeze(errors));
        }
        foreach (var (schoolId, group, expected, actual) in valid)
        {
            round.Record(schoolId, group, expected, actual);
        }
        // One SaveChanges is one transaction: the whole file or nothing.
        await db.SaveChangesAsync(ct);
        return new ImportOutcome(valid.Select(v => v.SchoolId).Distinct().Count(), valid.Count, new Dictionary<string, string[]>());
    }

    /// <summary>
    /// For the indicator «доля 100% из числа включенных в проект»: of the participating schools of the cycle whose path
    /// lies within <paramref name="territoryPath"/>, how many there are (<c>Participants</c>) and how many reached
    /// a participation share (all groups together: actual ÷ expected) of at least <paramref name="thresholdPercent"/>
    /// in the round (<c>Achieved</c>). A school with nothing expected does not reach any threshold. Not filtered by
    /// the current user: the caller (indicator computation) has already decided which territory it reports on.
    /// One grouped query per figure, never a query per school.
    /// </summary>
    public async Task<(int Participants, int Achieved)> SchoolsReachingShareAsync(int roundId, string territoryPath, decimal thresholdPercent, CancellationToken ct = default)
    {
        var cycleId = await db.Set<SurveyRound>().Where(r => r.Id == roundId).Select(r => (int?)r.CycleId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException("Опрос не найден.");
        var schools = db.Organizations.Where(o => o.Path.StartsWith(territoryPath)).Select(o => o.Id);
        var participants = await db.Set<Cycle>().Where(c => c.Id == cycleId).SelectMany(c => c.Participants)
            .Where(p => schools.Contains(p.SchoolId)).Select(p => p.SchoolId).ToListAsync(ct);
        var sums = await db.Set<SurveyParticipation>().Where(p => p.SurveyRoundId == roundId && participants.Contains(p.SchoolId))
            .GroupBy(p => p.SchoolId)
            .Select(g => new { Expected = g.Sum(p => p.Expected), Actual = g.Sum(p => p.Actual) })
            .ToListAsync(ct);
        var achieved = sums.Count(s => s.Expected > 0 && s.Actual * 100m / s.Expected >= thresholdPercent);
        return (participants.Count, achieved);
    }

    private async Task<SurveyRound> RoundAsync(int cycleId, int roundId, CancellationToken ct) =>
        await db.Set<SurveyRound>().Include(r => r.Participation).FirstOrDefaultAsync(r => r.Id == roundId && r.CycleId == cycleId, ct)
        ?? throw new NotFoundException("Опрос не найден.");

    /// <summary>Columns found by their captions; a table without recognisable captions is read in the documented order.</summary>
    private static (int School, int Group, int Expected, int Actual) Columns(Documents.Tables.TableRow header)
    {
        int Find(Func<string, bool> test, int fallback)
        {
            for (var i = 0; i < header.Cells.Count; i++)
            {
                if (test(SearchText.Fold(header[i])))
                {
                    return i;
                }
            }
            return fallback;
        }
        return (Find(t => t.Contains("школ") || t.Contains("организац"), 0),
            Find(t => t.Contains("групп") || t.Contains("респондент"), 1),
            Find(t => t.Contains("ожида") || t.Contains("план"), 2),
            Find(t => t.Contains("участ") || t.Contains("факт"), 3));
    }

    private static int? Number(string text, int row, string column, Dictionary<string, List<string>> errors)
    {
        text = text.Trim();
        if (int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            if (n < 0)
            {
                CycleSchools.AddError(errors, row, $"«{column}»: число не может быть отрицательным ({n}).");
                return null;
            }
            return n;
        }
        CycleSchools.AddError(errors, row, text.Length == 0 ? $"не заполнено «{column}»." : $"«{column}»: «{text}» — не целое число.");
        return null;
    }
}
