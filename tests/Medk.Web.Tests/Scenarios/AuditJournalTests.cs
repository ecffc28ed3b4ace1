using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Audit;
using Medk.Data.Audit;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// The audit journal (issue 11 item 5, decision 026): each change through a page or the API is one line with before and
/// after, channel and address; the lines cannot be changed or deleted; sign-ins and refused access are recorded; a
/// coordinator reads the lines of their territory only, a school team not at all.
/// </summary>
public abstract class AuditJournalTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    private async Task<List<AuditEntry>> LinesAsync(Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> query)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        return await query(db.AuditEntries.AsNoTracking()).OrderBy(e => e.Id).ToListAsync();
    }

    private static JsonNode Changes(AuditEntry line) => JsonNode.Parse(line.Changes!)!;

    [Fact]
    public async Task RenameThroughThePage_ThenThroughTheApi_EachIsOneLine_WithBeforeAfterChannelAndAddress()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var key = school.Id.ToString();
        var browser = await World.LoginAsync(coordinator);
        var version = (int)(await coordinator.Api.GetNodeAsync($"/api/organizations/{school.Id}"))["version"]!;

        var saved = await TestWorld.PostFormAsync(browser, $"/Organizations/Edit/{school.Id}", new()
        {
            ["Input.ParentId"] = municipality.Id.ToString(),
            ["Input.Kind"] = "School",
            ["Input.FullName"] = "МБОУ «Первая школа»",
            ["Input.ShortName"] = school.ShortName,
            ["Input.Version"] = version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var byPage = Assert.Single(await LinesAsync(q => q.Where(e => e.EntityType == "Organization" && e.EntityKey == key && e.Action == AuditAction.Modified && e.Channel != AuditChannel.System)));
        Assert.Equal(AuditChannel.Page, byPage.Channel);
        Assert.Equal(browser.DefaultRequestHeaders.GetValues(MedkApp.ClientAddressHeader).Single(), byPage.Ip); // each test browser its own address
        Assert.Equal(coordinator.Id, byPage.UserId);
        Assert.Equal("Тестовый Пользователь", byPage.UserName);
        Assert.Equal(school.FullName, (string)Changes(byPage)["fullName"]!["before"]!);
        Assert.Equal("МБОУ «Первая школа»", (string)Changes(byPage)["fullName"]!["after"]!);
        Assert.StartsWith(municipality.Path, byPage.OrganizationPath);

        var put = await coordinator.Api.PutJsonAsync($"/api/organizations/{school.Id}", new
        {
            parentId = municipality.Id, kind = "School", fullName = "МБОУ «Вторая школа»", shortName = school.ShortName, version = version + 1,
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var lines = await LinesAsync(q => q.Where(e => e.EntityType == "Organization" && e.EntityKey == key && e.Action == AuditAction.Modified && e.Channel != AuditChannel.System));
        Assert.Equal(2, lines.Count);
        var byApi = lines[1];
        Assert.Equal(AuditChannel.Api, byApi.Channel);
        Assert.Equal(MedkApp.Client.ToString(), byApi.Ip);
        Assert.Equal("МБОУ «Первая школа»", (string)Changes(byApi)["fullName"]!["before"]!);
        Assert.Equal("МБОУ «Вторая школа»", (string)Changes(byApi)["fullName"]!["after"]!);
        Assert.Null(Changes(byApi)["version"]); // concurrency machinery is not a change anybody made

        // The same two lines through the API and on the object's history page, in Russian.
        var history = await coordinator.Api.GetNodeAsync($"/api/audit?kind=Organization&key={key}&action=Modified");
        Assert.Equal([byApi.Id, byPage.Id], history["items"]!.AsArray().Select(i => (long)i!["id"]!).Where(id => id >= byPage.Id));
        var page = await browser.GetStringAsync($"/Audit/History?kind=Organization&key={key}");
        Assert.Contains("Изменение", page);
        Assert.Contains("Полное наименование", page);
        Assert.Contains("Вторая школа", page);
        Assert.Contains("/Audit/History?kind=Organization", await browser.GetStringAsync($"/Organizations/Details/{school.Id}"));
    }

    [Fact]
    public async Task JournalLines_CannotBeChangedOrDeleted_ByTheSave_OrBehindItsBack()
    {
        var region = await World.RegionAsync();
        var key = region.Id.ToString();
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var line = await db.AuditEntries.FirstAsync(e => e.EntityType == "Organization" && e.EntityKey == key && e.Action == AuditAction.Created);

        db.Entry(line).Property(e => e.UserName).CurrentValue = "Кто-то другой";
        await Assert.ThrowsAsync<AuditAppendOnlyException>(() => db.SaveChangesAsync());
        db.Entry(line).State = EntityState.Unchanged;
        db.AuditEntries.Remove(line);
        await Assert.ThrowsAsync<AuditAppendOnlyException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();

        var update = await Record.ExceptionAsync(() => db.AuditEntries.Where(e => e.Id == line.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, "Кто-то другой")));
        Assert.Contains(AppendOnly.Message, update?.Message + update?.InnerException?.Message);
        var delete = await Record.ExceptionAsync(() => db.AuditEntries.Where(e => e.Id == line.Id).ExecuteDeleteAsync());
        Assert.Contains(AppendOnly.Message, delete?.Message + delete?.InnerException?.Message);

        var kept = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == line.Id);
        Assert.Equal(line.UserName, kept.UserName);
    }

    [Fact]
    public async Task SignInFailureAndSuccess_SignOut_AndRefusedAccess_AreRecorded()
    {
        var region = await World.RegionAsync();
        var school = await World.SchoolAsync(await World.MunicipalityAsync(region));
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var foreignRoadmap = await World.RoadmapAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var wrong = await TestWorld.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = team.Email, ["Input.Password"] = "не-тот-пароль-42" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var browser = await World.LoginAsync(team);
        await TestWorld.PostFormAsync(browser, "/Account/Logout", new(), "/");

        var account = await LinesAsync(q => q.Where(e => e.UserId == team.Id && e.EntityType == AuditJournal.AccountKind));
        var failed = Assert.Single(account, e => e.Action == AuditAction.SignInFailed);
        Assert.Contains(team.Email, failed.Detail);
        Assert.DoesNotContain("не-тот-пароль-42", failed.Detail + failed.Changes + failed.SearchText);
        Assert.Equal(MedkApp.Client.ToString(), failed.Ip);
        Assert.Single(account, e => e.Action == AuditAction.SignedIn && e.Channel == AuditChannel.Page);
        Assert.Single(account, e => e.Action == AuditAction.SignedOut);
        Assert.StartsWith(school.Path, failed.OrganizationPath);

        // Refused: 403 (not allowed), 404 (not visible), 401 (an unknown token).
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Api.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await team.Api.GetAsync($"/api/roadmaps/{foreignRoadmap.Id}")).StatusCode);
        var stranger = fixture.App.CreateClient();
        stranger.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "medk_" + Guid.NewGuid().ToString("N"));
        var probe = $"/api/roadmaps/{foreignRoadmap.Id}/items";
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync(probe)).StatusCode);

        var refused = await LinesAsync(q => q.Where(e => e.Action == AuditAction.AccessRefused && e.UserId == team.Id));
        Assert.Contains(refused, e => e.Detail!.Contains("GET /api/audit — 403") && e.Channel == AuditChannel.Api);
        Assert.Contains(refused, e => e.Detail!.Contains($"GET /api/roadmaps/{foreignRoadmap.Id} — 404"));
        Assert.Single(await LinesAsync(q => q.Where(e => e.Action == AuditAction.AccessRefused && e.UserId == null && e.Detail!.Contains(probe + " — 401"))));
    }

    [Fact]
    public async Task Coordinator_ReadsTheirTerritoryOnly_Administrator_Everything_SchoolTeam_Nothing()
    {
        var regionA = await World.RegionAsync();
        var regionB = await World.RegionAsync();
        var coordinatorA = await World.UserAsync(Role.RegionalCoordinator, regionA);
        var coordinatorB = await World.UserAsync(Role.RegionalCoordinator, regionB);
        var admin = await World.UserAsync(Role.Administrator, await World.RootAsync());
        var schoolA = await World.SchoolAsync(await World.MunicipalityAsync(regionA));
        var team = await World.UserAsync(Role.SchoolTeam, schoolA);
        var created = new Dictionary<string, int>();
        foreach (var (name, coordinator, region) in new[] { ("A", coordinatorA, regionA), ("B", coordinatorB, regionB) })
        {
            var response = await coordinator.Api.PostJsonAsync("/api/organizations", new { parentId = region.Id, kind = "Authority", fullName = TestWorld.Unique("Управление образования " + name) });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            created[name] = (int)(await response.ReadNodeAsync())["id"]!;
        }

        async Task<List<long>> SeenAsync(Actor reader, int id) => (await reader.Api.GetNodeAsync($"/api/audit?kind=Organization&key={id}"))["items"]!
            .AsArray().Select(i => (long)i!["id"]!).ToList();
        Assert.NotEmpty(await SeenAsync(coordinatorA, created["A"]));
        Assert.Empty(await SeenAsync(coordinatorA, created["B"]));
        Assert.Empty(await SeenAsync(coordinatorB, created["A"]));
        Assert.NotEmpty(await SeenAsync(admin, created["B"]));
        var everything = (await coordinatorA.Api.GetNodeAsync("/api/audit?size=200"))["items"]!.AsArray();
        Assert.All(everything, i => Assert.StartsWith(regionA.Path, (string?)i!["organizationPath"] ?? "(none)"));

        // A school team opens neither the journal nor a history; the menu does not offer it.
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Api.GetAsync("/api/audit")).StatusCode);
        var teamBrowser = await World.LoginAsync(team);
        Assert.Equal(HttpStatusCode.Forbidden, (await teamBrowser.GetAsync("/Audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teamBrowser.GetAsync($"/Audit/History?kind=Organization&key={schoolA.Id}")).StatusCode);
        Assert.DoesNotContain("href=\"/Audit\"", await teamBrowser.GetStringAsync("/"));

        // The coordinator's page: the menu, the filters, the lines in Russian; pages by the cursor.
        var browser = await World.LoginAsync(coordinatorA);
        Assert.Contains("href=\"/Audit\"", await browser.GetStringAsync("/"));
        var journal = await browser.GetStringAsync($"/Audit?kind=Organization&action=Created&text={Uri.EscapeDataString("управление образования a")}");
        Assert.Contains("Журнал аудита", journal);
        Assert.Contains("Создание", journal);
        Assert.Contains("Организация № " + created["A"], journal);
        var first = await coordinatorA.Api.GetNodeAsync("/api/audit?size=1");
        var next = (long)first["next"]!;
        var second = await coordinatorA.Api.GetNodeAsync($"/api/audit?size=1&before={next}");
        Assert.True((long)second["items"]![0]!["id"]! < (long)first["items"]![0]!["id"]!);
    }

    [Fact]
    public async Task People_AreShownByName_NeverByTheirId()
    {
        var region = await World.RegionAsync();
        var school = await World.SchoolAsync(await World.MunicipalityAsync(region));
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var email = $"appointed-{Guid.NewGuid():N}@test.medk";
        var appointed = await coordinator.Api.PostJsonAsync("/api/users", new { email, fullName = "Петрова Полина Петровна", password = "password-123", role = "SchoolTeam", organizationId = school.Id });
        Assert.Equal(HttpStatusCode.Created, appointed.StatusCode);
        var id = (string)(await appointed.ReadNodeAsync())["id"]!;

        var admin = await World.UserAsync(Role.Administrator, await World.RootAsync());
        var lines = (await admin.Api.GetNodeAsync("/api/audit?size=200"))["items"]!.AsArray();
        var about = lines.Where(l => (string?)l!["entityKey"] == id).ToList();
        Assert.True(about.Count > 0, "the new account is journaled: " + string.Join(", ", lines.Take(10).Select(l => l!["entityType"] + "/" + l["entityKey"])));
        var kind = (string)about[0]!["entityType"]!;
        var page = await (await World.LoginAsync(admin)).GetStringAsync($"/Audit?kind={kind}&size=200");
        Assert.Contains("Петрова Полина Петровна", page);
        Assert.DoesNotContain(id, page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", page);
    }

    [Fact]
    public void EveryJournaledKindAndProperty_HasARussianName()
    {
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var missing = new SortedSet<string>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => AuditRules.Journals(t.ClrType)))
        {
            if (!AuditGlossary.HasKind(type.ClrType.Name))
            {
                missing.Add("kind " + type.ClrType.Name);
            }
            foreach (var property in type.GetProperties().Where(AuditRules.Journals))
            {
                if (!AuditGlossary.HasProperty(property.Name))
                {
                    missing.Add(property.Name);
                }
            }
        }
        Assert.True(missing.Count == 0, "No Russian name: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryValueOfAJournaledEnumeration_HasARussianWord()
    {
        using var scope = fixture.App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var missing = new SortedSet<string>();
        foreach (var property in db.Model.GetEntityTypes().Where(t => AuditRules.Journals(t.ClrType)).SelectMany(t => t.GetProperties().Where(AuditRules.Journals)))
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            if (!type.IsEnum)
            {
                continue;
            }
            foreach (Enum value in Enum.GetValues(type))
            {
                var word = Medk.Core.Glossary.Word(value);
                if (word is null || word == value.ToString())
                {
                    missing.Add($"{type.Name}.{value}");
                }
            }
        }
        Assert.True(missing.Count == 0, "No Russian word: " + string.Join(", ", missing));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuditJournalOnSqlite(SqliteFixture fixture) : AuditJournalTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AuditJournalOnPostgres(PostgresFixture fixture) : AuditJournalTests(fixture);

/// <summary>A journaled value reads as words: checksums, media types and unknown ids never show their code form.</summary>
public sealed class AuditValuesTests
{
    private static string Show(string value) => Medk.Web.Features.Platform.Audit.AuditValues.Show(System.Text.Json.JsonSerializer.SerializeToElement(value));

    [Fact]
    public void TechnicalValues_AreShownInWords()
    {
        Assert.Equal("контрольная сумма", Show("a0c9cb285de42be92202ecf987556bbed9edd6095dae9e4152cb1f477977ce00"));
        Assert.Equal("PDF", Show("application/pdf"));
        Assert.Equal("DOCX", Show("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        Assert.Equal("файл", Show("application/octet-stream"));
        Assert.Equal("внутренний идентификатор", Show(Guid.NewGuid().ToString()));
        Assert.Equal("Обычный текст", Show("Обычный текст"));
    }
}
