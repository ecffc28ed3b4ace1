using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Notifications;
using Medk.Data.Persistence;
using Medk.Web.Features.Platform.Notifications;
using Medk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// The notices of issue 10 beyond reports and deadlines: an expert assignment, a practice to moderate and its decision,
/// a concept document submitted, returned and confirmed, a curator appointed, a roadmap approved and corrected, an
/// event invitation. Each scenario checks that exactly the right people get exactly one notice (a sibling school, a
/// level above that is not the nearest, the person who acted get none), that the notice's link opens the object for
/// its recipient, and that a person who switched the kind's letters off gets the notice but no letter.
/// </summary>
public abstract partial class EventNotificationTests(MailFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task ReviewSample_TellsEachAssignedExpert_AndTheDigestListsWhatWaitsForThem()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var school = await World.SchoolAsync(municipality);
        var roadmap = await World.RoadmapAsync(school, 2022, underWay: true);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        foreach (var checkpoint in (await team.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray().SelectMany(i => i!["checkpoints"]!.AsArray()))
        {
            var id = (int)checkpoint!["id"]!;
            await team.Api.PostAsync($"/api/checkpoints/{id}/report", NotificationBellTests.Report("Проведено"));
            await team.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);
            Assert.Equal(HttpStatusCode.OK, (await municipal.Api.PostJsonAsync($"/api/checkpoints/{id}/report/confirm", new { comment = "" })).StatusCode);
        }
        var first = await World.UserAsync(Role.Expert, region);
        var second = await World.UserAsync(Role.Expert, municipality);
        var stranger = await World.UserAsync(Role.Expert, await World.RegionAsync());
        await MailOffAsync(second, NotificationKind.ExpertAssigned);

        var created = await municipal.Api.PostJsonAsync("/api/reviews/samples", new
        {
            name = "Мониторинг, 1 этап", scopeOrganizationId = municipality.Id, from = "2022-01-01", to = "2022-12-31", count = 2, expertIds = new[] { first.Id, second.Id },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var sampleId = (int)(await created.ReadNodeAsync())["id"]!;

        foreach (var expert in new[] { first, second })
        {
            var notice = Assert.Single(await NoticesAsync(expert, NotificationKind.ExpertAssigned));
            Assert.Equal($"/Reviews/Sample/{sampleId}", (string)notice["link"]!);
            Assert.Contains("1 отчёт", (string)notice["text"]!);
            Assert.Contains("Выборка: отчёты и ход проверки", await OpenAsync(expert, notice));
        }
        Assert.Empty(await NoticesAsync(stranger, NotificationKind.ExpertAssigned));
        Assert.Empty(await NoticesAsync(municipal, NotificationKind.ExpertAssigned));
        Assert.Equal(1, await LettersAsync(first, "Назначена экспертиза"));
        Assert.Equal(0, await LettersAsync(second, "Назначена экспертиза"));

        var today = NotificationSettings.Today(null, DateTimeOffset.UtcNow);
        Assert.Contains($"Ждут вашей экспертизы: 1 отчёт.\n  {MailFixture.PublicUrl}/Reviews", (await DigestAsync(first, today))!.Replace("\r", ""));
        var assignment = (int)(await first.Api.GetNodeAsync("/api/reviews/mine")).AsArray().Single()!["id"]!;
        var done = await first.Api.PostJsonAsync($"/api/reviews/assignments/{assignment}", new { points = new[] { 2, 3, 1, 2, 1 }, verdict = "Confirmed" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.DoesNotContain("экспертизы", await DigestAsync(first, today) ?? "");
    }

    [Fact]
    public async Task OfferedPractice_TellsTheNearestModerators_AndTheDecisionTellsTheAuthor()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var otherMunicipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var sibling = await World.SchoolAsync(municipality);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var siblingTeam = await World.UserAsync(Role.SchoolTeam, sibling);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var otherMunicipal = await World.UserAsync(Role.MunicipalCoordinator, otherMunicipality);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        await MailOffAsync(municipal, NotificationKind.PracticeToModerate);

        var practice = await team.Api.PostAsync("/api/practices", Form(("title", "Родительский клуб «Вместе»"), ("description", "Ежемесячные встречи родителей с педагогами.")));
        Assert.Equal(HttpStatusCode.Created, practice.StatusCode);
        var id = (int)(await practice.ReadNodeAsync())["id"]!;

        var toModerate = Assert.Single(await NoticesAsync(municipal, NotificationKind.PracticeToModerate));
        Assert.Equal($"/Practices/{id}", (string)toModerate["link"]!);
        Assert.Contains("Родительский клуб", await OpenAsync(municipal, toModerate));
        // The region is above the nearest level that moderates; the neighbours and the author hear nothing.
        foreach (var other in new[] { regional, otherMunicipal, siblingTeam, team })
        {
            Assert.Empty(await NoticesAsync(other, NotificationKind.PracticeToModerate));
        }
        Assert.Equal(0, await LettersAsync(municipal, "Практика ждёт модерации"));
        var today = NotificationSettings.Today(null, DateTimeOffset.UtcNow);
        Assert.Contains($"Ждут вашей модерации: 1 практика.\n  {MailFixture.PublicUrl}/Practices/Moderation", (await DigestAsync(municipal, today))!.Replace("\r", ""));
        Assert.DoesNotContain("модерации", await DigestAsync(otherMunicipal, today) ?? "");

        var comment = "Опишите результаты в цифрах " + Random.Shared.Next(100_000, 1_000_000);
        Assert.Equal(HttpStatusCode.OK, (await municipal.Api.PostJsonAsync($"/api/practices/{id}/reject", new { comment })).StatusCode);
        var decided = Assert.Single(await NoticesAsync(team, NotificationKind.PracticeDecided));
        Assert.Contains("отклонена", (string)decided["title"]!);
        Assert.Contains(comment, (string)decided["text"]!);
        Assert.Contains(comment, WebUtility.HtmlDecode(await OpenAsync(team, decided)));
        Assert.Equal(1, await LettersAsync(team, "Практика отклонена"));
        Assert.Empty(await NoticesAsync(municipal, NotificationKind.PracticeDecided));
        Assert.DoesNotContain("модерации", await DigestAsync(municipal, today) ?? "");

        // The municipality's own practice goes to the next level up: it does not moderate itself.
        var own = await municipal.Api.PostAsync("/api/practices", Form(("title", "Сетевые методические объединения"), ("description", "Описание.")));
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        var ownNotice = Assert.Single(await NoticesAsync(regional, NotificationKind.PracticeToModerate));
        Assert.Equal($"/Practices/{(int)(await own.ReadNodeAsync())["id"]!}", (string)ownNotice["link"]!);
        Assert.Contains("Сетевые методические объединения", await OpenAsync(regional, ownNotice));
        Assert.Empty(await NoticesAsync(otherMunicipal, NotificationKind.PracticeToModerate));
        Assert.Single(await NoticesAsync(municipal, NotificationKind.PracticeToModerate));
    }

    [Fact]
    public async Task ConceptDocument_SubmittedTellsItsConfirmers_ReturnedAndConfirmedTellTheSchool()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var neighbour = await World.SchoolAsync(municipality);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var neighbourTeam = await World.UserAsync(Role.SchoolTeam, neighbour);
        var curator = await World.UserAsync(Role.Curator, municipality, school);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        await MailOffAsync(municipal, NotificationKind.ConceptDocument);
        var cycleId = (int)(await (await regional.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId = region.Id })).ReadNodeAsync())["id"]!;
        foreach (var participant in new[] { school, neighbour })
        {
            await regional.Api.PostJsonAsync($"/api/cycles/{cycleId}/participants", new { schoolId = participant.Id, lowResults = true, unfavourable = false });
        }
        var created = await team.Api.PostAsync($"/api/cycles/{cycleId}/concepts", Form(("schoolId", school.Id.ToString()), ("kind", "DevelopmentConcept"), ("title", "Концепция развития школы")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadNodeAsync())["id"]!;
        var link = $"/Concepts/Document/{id}";

        Assert.Equal(HttpStatusCode.OK, (await team.Api.PostAsync($"/api/concepts/{id}/submit", null)).StatusCode);
        foreach (var confirmer in new[] { curator, municipal })
        {
            var notice = Assert.Single(await NoticesAsync(confirmer, NotificationKind.ConceptDocument));
            Assert.Equal(link, (string)notice["link"]!);
            Assert.Contains("ждёт подтверждения", (string)notice["title"]!);
            Assert.Contains("Концепция развития школы", await OpenAsync(confirmer, notice));
        }
        foreach (var other in new[] { regional, team, neighbourTeam })
        {
            Assert.Empty(await NoticesAsync(other, NotificationKind.ConceptDocument));
        }
        Assert.Equal(1, await LettersAsync(curator, "Документ ждёт подтверждения"));
        Assert.Equal(0, await LettersAsync(municipal, "Документ ждёт подтверждения"));

        var comment = "Нет целевых показателей " + Random.Shared.Next(100_000, 1_000_000);
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.PostJsonAsync($"/api/concepts/{id}/return", new { comment })).StatusCode);
        var returned = Assert.Single(await NoticesAsync(team, NotificationKind.ConceptDocument));
        Assert.Contains("возвращён", (string)returned["title"]!);
        Assert.Contains(comment, (string)returned["text"]!);
        Assert.Contains(comment, WebUtility.HtmlDecode(await OpenAsync(team, returned)));
        Assert.Equal(1, await LettersAsync(team, "Документ возвращён"));

        await team.Api.PostAsync($"/api/concepts/{id}/submit", null);
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.PostJsonAsync($"/api/concepts/{id}/confirm", new { comment = "" })).StatusCode);
        var notices = await NoticesAsync(team, NotificationKind.ConceptDocument);
        Assert.Equal(2, notices.Count);
        Assert.Contains("подтверждён", (string)notices[0]["title"]!);
        Assert.Empty(await NoticesAsync(neighbourTeam, NotificationKind.ConceptDocument));
        Assert.Equal(2, (await NoticesAsync(curator, NotificationKind.ConceptDocument)).Count); // each submission, not the own decisions
    }

    [Fact]
    public async Task CuratorAppointed_TellsTheCuratorAndTheSchoolTeam_NotTheNeighbours()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var sibling = await World.SchoolAsync(municipality);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var siblingTeam = await World.UserAsync(Role.SchoolTeam, sibling);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var curator = await World.UserAsync(Role.Curator, municipality);
        await MailOffAsync(team, NotificationKind.CuratorAppointed);
        var browser = await World.LoginAsync(team);
        Assert.Contains("не назначен", await browser.GetStringAsync($"/Organizations/Details/{school.Id}"));

        var assigned = await municipal.Api.PostJsonAsync($"/api/users/{curator.Id}/schools", new { schoolId = school.Id, contractNumber = "К-7/2022" });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);

        var toCurator = Assert.Single(await NoticesAsync(curator, NotificationKind.CuratorAppointed));
        Assert.Equal($"/Curator#school-{school.Id}", (string)toCurator["link"]!);
        Assert.Contains($"id=\"school-{school.Id}\"", await OpenAsync(curator, toCurator));
        var toTeam = Assert.Single(await NoticesAsync(team, NotificationKind.CuratorAppointed));
        Assert.Equal($"/Organizations/Details/{school.Id}", (string)toTeam["link"]!);
        var page = await OpenAsync(team, toTeam);
        Assert.Contains("Тестовый Пользователь", page);
        Assert.DoesNotContain("не назначен", page);
        Assert.Empty(await NoticesAsync(siblingTeam, NotificationKind.CuratorAppointed));
        Assert.Empty(await NoticesAsync(municipal, NotificationKind.CuratorAppointed));
        Assert.Equal(1, await LettersAsync(curator, "За вами закреплена школа"));
        Assert.Equal(0, await LettersAsync(team, "Школе назначен куратор"));
    }

    [Fact]
    public async Task RoadmapApprovedAndCorrected_TellsThoseWhoImplementItBelow_OnceUntilRead()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var sibling = await World.SchoolAsync(municipality);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var colleague = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var siblingTeam = await World.UserAsync(Role.SchoolTeam, sibling);
        await MailOffAsync(team, NotificationKind.RoadmapChanged);
        var higher = await World.RoadmapAsync(municipality);
        var higherItem = (await municipal.Api.GetNodeAsync($"/api/roadmaps/{higher.Id}/items")).AsArray().First(i => !(bool)i!["isSection"]!)!;
        var own = await World.RoadmapAsync(school);
        await World.RoadmapAsync(sibling);
        var linked = await team.Api.PostJsonAsync($"/api/roadmaps/{own.Id}/items", new { text = "Участие в анкетировании", implementsItemId = (int)higherItem["id"]! });
        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);

        var roadmap = await municipal.Api.GetNodeAsync($"/api/roadmaps/{higher.Id}");
        var described = await municipal.Api.PutJsonAsync($"/api/roadmaps/{higher.Id}", new
        {
            title = (string)roadmap["title"]!, periodStart = "2022-01-01", periodEnd = "2022-12-31",
            approval = new { kind = "Приказ", number = "12", date = "2022-01-10" }, version = (int)roadmap["version"]!,
        });
        var approved = await municipal.Api.PostJsonAsync($"/api/roadmaps/{higher.Id}/transitions", new { transition = "Approve", version = (int)(await described.ReadNodeAsync())["version"]! });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        foreach (var implementer in new[] { team, colleague })
        {
            var notice = Assert.Single(await NoticesAsync(implementer, NotificationKind.RoadmapChanged));
            Assert.Equal($"/Roadmaps/Details/{higher.Id}", (string)notice["link"]!);
            Assert.Contains("Утверждена", (string)notice["title"]!);
            Assert.Contains(WebUtility.HtmlEncode((string)roadmap["title"]!), await OpenAsync(implementer, notice));
        }
        foreach (var other in new[] { siblingTeam, regional, municipal })
        {
            Assert.Empty(await NoticesAsync(other, NotificationKind.RoadmapChanged));
        }
        Assert.Equal(1, await LettersAsync(colleague, "Утверждена дорожная карта"));
        Assert.Equal(0, await LettersAsync(team, "Утверждена дорожная карта"));

        // Two corrections in a row: one notice (the history lists both); after it is read, the next correction tells again.
        await CorrectAsync(municipal, higher.Id, (int)higherItem["id"]!, "Определение координатора проекта");
        await CorrectAsync(municipal, higher.Id, (int)higherItem["id"]!, "Определение муниципального координатора проекта");
        var corrected = (await NoticesAsync(team, NotificationKind.RoadmapChanged)).Where(n => (string)n["link"]! == $"/Roadmaps/History/{higher.Id}").ToList();
        var correction = Assert.Single(corrected);
        Assert.Contains("Определение координатора проекта", (string)correction["text"]!);
        Assert.Contains("Определение координатора проекта", WebUtility.HtmlDecode(await OpenAsync(team, correction)));
        Assert.Equal(2, (await NoticesAsync(colleague, NotificationKind.RoadmapChanged)).Count);
        Assert.Empty(await NoticesAsync(siblingTeam, NotificationKind.RoadmapChanged));
        Assert.Equal(HttpStatusCode.NoContent, (await team.Api.PostAsync($"/api/notifications/{(long)correction["id"]!}/read", null)).StatusCode);
        await CorrectAsync(municipal, higher.Id, (int)higherItem["id"]!, "Определение координатора");
        Assert.Equal(2, (await NoticesAsync(team, NotificationKind.RoadmapChanged)).Count(n => (string)n["link"]! == $"/Roadmaps/History/{higher.Id}"));
        Assert.Equal(0, await LettersAsync(team, "Изменена дорожная карта"));
        Assert.Equal(1, await LettersAsync(colleague, "Изменена дорожная карта"));
    }

    [Fact]
    public async Task EventInvitation_TellsTheInvitedOrganizationsOnly()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var invited = await World.SchoolAsync(municipality);
        var alsoInvited = await World.SchoolAsync(municipality);
        var notInvited = await World.SchoolAsync(municipality);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var team = await World.UserAsync(Role.SchoolTeam, invited);
        var quietTeam = await World.UserAsync(Role.SchoolTeam, alsoInvited);
        var otherTeam = await World.UserAsync(Role.SchoolTeam, notInvited);
        await MailOffAsync(quietTeam, NotificationKind.EventInvitation);

        var created = await coordinator.Api.PostJsonAsync("/api/events", new
        {
            title = "Вебинар для школ-участников", kind = "Webinar", organizerId = municipality.Id, year = 2022, schedule = "15.03.2022",
            invited = new[] { invited.Id, alsoInvited.Id },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (int)(await created.ReadNodeAsync())["id"]!;

        foreach (var guest in new[] { team, quietTeam })
        {
            var notice = Assert.Single(await NoticesAsync(guest, NotificationKind.EventInvitation));
            Assert.Equal($"/Events/{id}", (string)notice["link"]!);
            Assert.Contains("15.03.2022", (string)notice["text"]!);
            Assert.Contains("Вебинар для школ-участников", await OpenAsync(guest, notice));
        }
        Assert.Empty(await NoticesAsync(otherTeam, NotificationKind.EventInvitation));
        Assert.Empty(await NoticesAsync(coordinator, NotificationKind.EventInvitation));
        Assert.Equal(1, await LettersAsync(team, "Приглашение"));
        Assert.Equal(0, await LettersAsync(quietTeam, "Приглашение"));
    }

    private async Task CorrectAsync(Actor coordinator, int roadmapId, int itemId, string text)
    {
        var item = (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{roadmapId}/items")).AsArray().Single(i => (int)i!["id"]! == itemId)!;
        var saved = await coordinator.Api.PutJsonAsync($"/api/roadmaps/{roadmapId}/items/{itemId}", new
        {
            parentId = (int?)item["parentId"], number = (string?)item["number"], text, deadlineText = "До 1 марта", version = (int)item["version"]!,
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    private static MultipartFormDataContent Form(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", "Документ.pdf");
        return form;
    }

    private static async Task MailOffAsync(Actor actor, NotificationKind kind) =>
        Assert.Equal(HttpStatusCode.OK, (await actor.Api.PutJsonAsync("/api/notifications/settings", new { mailOff = new[] { kind.ToString() } })).StatusCode);

    /// <summary>The person's notices of one kind, newest first; each is checked to be in Russian on the way.</summary>
    private static async Task<List<JsonNode>> NoticesAsync(Actor actor, NotificationKind kind)
    {
        var notices = (await actor.Api.GetNodeAsync("/api/notifications?pageSize=100"))["notifications"]!["items"]!.AsArray()
            .Where(n => (string)n!["kind"]! == kind.ToString()).Select(n => n!).ToList();
        foreach (var notice in notices)
        {
            // No English word reaches a person: the test names' unique suffixes («Регион 12-a1b2c3») are the only Latin letters allowed.
            var words = UniqueSuffix().Replace($"{notice["title"]} {notice["text"]}", "");
            Assert.DoesNotMatch("[A-Za-z]{2,}", words);
        }
        return notices;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+-[0-9a-f]{6}")]
    private static partial System.Text.RegularExpressions.Regex UniqueSuffix();

    /// <summary>Follows the notice the way the bell does (marking it read) and answers the page it leads to, which must open.</summary>
    private async Task<string> OpenAsync(Actor actor, JsonNode notice)
    {
        var browser = await World.LoginAsync(actor);
        var open = await browser.GetAsync($"/Notifications/Open/{(long)notice["id"]!}");
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal((string)notice["link"]!, open.Headers.Location!.OriginalString);
        var page = await browser.GetAsync((string)notice["link"]!);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    /// <summary>Letters written to the outbox for the person whose subject contains the words (written with the notice, so no waiting).</summary>
    private async Task<int> LettersAsync(Actor actor, string subject)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var letters = await scope.ServiceProvider.GetRequiredService<MedkDbContext>().Set<OutgoingMail>().AsNoTracking()
            .Where(m => m.To == actor.Email).Select(m => m.Subject).ToListAsync();
        return letters.Count(s => s.Contains(subject, StringComparison.Ordinal));
    }

    private async Task<string?> DigestAsync(Actor actor, DateOnly today)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestJob>().ComposeAsync(actor.Id, today, CancellationToken.None);
    }
}

public sealed class EventNotificationsOnSqlite(SqliteMailFixture fixture) : EventNotificationTests(fixture), IClassFixture<SqliteMailFixture>;

public sealed class EventNotificationsOnPostgres(PostgresMailFixture fixture) : EventNotificationTests(fixture), IClassFixture<PostgresMailFixture>;
