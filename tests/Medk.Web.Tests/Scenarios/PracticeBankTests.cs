using System.Net;
using System.Text;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>The bank of best practices: offered by a school, moderated by its territory, then found from anywhere in the country.</summary>
public abstract class PracticeBankTests(AppFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");
    private const string Motivation = "Низкая учебная мотивация обучающихся";

    private TestWorld World => fixture.World;

    internal static MultipartFormDataContent Form(Dictionary<string, string?> fields, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (key, value) in fields.Where(f => f.Value is not null))
        {
            form.Add(new StringContent(value!), key);
        }
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }
        return form;
    }

    private static async Task<Dictionary<string, int>> FactorsAsync(Actor regional, int regionId)
    {
        var cycle = await (await regional.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId })).ReadNodeAsync();
        return cycle["factors"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => (int)f!["id"]!);
    }

    [Fact]
    public async Task SchoolPractice_IsHiddenUntilItsCoordinatorPublishes_ThenFoundByTextAndFactorFromAnotherRegion()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var neighbour = await World.SchoolAsync(municipality);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var neighbourTeam = await World.UserAsync(Role.SchoolTeam, neighbour);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var farRegion = await World.RegionAsync();
        var far = await World.UserAsync(Role.RegionalCoordinator, farRegion);
        var factor = (await FactorsAsync(await World.UserAsync(Role.RegionalCoordinator, region), region.Id))[Motivation];
        var farFactors = await FactorsAsync(far, farRegion.Id);
        var farFactor = farFactors[Motivation];
        var otherFarFactor = farFactors["Дефицит педагогических кадров"];
        var token = "квест" + Guid.NewGuid().ToString("N")[..8];

        var created = await team.Api.PostAsync("/api/practices", Form(new()
        {
            ["title"] = $"Родительский клуб «Вместе» {token}",
            ["description"] = "Ежемесячные встречи родителей с педагогами: вовлечённость выросла вдвое.",
            ["topic"] = "Работа с родителями",
            ["factorId"] = factor.ToString(),
        }, ("Презентация.pdf", Pdf)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var practice = await created.ReadNodeAsync();
        var id = (int)practice["id"]!;
        Assert.Equal("Pending", (string)practice["status"]!);
        Assert.Equal(Motivation, (string)practice["factorName"]!);
        var fileId = (int)practice["files"]![0]!["id"]!;

        // Nobody but the author and the territory's coordinators knows about it yet.
        Assert.Equal(HttpStatusCode.NotFound, (await far.Api.GetAsync($"/api/practices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbourTeam.Api.GetAsync($"/api/practices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await far.Api.GetAsync($"/api/files/{fileId}")).StatusCode);
        Assert.Equal(0, (int)(await far.Api.GetNodeAsync($"/api/practices?search={token}"))["total"]!);
        Assert.Contains((await team.Api.GetNodeAsync("/api/practices/mine")).AsArray(), p => (int)p!["id"]! == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Api.PostAsync($"/api/practices/{id}/publish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await far.Api.PostAsync($"/api/practices/{id}/publish", null)).StatusCode);

        var queue = await coordinator.Api.GetNodeAsync("/api/practices/moderation");
        Assert.Contains(queue["items"]!.AsArray(), p => (int)p!["id"]! == id);
        var published = await (await coordinator.Api.PostAsync($"/api/practices/{id}/publish", null)).ReadNodeAsync();
        Assert.Equal("Published", (string)published["status"]!);
        Assert.Equal("Тестовый Пользователь", (string)published["moderatedBy"]!);
        Assert.NotNull(published["moderatedAt"]);
        Assert.DoesNotContain((await coordinator.Api.GetNodeAsync("/api/practices/moderation"))["items"]!.AsArray(), p => (int)p!["id"]! == id);

        // Folded text search: case and «ё» do not matter; several words must all be there.
        var byText = await far.Api.GetNodeAsync($"/api/practices?search={Uri.EscapeDataString("РОДИТЕЛЬСКИЙ " + token.ToUpperInvariant())}");
        Assert.Equal([id], byText["items"]!.AsArray().Select(p => (int)p!["id"]!));
        Assert.Equal(0, (int)(await far.Api.GetNodeAsync($"/api/practices?search={Uri.EscapeDataString("школьный " + token)}"))["total"]!);
        // The far region picks the factor of its own cycle: it matches by name.
        var byFactor = await far.Api.GetNodeAsync($"/api/practices?factorId={farFactor}&search={token}");
        Assert.Equal([id], byFactor["items"]!.AsArray().Select(p => (int)p!["id"]!));
        Assert.Equal(0, (int)(await far.Api.GetNodeAsync($"/api/practices?factorId={otherFarFactor}&search={token}"))["total"]!);
        Assert.Equal(1, (int)(await far.Api.GetNodeAsync($"/api/practices?topic={Uri.EscapeDataString("работа с родителями")}&search={token}"))["total"]!);
        var download = await far.Api.GetAsync($"/api/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        // The page finds it too.
        var browser = await World.LoginAsync(far);
        var page = await browser.GetStringAsync($"/Practices?search={token}");
        Assert.Contains($"/Practices/{id}", page);
        Assert.Contains(token, await browser.GetStringAsync($"/Practices/{id}"));
    }

    [Fact]
    public async Task Rejection_NeedsAComment_WhichTheAuthorReads_AndThePracticeStaysOutOfTheBank()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var token = "практика" + Guid.NewGuid().ToString("N")[..8];
        var practice = await (await team.Api.PostAsync("/api/practices", Form(new() { ["title"] = "Уроки " + token, ["description"] = "Описание." }))).ReadNodeAsync();
        var id = (int)practice["id"]!;

        var silent = await coordinator.Api.PostJsonAsync($"/api/practices/{id}/reject", new { comment = " " });
        Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
        Assert.NotNull((await silent.ReadNodeAsync())["errors"]!["comment"]);
        var rejected = await (await coordinator.Api.PostJsonAsync($"/api/practices/{id}/reject", new { comment = "Опишите результаты в цифрах." })).ReadNodeAsync();
        Assert.Equal("Rejected", (string)rejected["status"]!);

        var seenByAuthor = await team.Api.GetNodeAsync($"/api/practices/{id}");
        Assert.Equal("Опишите результаты в цифрах.", (string)seenByAuthor["moderationComment"]!);
        Assert.Equal(HttpStatusCode.BadRequest, (await coordinator.Api.PostAsync($"/api/practices/{id}/publish", null)).StatusCode);
        Assert.Equal(0, (int)(await coordinator.Api.GetNodeAsync($"/api/practices?search={token}"))["total"]!);
    }

    [Fact]
    public async Task DisguisedFile_IsRefused_AndNothingIsSaved()
    {
        var school = await World.SchoolAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        var team = await World.UserAsync(Role.SchoolTeam, school);
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0];
        var response = await team.Api.PostAsync("/api/practices", Form(new() { ["title"] = "Практика", ["description"] = "Описание" }, ("Практика.pdf", exe)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("не соответствует", (string)(await response.ReadNodeAsync())["errors"]!["files"]![0]!);
        Assert.Empty((await team.Api.GetNodeAsync("/api/practices/mine")).AsArray());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class PracticeBankOnSqlite(SqliteFixture fixture) : PracticeBankTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class PracticeBankOnPostgres(PostgresFixture fixture) : PracticeBankTests(fixture);
