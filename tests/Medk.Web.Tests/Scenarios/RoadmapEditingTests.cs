using System.Net;
using System.Text.Json.Nodes;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>A coordinator writes a roadmap by hand through the API: header, item tree, order, approval.</summary>
public abstract class RoadmapEditingTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    private async Task<(Actor Coordinator, int RoadmapId)> NewRoadmapAsync()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var created = await coordinator.Api.PostJsonAsync("/api/roadmaps", new
        {
            ownerOrganizationId = municipality.Id,
            title = "Дорожная карта реализации проекта «500+» в 2022 году",
            periodStart = "2022-01-01",
            periodEnd = "2022-12-31",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadNodeAsync();
        Assert.Equal("Draft", (string)body["status"]!);
        Assert.Equal("Municipality", (string)body["level"]!);
        return (coordinator, (int)body["id"]!);
    }

    private static async Task<int> AddAsync(Actor actor, int roadmapId, object item)
    {
        var response = await actor.Api.PostJsonAsync($"/api/roadmaps/{roadmapId}/items", item);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (int)(await response.ReadNodeAsync())["id"]!;
    }

    private static async Task<List<JsonNode>> ItemsAsync(Actor actor, int roadmapId) =>
        (await actor.Api.GetNodeAsync($"/api/roadmaps/{roadmapId}/items")).AsArray().Select(n => n!).ToList();

    [Fact]
    public async Task ItemTree_BuiltReorderedAndReadBackInDocumentOrder()
    {
        var (c, id) = await NewRoadmapAsync();
        var section = await AddAsync(c, id, new { number = "1", isSection = true, text = "Организационно-методическое сопровождение" });
        var first = await AddAsync(c, id, new { parentId = section, number = "1.1", text = "Определение координатора", deadlineText = "До 31 декабря 2021г.", responsibleText = "РУО", resultText = "Назначен координатор", levels = new[] { "municipal" } });
        var second = await AddAsync(c, id, new { parentId = section, number = "1.2", text = "Анкетирование кураторов", deadlineText = "До 1 марта" });
        await AddAsync(c, id, new { number = "2", isSection = true, text = "Совершенствование компетенций" });

        var items = await ItemsAsync(c, id);
        Assert.Equal(["1@0", "1.1@1", "1.2@1", "2@0"], items.Select(i => $"{i["number"]}@{i["depth"]}"));
        Assert.Equal("До 31 декабря 2021г.", (string)items[1]["deadlineText"]!);
        Assert.Equal(["municipal"], items[1]["levels"]!.AsArray().Select(l => (string)l!));
        // The deadline is understood within the roadmap's period, the text kept as written.
        Assert.Equal("due", (string)items[1]["deadline"]!["kind"]!);
        Assert.Equal(["2021-12-31"], items[1]["deadline"]!["checkpoints"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(["2022-03-01"], items[2]["deadline"]!["checkpoints"]!.AsArray().Select(c => (string)c!));
        Assert.Null(items[0]["deadline"]);

        Assert.Equal(HttpStatusCode.NoContent, (await c.Api.PostJsonAsync($"/api/roadmaps/{id}/items/{second}/move", new { direction = "up" })).StatusCode);
        Assert.Equal(["1", "1.2", "1.1", "2"], (await ItemsAsync(c, id)).Select(i => (string)i["number"]!));

        var moved = await c.Api.PostJsonAsync($"/api/roadmaps/{id}/items/{first}/move", new { parentId = (int?)null });
        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        Assert.Equal(["1@0", "1.2@1", "2@0", "1.1@0"], (await ItemsAsync(c, id)).Select(i => $"{i["number"]}@{i["depth"]}"));
    }

    [Fact]
    public async Task Item_UpdatedWithVersion_AndDeletedWithItsChildren()
    {
        var (c, id) = await NewRoadmapAsync();
        var section = await AddAsync(c, id, new { number = "1", isSection = true, text = "Раздел" });
        var child = await AddAsync(c, id, new { parentId = section, number = "1.1", text = "Пункт" });
        var other = await AddAsync(c, id, new { number = "2", text = "Другой пункт" });

        var item = (await ItemsAsync(c, id)).Single(i => (int)i["id"]! == child);
        var update = await c.Api.PutJsonAsync($"/api/roadmaps/{id}/items/{child}", new
        {
            parentId = section, number = "1.1.", text = "Пункт исправлен", deadlineText = "Еженедельно, пятница, 15.00", version = (int)item["version"]!,
        });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var updated = await update.ReadNodeAsync();
        Assert.Equal("Пункт исправлен", (string)updated["text"]!);
        Assert.Equal("recurring", (string)updated["deadline"]!["kind"]!);
        Assert.Equal(52, updated["deadline"]!["checkpoints"]!.AsArray().Count); // every Friday of 2022
        Assert.Equal("15:00:00", (string)updated["deadline"]!["time"]!);

        Assert.Equal(HttpStatusCode.NoContent, (await c.Api.DeleteAsync($"/api/roadmaps/{id}/items/{section}")).StatusCode);
        Assert.Equal([other], (await ItemsAsync(c, id)).Select(i => (int)i["id"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await c.Api.DeleteAsync($"/api/roadmaps/{id}/items/{child}")).StatusCode);
    }

    [Fact]
    public async Task Approval_NeedsTheApprovingDocument_ThenTheRoadmapGoesThroughItsStatuses()
    {
        var (c, id) = await NewRoadmapAsync();
        var roadmap = await c.Api.GetNodeAsync($"/api/roadmaps/{id}");
        var refused = await c.Api.PostJsonAsync($"/api/roadmaps/{id}/transitions", new { transition = "Approve", version = (int)roadmap["version"]! });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("утверждающий документ", (string)(await refused.ReadNodeAsync())["errors"]!["approval"]![0]!);

        var described = await c.Api.PutJsonAsync($"/api/roadmaps/{id}", new
        {
            title = (string)roadmap["title"]!, periodStart = "2022-01-01", periodEnd = "2022-12-31",
            approval = new { kind = "Приказ", number = "102-1", date = "2022-03-04", signatory = "И.А. Магон" },
            version = (int)roadmap["version"]!,
        });
        Assert.Equal(HttpStatusCode.OK, described.StatusCode);
        var version = (int)(await described.ReadNodeAsync())["version"]!;

        foreach (var (transition, status) in new[] { ("Approve", "Approved"), ("Start", "InProgress"), ("Complete", "Completed") })
        {
            var moved = await c.Api.PostJsonAsync($"/api/roadmaps/{id}/transitions", new { transition, version });
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            var body = await moved.ReadNodeAsync();
            Assert.Equal(status, (string)body["status"]!);
            version = (int)body["version"]!;
        }
        var closed = await c.Api.PostJsonAsync($"/api/roadmaps/{id}/items", new { text = "Поздний пункт" });
        Assert.Equal(HttpStatusCode.BadRequest, closed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await c.Api.DeleteAsync($"/api/roadmaps/{id}")).StatusCode);
    }

    [Fact]
    public async Task CorrectionsAfterApproval_AreRecordedAsRevisions_DraftEditsAreNot()
    {
        var (c, id) = await NewRoadmapAsync();
        var item = await AddAsync(c, id, new { number = "1", text = "Анкетирование кураторов", deadlineText = "До 1 марта" });
        Assert.Empty((await c.Api.GetNodeAsync($"/api/roadmaps/{id}/revisions")).AsArray());

        var roadmap = await c.Api.GetNodeAsync($"/api/roadmaps/{id}");
        var described = await (await c.Api.PutJsonAsync($"/api/roadmaps/{id}", new
        {
            title = (string)roadmap["title"]!, periodStart = "2022-01-01", periodEnd = "2022-12-31",
            approval = new { kind = "Приказ", number = "102-1", date = "2022-03-04" }, version = (int)roadmap["version"]!,
        })).ReadNodeAsync();
        await c.Api.PostJsonAsync($"/api/roadmaps/{id}/transitions", new { transition = "Approve", version = (int)described["version"]! });

        var current = (await c.Api.GetNodeAsync($"/api/roadmaps/{id}/items")).AsArray()[0]!;
        var corrected = await c.Api.PutJsonAsync($"/api/roadmaps/{id}/items/{item}", new { number = "1", text = "Анкетирование кураторов", deadlineText = "До 15 марта", version = (int)current["version"]! });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        await AddAsync(c, id, new { number = "2", text = "Семинар для кураторов", deadlineText = "апрель" });

        var revisions = (await c.Api.GetNodeAsync($"/api/roadmaps/{id}/revisions")).AsArray();
        Assert.Equal([2, 1], revisions.Select(r => (int)r!["number"]!));
        Assert.Contains("срок «До 1 марта» → «До 15 марта»", (string)revisions[1]!["changes"]!);
        Assert.Contains("Добавлен пункт 2", (string)revisions[0]!["changes"]!);
        var page = System.Net.WebUtility.HtmlDecode(await (await World.LoginAsync(c)).GetStringAsync($"/Roadmaps/History/{id}"));
        Assert.Contains("Корректировка № 2", page);
    }

    [Fact]
    public async Task List_FiltersByYearStatusLevelOwnerAndSearch()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var old = await World.RoadmapAsync(municipality, 2021, "План-график на 2021 год");
        var current = await World.RoadmapAsync(municipality, 2022, "Муниципальная дорожная карта «500+» 2022");
        var regional = await World.RoadmapAsync(region, 2022);
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);

        async Task<List<int>> Ids(string query) =>
            (await coordinator.Api.GetNodeAsync("/api/roadmaps?pageSize=200&" + query))["items"]!.AsArray().Select(i => (int)i!["id"]!).ToList();

        Assert.Equal([current.Id], await Ids($"ownerId={municipality.Id}&year=2022"));
        Assert.Equal([old.Id], await Ids($"ownerId={municipality.Id}&year=2021"));
        Assert.Contains(regional.Id, await Ids("level=Region&status=Draft"));
        Assert.DoesNotContain(current.Id, await Ids("level=Region"));
        Assert.Equal([current.Id], await Ids($"ownerId={municipality.Id}&search={Uri.EscapeDataString("МУНИЦИПАЛЬНАЯ дорожная")}"));
        Assert.Empty(await Ids($"ownerId={municipality.Id}&status=Completed"));
        var page = await coordinator.Api.GetNodeAsync($"/api/roadmaps?ownerId={municipality.Id}&pageSize=1&page=2");
        Assert.Equal(2, (int)page["total"]!);
        Assert.Single(page["items"]!.AsArray());
    }

    [Fact]
    public async Task InvalidInput_AnswersProblemDetailsNamingTheFields_AndSavesNothing()
    {
        var (c, id) = await NewRoadmapAsync();
        var noTitle = await c.Api.PostJsonAsync("/api/roadmaps", new { ownerOrganizationId = 0, title = "", periodStart = "2022-01-01", periodEnd = "2022-12-31" });
        Assert.Equal(HttpStatusCode.BadRequest, noTitle.StatusCode);
        Assert.Equal("application/problem+json", noTitle.Content.Headers.ContentType?.MediaType);

        var roadmap = await c.Api.GetNodeAsync($"/api/roadmaps/{id}");
        var badPeriod = await c.Api.PutJsonAsync($"/api/roadmaps/{id}", new { title = "Т", periodStart = "2022-12-31", periodEnd = "2022-01-01", version = (int)roadmap["version"]! });
        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.StatusCode);
        Assert.NotNull((await badPeriod.ReadNodeAsync())["errors"]!["periodEnd"]);

        var badLevel = await c.Api.PostJsonAsync($"/api/roadmaps/{id}/items", new { text = "Пункт", levels = new[] { "galactic" } });
        Assert.Equal(HttpStatusCode.BadRequest, badLevel.StatusCode);
        Assert.NotNull((await badLevel.ReadNodeAsync())["errors"]!["levels"]);

        var badParent = await c.Api.PostJsonAsync($"/api/roadmaps/{id}/items", new { text = "Пункт", parentId = 999999 });
        Assert.NotNull((await badParent.ReadNodeAsync())["errors"]!["parentId"]);

        var malformed = await c.Api.PostAsync($"/api/roadmaps/{id}/items", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        Assert.Empty(await ItemsAsync(c, id));
        Assert.Equal((int)roadmap["version"]!, (int)(await c.Api.GetNodeAsync($"/api/roadmaps/{id}"))["version"]!);
    }

    [Fact]
    public async Task LowerItem_ImplementsHigherItem_OnlyOfARoadmapAbove()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var neighbour = await World.MunicipalityAsync(region);
        var regional = await World.RoadmapAsync(region);
        var neighbours = await World.RoadmapAsync(neighbour);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var admin = await World.UserAsync(Role.Administrator, await World.RootAsync());
        var higherItem = (int)(await admin.Api.GetNodeAsync($"/api/roadmaps/{regional.Id}/items")).AsArray().Last()!["id"]!;
        var sideItem = (int)(await admin.Api.GetNodeAsync($"/api/roadmaps/{neighbours.Id}/items")).AsArray().Last()!["id"]!;
        var own = await World.RoadmapAsync(municipality);

        var linked = await coordinator.Api.PostJsonAsync($"/api/roadmaps/{own.Id}/items", new { text = "Участие в анкетировании", implementsItemId = higherItem });
        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        Assert.Equal(higherItem, (int)(await linked.ReadNodeAsync())["implementsItemId"]!);

        var sideways = await coordinator.Api.PostJsonAsync($"/api/roadmaps/{own.Id}/items", new { text = "Связь вбок", implementsItemId = sideItem });
        Assert.Equal(HttpStatusCode.BadRequest, sideways.StatusCode);
        Assert.NotNull((await sideways.ReadNodeAsync())["errors"]!["implementsItemId"]);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RoadmapEditingOnSqlite(SqliteFixture fixture) : RoadmapEditingTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class RoadmapEditingOnPostgres(PostgresFixture fixture) : RoadmapEditingTests(fixture);
