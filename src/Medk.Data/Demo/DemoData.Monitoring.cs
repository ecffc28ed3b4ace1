using Medk.Core.Monitoring;
using Medk.Core.Monitoring.Reporting;
using Medk.Core.Planning.Roadmaps;
using Medk.Core.Platform.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Medk.Data.Demo;

/// <summary>Demo data of the Monitoring slice: two school roadmaps carrying out the municipal one, with reports at several stages.</summary>
public sealed partial class DemoData
{
    /// <summary>
    /// Two school roadmaps that carry out the municipal roadmap of seed 003 (its items for «ОО»), with reports
    /// at several stages, so that a newcomer sees monitoring at work: confirmed proof, a report waiting for the
    /// curator, overdue checkpoints, and the municipal items showing how many schools did them.
    /// </summary>
    private async Task AddSchoolRoadmapsWithProgressAsync(Dictionary<string, Organization> byName, CancellationToken ct)
    {
        var municipalOwner = byName["МО «Баунтовский эвенкийский район»"].Id;
        var municipal = await db.Roadmaps.Where(r => r.OwnerOrganizationId == municipalOwner).OrderBy(r => r.Id).FirstAsync(ct);
        var forSchools = await db.RoadmapItems.Where(i => i.RoadmapId == municipal.Id && !i.IsSection && i.ResponsibleText != null && i.ResponsibleText.Contains("ОО")
                && i.DeadlineText != null && !i.DeadlineText.Contains("течение") && !i.DeadlineText.Contains("2021"))
            .OrderBy(i => i.Id).Take(6).ToListAsync(ct);
        var users = await db.Users.ToDictionaryAsync(u => u.Email!, ct);
        var curator = users["curator@demo.medk"];
        var year = new DateOnly(2022, 1, 1);
        foreach (var (schoolName, progress) in new[] { ("МБОУ «Витимская СОШ»", 4), ("МБОУ «Маловская СОШ»", 1) })
        {
            var school = byName[schoolName];
            var created = new DateTimeOffset(2022, 3, 25, 9, 0, 0, TimeSpan.FromHours(8));
            var roadmap = new Roadmap(school.Id, school.Level, $"Дорожная карта {schoolName} по реализации муниципального проекта «500+» на 2022 год",
                year, new DateOnly(2022, 12, 31), created);
            roadmap.Describe(roadmap.Title, roadmap.PeriodStart, roadmap.PeriodEnd, new ApprovalDocument("Приказ", "12-ОД", new DateOnly(2022, 3, 25), "директор школы"), created);
            roadmap.Move(RoadmapTransition.Approve, created);
            roadmap.Move(RoadmapTransition.Start, created);
            db.Roadmaps.Add(roadmap);
            await db.SaveChangesAsync(ct);
            var items = forSchools.Select((m, n) =>
            {
                var item = new RoadmapItem(roadmap.Id, null, n, new ItemContent((n + 1).ToString(), false, m.Text, schoolName, m.DeadlineText, m.ResultText, ImplementationLevels.Institutional));
                item.LinkTo(m.Id);
                item.Understand(roadmap.Period);
                item.SetResponsibles([new ItemResponsible(schoolName, school.Id, null)]);
                return item;
            }).ToList();
            db.RoadmapItems.AddRange(items);
            await db.SaveChangesAsync(ct);

            var author = schoolName.Contains("Витим") ? users["vitim@demo.medk"] : users["malovo@demo.medk"];
            var dueFirst = items.SelectMany(i => i.Checkpoints.Take(1)).Where(c => c.DueDate < new DateOnly(2022, 10, 1)).OrderBy(c => c.DueDate).ToList();
            foreach (var (checkpoint, n) in dueFirst.Select((c, n) => (c, n)))
            {
                if (n >= progress + 1)
                {
                    break;
                }
                var at = new DateTimeOffset(checkpoint.DueDate.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
                var report = new ProgressReport(checkpoint.Id, school.Id, author.Id, at.AddDays(-2));
                report.Write($"Мероприятие проведено, материалы размещены на сайте школы ({checkpoint.DueDate:dd.MM.yyyy}).", null, at.AddDays(-2));
                report.Submit(author.Id, author.FullName, at.AddDays(-1));
                checkpoint.Apply(CheckpointAction.Submit, checkpoint.DueDate);
                // The last one stays with the curator: a newcomer sees a report waiting for confirmation.
                if (n < progress)
                {
                    report.Confirm(curator.Id, curator.FullName, "Подтверждаю.", at.AddDays(3));
                    checkpoint.Apply(CheckpointAction.Confirm, checkpoint.DueDate.AddDays(3));
                }
                db.ProgressReports.Add(report);
            }
            await db.SaveChangesAsync(ct);
        }
    }
}
