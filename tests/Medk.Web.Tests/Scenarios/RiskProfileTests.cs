using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Medk.Core.Platform.Access;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Risk profiles of participating schools: entry, activation, verification, the heat map and the all-or-nothing import.</summary>
public abstract class RiskProfileTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task SchoolEntersAndActivates_CuratorVerifies_NeighbourGets404_MunicipalMapShowsItsSchools()
    {
        var region = await World.RegionAsync();
        var mine = await World.MunicipalityAsync(region);
        var other = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(mine);
        var neighbour = await World.SchoolAsync(mine);
        var far = await World.SchoolAsync(other);
        var cycle = await CycleAsync(fixture, region, school, neighbour, far);
        var f = cycle.Factors.OrderBy(x => x.Order).Select(x => x.Id).ToArray();

        var team = await World.UserAsync(Role.SchoolTeam, school);
        var neighbourTeam = await World.UserAsync(Role.SchoolTeam, neighbour);
        var curator = await World.UserAsync(Role.Curator, mine, school);
        var municipal = await World.UserAsync(Role.MunicipalCoordinator, mine);
        var url = $"/api/cycles/{cycle.Id}/risk-profiles/{school.Id}";

        var levels = f.Select((id, n) => new { factorId = id, level = n == 0 ? "High" : n == 1 ? "Medium" : n == 2 ? "Low" : "None" }).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await team.Api.PutJsonAsync(url, new { levels })).StatusCode);
        var notFound = await team.Api.PostJsonAsync($"{url}/activate", new { factorIds = new[] { f[3] } });
        Assert.NotNull((await notFound.ReadNodeAsync())["errors"]!["factorIds"]);
        Assert.Equal(HttpStatusCode.OK, (await team.Api.PostJsonAsync($"{url}/activate", new { factorIds = new[] { f[0], f[1] } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.Api.PostAsync($"{url}/verify", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await municipal.Api.PostJsonAsync($"{url}/activate", new { factorIds = new[] { f[0] } })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await neighbourTeam.Api.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await neighbourTeam.Api.PutJsonAsync(url, new { levels })).StatusCode);

        var verified = await curator.Api.PostAsync($"{url}/verify", null);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        var profile = await verified.ReadNodeAsync();
        Assert.True((bool)profile["verified"]!);
        Assert.NotNull(profile["verifiedAt"]);
        var locked = await team.Api.PutJsonAsync(url, new { levels });
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await municipal.Api.PostAsync($"{url}/reopen", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await team.Api.PutJsonAsync(url, new { levels })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await curator.Api.PostAsync($"{url}/verify", null)).StatusCode);

        // The far school gets a profile from its own coordinator; the municipal map of «mine» must not show it.
        var regional = await World.UserAsync(Role.RegionalCoordinator, region);
        await regional.Api.PutJsonAsync($"/api/cycles/{cycle.Id}/risk-profiles/{far.Id}", new { levels = new[] { new { factorId = f[0], level = "High" } } });

        var map = await municipal.Api.GetNodeAsync($"/api/cycles/{cycle.Id}/risk-profiles");
        Assert.Equal([school.Id, neighbour.Id], map["schools"]!.AsArray().Select(s => (int)s!["schoolId"]!).Order().ToArray());
        var first = Totals(map, f[0]);
        Assert.Equal(1, (int)first["high"]!);
        Assert.Equal(1, (int)first["activated"]!);
        Assert.Equal(1, (int)Totals(map, f[1])["medium"]!);
        Assert.Equal(0, (int)Totals(map, f[1])["high"]!);
        var row = map["schools"]!.AsArray().Single(s => (int)s!["schoolId"]! == school.Id)!;
        Assert.True((bool)row["verified"]!);

        var regionMap = await regional.Api.GetNodeAsync($"/api/cycles/{cycle.Id}/risk-profiles");
        Assert.Equal(2, (int)Totals(regionMap, f[0])["high"]!);
        var filtered = await regional.Api.GetNodeAsync($"/api/cycles/{cycle.Id}/risk-profiles?municipalityId={other.Id}");
        Assert.Equal([far.Id], filtered["schools"]!.AsArray().Select(s => (int)s!["schoolId"]!));

        var browser = await World.LoginAsync(municipal);
        var page = await browser.GetStringAsync($"/Risks/{cycle.Id}");
        Assert.Contains(school.ShortName, page);
        Assert.DoesNotContain(far.ShortName, page);
        var schoolPage = await (await World.LoginAsync(team)).GetStringAsync($"/Risks/{cycle.Id}/School/{school.Id}");
        Assert.Contains("проверен", schoolPage);
    }

    [Fact]
    public async Task ImportWithBadRows_ReportsEachRow_AndImportsNothing_ThenGoodFileImports()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var a = await World.SchoolAsync(municipality);
        var b = await World.SchoolAsync(municipality);
        var outsider = await World.SchoolAsync(municipality);
        var cycle = await CycleAsync(fixture, region, a, b);
        var factors = cycle.Factors.OrderBy(x => x.Order).ToArray();
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var url = $"/api/cycles/{cycle.Id}/risk-profiles";

        var bad = $"""
            школа;{factors[0].Name};{factors[1].Name};Выдуманный фактор
            {a.ShortName};в;с;
            Неизвестная школа;в;с;
            {outsider.ShortName};н;н;
            {b.ShortName};очень высокий;-;
            {a.ShortName};н;н;
            """;
        var response = await UploadAsync(coordinator.Api, $"{url}/import", bad, "profiles.csv");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadNodeAsync())["errors"]!.AsObject();
        Assert.Equal(["row 1", "row 3", "row 4", "row 5", "row 6"], errors.Select(e => e.Key).Order().ToArray());
        Assert.Contains("Выдуманный фактор", (string)errors["row 1"]![0]!);
        Assert.Contains("очень высокий", (string)errors["row 5"]![0]!);
        Assert.Contains("строке 2", (string)errors["row 6"]![0]!);
        var map = await coordinator.Api.GetNodeAsync(url);
        Assert.All(map["schools"]!.AsArray(), s => Assert.False((bool)s!["hasProfile"]!));

        var good = $"""
            Школа;{factors[0].Name};{factors[1].Name.ToUpperInvariant()}
            {a.ShortName};высокий;с
            {b.ShortName};не выявлен;Н
            """;
        var imported = await UploadAsync(coordinator.Api, $"{url}/import", good, "profiles.csv");
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(2, (int)(await imported.ReadNodeAsync())["schools"]!);
        map = await coordinator.Api.GetNodeAsync(url);
        Assert.Equal(1, (int)Totals(map, factors[0].Id)["high"]!);
        Assert.Equal(1, (int)Totals(map, factors[0].Id)["none"]!);
        Assert.Equal(1, (int)Totals(map, factors[1].Id)["low"]!);
    }

    internal static async Task<Cycle> CycleAsync(AppFixture fixture, Organization region, params Organization[] schools)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var cycle = new Cycle("500+ 2022", 2022, region.Id);
        cycle.AddStandardStages();
        cycle.AddStandardFactors();
        foreach (var school in schools)
        {
            cycle.AddParticipant(school.Id, lowResults: true, unfavourable: false, joinedYear: 2022);
        }
        db.Add(cycle);
        await db.SaveChangesAsync();
        return cycle;
    }

    internal static Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, string csv, string fileName) =>
        UploadAsync(client, url, Encoding.UTF8.GetBytes(csv), fileName);

    internal static Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, byte[] bytes, string fileName)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return client.PostAsync(url, content);
    }

    private static JsonNode Totals(JsonNode map, int factorId) =>
        map["totals"]!.AsArray().Single(t => (int)t!["factorId"]! == factorId)!;
}

[Collection(SqliteCollection.Name)]
public sealed class RiskProfileOnSqlite(SqliteFixture fixture) : RiskProfileTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class RiskProfileOnPostgres(PostgresFixture fixture) : RiskProfileTests(fixture);
