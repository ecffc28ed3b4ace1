using System.Net;
using System.Text.RegularExpressions;
using Medk.Core.Platform.Notifications;
using Medk.Data.Persistence;
using Medk.Web.Features.Platform.Notifications;
using Medk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// E-mail through a real SMTP server process: a returned report reaches the school with the comment and a link that
/// works; a password is reset by a link that works once; a server that is down delays mail without failing anybody's
/// action and without sending anything twice; two app instances on one database send each letter once.
/// </summary>
public abstract partial class MailDeliveryTests(MailFixture fixture)
{
    private TestWorld World => fixture.World;
    private SmtpSink Smtp => fixture.Smtp;

    [Fact]
    public async Task ReturnedReport_ReachesTheSchoolByMail_WithTheCommentAndAWorkingLink()
    {
        var (school, curator, _, _, id) = await NotificationBellTests.SchoolWithCheckpointAsync(World);
        await school.Api.PostAsync($"/api/checkpoints/{id}/report", NotificationBellTests.Report("Координатор назначен"));
        await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);
        var comment = "Приложите приказ с подписью руководителя " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/return", new { comment })).StatusCode);

        var letter = Assert.Single(await Smtp.WaitForAsync(school.Email));
        await AllSentAsync();
        Assert.Single(Smtp.LettersTo(school.Email));
        Assert.Contains("возвращён на доработку", letter.Subject);
        Assert.Contains(comment, letter.TextBody);
        Assert.Contains(WebUtility.HtmlEncode(comment), letter.HtmlBody);
        var link = LinkIn(letter.TextBody);
        Assert.Equal($"{MailFixture.PublicUrl}/Checkpoints/Details/{id}", link);
        Assert.Contains($"href=\"{link}\"", letter.HtmlBody);

