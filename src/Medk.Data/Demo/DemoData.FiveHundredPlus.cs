using Medk.Core.Platform.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Demo;

/// <summary>Demo data of the FiveHundredPlus slice: the «500+» year of Бурятия: cycle, risk profiles, surveys, documents, practices, visits, events.</summary>
public sealed partial class DemoData
{
    /// <summary>The project year of Бурятия with the schools seed 003 names as participants.</summary>
    private async Task AddCycleAsync(Dictionary<string, Organization> byName, CancellationToken ct)
    {
        var cycle = new Core.FiveHundredPlus.Cycles.Cycle("500+ 2022", 2022, byName["Республика Бурятия"].Id);
        cycle.AddStandardStages();
        cycle.AddStandardFactors();
        cycle.AddParticipant(byName["МБОУ «Витимская СОШ»"].Id, lowResults: true, unfavourable: false, joinedYear: 2021);
        cycle.AddParticipant(byName["МБОУ «Маловская СОШ»"].Id, lowResults: true, unfavourable: true, joinedYear: 2022);
        cycle.AddParticipant(byName["МБОУ «Уакитская СОШ»"].Id, lowResults: true, unfavourable: false, joinedYear: 2022);
        cycle.AddParticipant(byName["МБОУ «Усть-Джигиндинская ООШ»"].Id, lowResults: false, unfavourable: true, joinedYear: 2022);
        db.Add(cycle);
        await db.SaveChangesAsync(ct);

        // Risk profiles of the four schools (levels cycle through the scale, deterministic) and the first survey round.
        var now = new DateTimeOffset(2022, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));
        var factorIds = cycle.Factors.Select(f => f.Id).ToArray();
        Core.FiveHundredPlus.Risks.RiskLevel[] scale = [Core.FiveHundredPlus.Risks.RiskLevel.High, Core.FiveHundredPlus.Risks.RiskLevel.Medium, Core.FiveHundredPlus.Risks.RiskLevel.Low, Core.FiveHundredPlus.Risks.RiskLevel.None];
        var survey = new Core.FiveHundredPlus.Surveys.SurveyRound(cycle.Id, 1, Core.FiveHundredPlus.Surveys.SurveyRound.DefaultName(1), new DateOnly(2022, 1, 18), new DateOnly(2022, 2, 10));
        foreach (var (participant, n) in cycle.Participants.Select((p, n) => (p, n)))
        {
            var profile = new Core.FiveHundredPlus.Risks.RiskProfile(cycle.Id, participant.SchoolId, now);
            profile.SetLevels(cycle.Factors.ToDictionary(f => f.Id, f => scale[(f.Order + n) % scale.Length]), factorIds, now);
            profile.Activate(profile.Levels.Where(l => l.Level == Core.FiveHundredPlus.Risks.RiskLevel.High).Select(l => l.FactorId).ToArray(), now);
            db.Add(profile);
            survey.Record(participant.SchoolId, Core.FiveHundredPlus.Surveys.SurveyGroup.Director, 1, 1);
            survey.Record(participant.SchoolId, Core.FiveHundredPlus.Surveys.SurveyGroup.Teachers, 20 + n, 20 + n - n % 2 * 3);
            survey.Record(participant.SchoolId, Core.FiveHundredPlus.Surveys.SurveyGroup.Parents, 40, 30 + n * 3);
        }
        db.Add(survey);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The rest of a school year in Баунтовский район: a published practice and one waiting for the municipal
    /// coordinator, a curator's visit to Витимская СОШ, and the weekly consultation hour with its first attendance.
    /// </summary>
    private async Task AddPracticesVisitsAndEventsAsync(Dictionary<string, Organization> byName, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var people = await db.Users.ToDictionaryAsync(u => u.Email!, ct);
        var (vitim, malovo, coordinator, curator) = (people["vitim@demo.medk"], people["malovo@demo.medk"], people["bauntovsky@demo.medk"], people["curator@demo.medk"]);
        var parents = await db.Set<Core.FiveHundredPlus.Cycles.RiskFactor>().FirstOrDefaultAsync(f => f.Name == "Низкий уровень вовлеченности родителей", ct);
        var motivation = await db.Set<Core.FiveHundredPlus.Cycles.RiskFactor>().FirstOrDefaultAsync(f => f.Name == "Низкая учебная мотивация обучающихся", ct);
        var published = new Core.FiveHundredPlus.Practices.Practice(byName["МБОУ «Витимская СОШ»"].Id, vitim.Id, vitim.FullName,
            "Родительский клуб «Школа вместе»",
            "Раз в месяц родители вместе с педагогами разбирают успехи и трудности класса, проводят совместные мастер-классы и выезды. " +
            "За полгода доля родителей, посещающих собрания, выросла с 35% до 72%, число пропусков уроков без причины снизилось вдвое.",
            "Работа с родителями", parents?.Id, parents?.Name, now.AddDays(-30));
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();
        var key = Core.Monitoring.Submissions.StoredFile.NewKey();
        await files.SaveAsync(key, new MemoryStream(pdf), ct);
        published.Attach(new Core.Monitoring.Submissions.StoredFile("Положение о родительском клубе.pdf", Core.Monitoring.Evidence.EvidenceKind.Pdf, pdf.Length,
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), vitim.Id, now.AddDays(-30), key));
        published.Publish(coordinator.Id, coordinator.FullName, now.AddDays(-25));
        var pending = new Core.FiveHundredPlus.Practices.Practice(byName["МБОУ «Маловская СОШ»"].Id, malovo.Id, malovo.FullName,
            "Проектная неделя «Моё село»",
            "Ученики 5–9 классов неделю работают над проектами о родном селе: интервью, карты, презентации для жителей. Повысился интерес к учёбе у слабомотивированных.",
            "Учебная мотивация обучающихся", motivation?.Id, motivation?.Name, now.AddDays(-3));
        db.AddRange(published, pending);

        db.Add(new Core.FiveHundredPlus.Curators.CuratorVisit(curator.Id, byName["МБОУ «Витимская СОШ»"].Id, new DateOnly(2022, 3, 15), Core.FiveHundredPlus.Curators.VisitFormat.InPerson,
            "Посещены уроки математики и русского языка в 6 классе; с директором обсуждена антирисковая программа по учебной мотивации.", now));

        var schools = new[] { "МБОУ «Витимская СОШ»", "МБОУ «Маловская СОШ»", "МБОУ «Уакитская СОШ»", "МБОУ «Усть-Джигиндинская ООШ»" }.Select(n => byName[n].Id).ToList();
        var consultation = new Core.FiveHundredPlus.Events.ProjectEvent("Консультационный час для школ-участников", Core.FiveHundredPlus.Events.EventKind.Consultation,
            byName["МО «Баунтовский эвенкийский район»"].Id, 2022, "еженедельно, пятница, 15.00", coordinator.Id, now);
        schools.ForEach(consultation.Invite);
        // The first six Fridays; Усть-Джигиндинская (no stable connection) misses every other one.
        foreach (var (date, week) in consultation.Occurrences.Take(6).Select((o, i) => (o.Date, i)))
        {
            for (var s = 0; s < schools.Count; s++)
            {
                consultation.Record(date, schools[s], present: s < 3 || week % 2 == 0, coordinator.Id, now);
            }
        }
        db.Add(consultation);
        await db.SaveChangesAsync(ct);
    }
}