        var page = WebUtility.HtmlDecode(await (await World.LoginAsync(school)).GetStringAsync(link[MailFixture.PublicUrl.Length..]));
        Assert.Contains(comment, page);
        // The curator was told of the submission by mail too, and not of their own return.
        var curatorLetter = Assert.Single(Smtp.LettersTo(curator.Email));
        Assert.Contains("ждёт подтверждения", curatorLetter.Subject);
    }

    [Fact]
    public async Task ForgottenPassword_IsResetByMailedLink_ThatWorksOnce()
    {
        var (school, _, _, _, _) = await NotificationBellTests.SchoolWithCheckpointAsync(World);
        var anonymous = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        Assert.Contains("Забыли пароль?", await anonymous.GetStringAsync("/Account/Login"));

        var unknown = await TestWorld.PostFormAsync(anonymous, "/Account/ForgotPassword", new() { ["Email"] = "nobody-" + school.Email });
        var requested = await TestWorld.PostFormAsync(anonymous, "/Account/ForgotPassword", new() { ["Email"] = school.Email });
        // The same answer for a known and an unknown address: the form does not tell who has an account.
        Assert.Contains("Если адрес", WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()));
        Assert.Contains("Если адрес", WebUtility.HtmlDecode(await requested.Content.ReadAsStringAsync()));

        var letter = Assert.Single(await Smtp.WaitForAsync(school.Email));
        var link = LinkIn(letter.TextBody)[MailFixture.PublicUrl.Length..];
        Assert.StartsWith("/Account/ResetPassword?user=", link);
        const string newPassword = "new-password-42";
        var reset = await TestWorld.PostFormAsync(anonymous, link, new() { ["NewPassword"] = newPassword, ["ConfirmPassword"] = newPassword });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        await World.LoginAsync(school with { Password = newPassword });
        await Assert.ThrowsAsync<InvalidOperationException>(() => World.LoginAsync(school));
        var again = await TestWorld.PostFormAsync(anonymous, link, new() { ["NewPassword"] = "third-password-1", ["ConfirmPassword"] = "third-password-1" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("устарела или уже использована", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));
        await World.LoginAsync(school with { Password = newPassword });
    }

    [Fact]
    public async Task MailServerDown_DoesNotFailTheAction_AndTheLetterArrivesOnceWhenItIsBack()
    {
        var (school, curator, _, _, id) = await NotificationBellTests.SchoolWithCheckpointAsync(World);
        await school.Api.PostAsync($"/api/checkpoints/{id}/report", NotificationBellTests.Report("Сделано"));
        await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);
        await Smtp.WaitForAsync(curator.Email);
        await AllSentAsync();

        await Smtp.StopAsync();
        try
        {
            var returned = await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/return", new { comment = "Нет подписи" });
            Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
            // The worker tried, failed and put the letter off; nothing is lost.
            var failed = await WaitForAsync(async db => await db.Set<OutgoingMail>()
                .Where(m => m.To == school.Email && m.SentAt == null && m.Attempts >= 2 && m.LastError != null).AnyAsync());
            Assert.True(failed);
            Assert.Empty(Smtp.LettersTo(school.Email));
        }
        finally
        {
            await Smtp.StartAgainAsync();
        }

        var letter = Assert.Single(await Smtp.WaitForAsync(school.Email));
        Assert.Contains("Нет подписи", letter.TextBody);
        await AllSentAsync();
        Assert.Single(Smtp.LettersTo(school.Email));
    }

    [Fact]
    public async Task TwoInstances_OnOneDatabase_SendEachLetterOnce()
    {
        var second = fixture.StartInstance();
        var run = Guid.NewGuid().ToString("N")[..8];
        var addresses = Enumerable.Range(0, 30).Select(i => $"school{i}-{run}@test.medk").ToList();
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
            foreach (var to in addresses)
            {
                db.Add(new OutgoingMail(to, "Medk: проверка " + run, "Текст", "<p>Текст</p>", DateTimeOffset.UtcNow));
            }
            await db.SaveChangesAsync();
        }

        // Both instances' workers run; on top of them both instances are driven at once, racing for the same letters.
        for (var round = 0; round < 10; round++)
        {
            await Task.WhenAll(Deliver(fixture.App), Deliver(second), Deliver(fixture.App), Deliver(second));
        }
        await AllSentAsync();

        var letters = Smtp.Letters().Where(l => l.Subject == "Medk: проверка " + run).ToList();
        Assert.Equal(addresses.Count, letters.Count);
        Assert.Equal(addresses.Order(), letters.Select(l => l.To.Mailboxes.Single().Address).Order());
        Assert.Equal(letters.Count, letters.Select(l => l.MessageId).Distinct().Count());

        static async Task Deliver(MedkApp app)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MailDelivery>().RunOnceAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task EveryLetter_HasAOneClickUnsubscribe_ThatWorksWithoutLoggingIn()
    {
        var (school, curator, _, _, id) = await NotificationBellTests.SchoolWithCheckpointAsync(World);
        await school.Api.PostAsync($"/api/checkpoints/{id}/report", NotificationBellTests.Report("Сделано"));
        await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);
        await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/return", new { comment = "Первый возврат" });
        var letter = Assert.Single(await Smtp.WaitForAsync(school.Email));
        var unsubscribe = UnsubscribeIn(letter.TextBody);
        Assert.Equal($"<{unsubscribe}>", letter.Headers["List-Unsubscribe"]);
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(unsubscribe)}\"", letter.HtmlBody);

        var anonymous = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var path = unsubscribe[MailFixture.PublicUrl.Length..];
        // Opening the link only asks (mail scanners open links); the mail program's one-click POST unsubscribes.
        Assert.Contains("Отписаться", WebUtility.HtmlDecode(await anonymous.GetStringAsync(path)));
        Assert.True((await school.Api.GetNodeAsync("/api/notifications/settings"))["kinds"]!.AsArray()
            .Single(k => (string)k!["kind"]! == "ReportReturned")!["email"]!.GetValue<bool>());
        var done = await anonymous.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("больше не будут приходить", WebUtility.HtmlDecode(await done.Content.ReadAsStringAsync()));
        var kinds = (await school.Api.GetNodeAsync("/api/notifications/settings"))["kinds"]!.AsArray();
        Assert.False(kinds.Single(k => (string)k!["kind"]! == "ReportReturned")!["email"]!.GetValue<bool>());
        Assert.True(kinds.Single(k => (string)k!["kind"]! == "ReportConfirmed")!["email"]!.GetValue<bool>());

        var forged = await anonymous.GetStringAsync(path[..^4] + "abcd");
        Assert.Contains("не распознана", WebUtility.HtmlDecode(forged));

        // The next return is in the bell, not in the mailbox.
        await school.Api.PostAsync($"/api/checkpoints/{id}/report/submit", null);
        await curator.Api.PostJsonAsync($"/api/checkpoints/{id}/report/return", new { comment = "Второй возврат" });
        await AllSentAsync();
        Assert.Single(Smtp.LettersTo(school.Email));
        var bell = await school.Api.GetNodeAsync("/api/notifications");
        Assert.Contains(bell["notifications"]!["items"]!.AsArray(), n => ((string?)n!["text"])?.Contains("Второй возврат") == true);
    }

    [Fact]
    public async Task Reminders_ComeOnTheChosenDaysBeforeTheDueDate_AndTheDayAfter_EachOnce()
    {
        var region = await World.RegionAsync();
        var school = await World.SchoolAsync(await World.MunicipalityAsync(region));
        var chooser = await World.UserAsync(Core.Platform.Access.Role.SchoolTeam, school);
        var defaults = await World.UserAsync(Core.Platform.Access.Role.SchoolTeam, school);
        var saved = await chooser.Api.PutJsonAsync("/api/notifications/settings", new { reminderDays = new[] { 7, 1 } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await chooser.Api.PutJsonAsync("/api/notifications/settings", new { reminderDays = new[] { 5 } })).StatusCode);

        var today = NotificationSettings.Today(null, DateTimeOffset.UtcNow);
        var due = await CheckpointsDueAsync(school, today, [7, 3, 1, -1, 2]);

        await Task.WhenAll(RunRemindersAsync(fixture.App), RunRemindersAsync(fixture.App));
        await RunRemindersAsync(fixture.App);

        async Task<List<(string Kind, string Link)>> Reminders(Actor actor) =>
            (await actor.Api.GetNodeAsync("/api/notifications?pageSize=50"))["notifications"]!["items"]!.AsArray()
                .Select(n => ((string)n!["kind"]!, (string)n["link"]!)).OrderBy(n => n.Item2).ToList();
        (string, string) Due(int offset) => ("CheckpointDue", $"/Checkpoints/Details/{due[offset]}");
        (string, string) Missed(int offset) => ("CheckpointOverdue", $"/Checkpoints/Details/{due[offset]}");
        Assert.Equal(new[] { Due(7), Due(1), Missed(-1) }.OrderBy(n => n.Item2), await Reminders(chooser));
        Assert.Equal(new[] { Due(3), Due(1), Missed(-1) }.OrderBy(n => n.Item2), await Reminders(defaults));

        var letters = await Smtp.WaitForAsync(chooser.Email, 3);
        Assert.Contains(letters, l => (l.Subject ?? "").Contains("Срок через 7 дней"));
        Assert.Contains(letters, l => (l.Subject ?? "").Contains("Срок пропущен"));
        await AllSentAsync();
        Assert.Equal(3, Smtp.LettersTo(chooser.Email).Count);
    }

    [Fact]
    public async Task Coordinator_GetsOneWeeklyDigest_OfWhatIsOverdueBelow_GroupedByOrganization()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var first = await World.SchoolAsync(municipality);
        var second = await World.SchoolAsync(municipality);
        var coordinator = await World.UserAsync(Core.Platform.Access.Role.MunicipalCoordinator, municipality);
        var overdue = 0;
        foreach (var school in new[] { first, second })
        {
            var roadmap = await World.RoadmapAsync(school, underWay: true); // 2022: every checkpoint is overdue
            overdue += (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray().Sum(i => i!["checkpoints"]!.AsArray().Count);
        }
        Assert.True(overdue >= 2);

        // Monday 8:00 in Moscow; on Sunday nothing is sent.
        var moscowToday = NotificationSettings.Today(null, DateTimeOffset.UtcNow);
        var monday = moscowToday.AddDays(((int)DayOfWeek.Monday - (int)moscowToday.DayOfWeek + 7) % 7);
        var mondayMorning = new DateTimeOffset(monday.ToDateTime(new TimeOnly(8, 0)), TimeSpan.FromHours(3));
        await RunDigestAsync(mondayMorning.AddDays(-1));
        await Task.WhenAll(RunDigestAsync(mondayMorning), RunDigestAsync(mondayMorning.AddHours(2)));

        var letter = Assert.Single(await Smtp.WaitForAsync(coordinator.Email));
        Assert.Contains($"Сводка на неделю с {monday:dd.MM.yyyy}", letter.Subject);
        Assert.Contains($"Просрочено ниже вашего уровня: {overdue} контрольных точек.", letter.TextBody);
        Assert.Contains($"{first.ShortName} — ", letter.TextBody);
        Assert.Contains($"{second.ShortName} — ", letter.TextBody);
        Assert.DoesNotContain(municipality.ShortName + " — ", letter.TextBody);
        Assert.NotNull(letter.Headers["List-Unsubscribe"]);
        await AllSentAsync();
        Assert.Single(Smtp.LettersTo(coordinator.Email));
    }

    private async Task RunDigestAsync(DateTimeOffset now)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DigestJob>().RunAsync(now, CancellationToken.None);
    }

    private static async Task RunRemindersAsync(MedkApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>An approved roadmap of the school with one checkpoint at each offset from today; offset → checkpoint id.</summary>
    private async Task<Dictionary<int, int>> CheckpointsDueAsync(Core.Platform.Organizations.Organization school, DateOnly today, int[] offsets)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var now = DateTimeOffset.UtcNow;
        var roadmap = new Core.Planning.Roadmaps.Roadmap(school.Id, school.Level, TestWorld.Unique("Дорожная карта школы"), today.AddDays(-60), today.AddDays(60), now);
        roadmap.Describe(roadmap.Title, roadmap.PeriodStart, roadmap.PeriodEnd, new Core.Planning.Roadmaps.ApprovalDocument("Приказ", "1", today.AddDays(-60), null), now);
        roadmap.Move(Core.Planning.Roadmaps.RoadmapTransition.Approve, now);
        roadmap.Move(Core.Planning.Roadmaps.RoadmapTransition.Start, now);
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync();
        var items = offsets.Select((offset, i) => new Core.Planning.Roadmaps.RoadmapItem(roadmap.Id, null, i,
            new Core.Planning.Roadmaps.ItemContent($"{i + 1}", false, $"Мероприятие {offset}", "Школа", today.AddDays(offset).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), "Проведено"))).ToList();
        foreach (var item in items)
        {
            item.Understand(roadmap.Period);
        }
        db.RoadmapItems.AddRange(items);
        await db.SaveChangesAsync();
        return offsets.Select((offset, i) => (offset, items[i].Checkpoints.Single().Id)).ToDictionary(x => x.offset, x => x.Item2);
    }

    /// <summary>Waits until the outbox has nothing left to send (sent letters are in the sink by then).</summary>
    private Task AllSentAsync() => WaitForAsync(async db => !await db.Set<OutgoingMail>().AnyAsync(m => m.NextAttemptAt != null));

    private async Task<bool> WaitForAsync(Func<MedkDbContext, Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await using (var scope = fixture.App.Services.CreateAsyncScope())
            {
                if (await condition(scope.ServiceProvider.GetRequiredService<MedkDbContext>()))
                {
                    return true;
                }
            }
            if (DateTime.UtcNow > deadline)
            {
                await using var scope = fixture.App.Services.CreateAsyncScope();
                var pending = await scope.ServiceProvider.GetRequiredService<MedkDbContext>().Set<OutgoingMail>().AsNoTracking()
                    .Where(m => m.NextAttemptAt != null).Select(m => $"{m.To} attempts={m.Attempts} lease={m.LeaseOwner} error={m.LastError}").ToListAsync();
                throw new TimeoutException("The outbox did not reach the expected state; waiting: " + string.Join("; ", pending));
            }
            await Task.Delay(200);
        }
    }

    private static string LinkIn(string? text) => Link().Match(text ?? "") is { Success: true } m ? m.Value : throw new InvalidOperationException("No link in: " + text);

    [GeneratedRegex(@"http://medk\.test/\S+")]
    private static partial Regex Link();

    private static string UnsubscribeIn(string? text) =>
        Unsubscribe().Match(text ?? "") is { Success: true } m ? m.Value : throw new InvalidOperationException("No unsubscribe link in: " + text);

    [GeneratedRegex(@"http://medk\.test/Notifications/Unsubscribe\?t=\S+")]
    private static partial Regex Unsubscribe();
}

public sealed class MailDeliveryOnSqlite(SqliteMailFixture fixture) : MailDeliveryTests(fixture), IClassFixture<SqliteMailFixture>;

public sealed class MailDeliveryOnPostgres(PostgresMailFixture fixture) : MailDeliveryTests(fixture), IClassFixture<PostgresMailFixture>;
