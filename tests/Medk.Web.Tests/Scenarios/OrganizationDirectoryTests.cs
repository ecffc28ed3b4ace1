using System.Net;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Coordinators keep the directory of their territory: add, rename, give the aliases documents use.</summary>
public abstract class OrganizationDirectoryTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task RegionalCoordinator_AddsMunicipalityAndSchool_FindsThemByAlias()
    {
        var region = await World.RegionAsync();
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var unique = Guid.NewGuid().ToString("N")[..6];

        var created = await coordinator.Api.PostJsonAsync("/api/organizations", new
        {
            parentId = region.Id, kind = "Authority", fullName = $"Управление образования района {unique}",
            shortName = $"Район {unique}", aliases = new[] { $"РУО-{unique}", "ИМЦ РУО" }, code = "8100000001",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var municipality = await created.ReadNodeAsync();
        Assert.Equal("Municipality", (string)municipality["level"]!);

        var school = await coordinator.Api.PostJsonAsync("/api/organizations", new { parentId = (int)municipality["id"]!, kind = "School", fullName = $"МБОУ «Школа {unique}»" });
        Assert.Equal(HttpStatusCode.Created, school.StatusCode);
        Assert.Equal("School", (string)(await school.ReadNodeAsync())["level"]!);

        // Case-insensitive Cyrillic search on every database.
        var found = await coordinator.Api.GetNodeAsync($"/api/organizations?search={Uri.EscapeDataString($"руо-{unique}")}");
        Assert.Equal([(int)municipality["id"]!], found["items"]!.AsArray().Select(i => (int)i!["id"]!));
        var byLevel = await coordinator.Api.GetNodeAsync($"/api/organizations?level=School&search={unique}");
        Assert.Single(byLevel["items"]!.AsArray());
    }

    [Fact]
    public async Task Rename_WithVersion_ThenStaleVersionIsAConflict()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var read = await coordinator.Api.GetNodeAsync($"/api/organizations/{municipality.Id}");
        var version = (int)read["version"]!;

        var first = await coordinator.Api.PutJsonAsync($"/api/organizations/{municipality.Id}", new { fullName = "Управление образованием МР «Сретенский район»", shortName = "МР «Сретенский район»", aliases = new[] { "РУО" }, version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await coordinator.Api.PutJsonAsync($"/api/organizations/{municipality.Id}", new { fullName = "Другое имя", version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("другой пользователь", (string)(await second.ReadNodeAsync())["detail"]!);
        Assert.Equal("МР «Сретенский район»", (string)(await coordinator.Api.GetNodeAsync($"/api/organizations/{municipality.Id}"))["shortName"]!);
    }

    [Fact]
    public async Task WrongPlacementAndBadFields_AreExplainedPerField()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var school = await World.SchoolAsync(municipality);
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);

        var underSchool = await coordinator.Api.PostJsonAsync("/api/organizations", new { parentId = school.Id, kind = "Institution", fullName = "Учреждение" });
        Assert.Equal(HttpStatusCode.BadRequest, underSchool.StatusCode);
        Assert.NotNull((await underSchool.ReadNodeAsync())["errors"]!["kind"]);

        var badCode = await coordinator.Api.PostJsonAsync("/api/organizations", new { parentId = region.Id, kind = "Authority", fullName = "Район", code = "ОКТМО" });
        Assert.NotNull((await badCode.ReadNodeAsync())["errors"]!["code"]);

        var noName = await coordinator.Api.PostJsonAsync("/api/organizations", new { parentId = region.Id, kind = "Authority", fullName = " " });
        Assert.NotNull((await noName.ReadNodeAsync())["errors"]!["fullName"]);

        var children = await coordinator.Api.GetNodeAsync($"/api/organizations?parentId={region.Id}");
        Assert.Equal(1, (int)children["total"]!);
    }

    [Fact]
    public async Task MunicipalCoordinator_CannotTouchNeighbourOrTheRegion()
    {
        var region = await World.RegionAsync();
        var mine = await World.MunicipalityAsync(region);
        var neighbour = await World.MunicipalityAsync(region);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, mine);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Api.GetAsync($"/api/organizations/{neighbour.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Api.PutJsonAsync($"/api/organizations/{neighbour.Id}", new { fullName = "x", version = 0 })).StatusCode);
        // The region is visible (it is above) but not editable.
        Assert.Equal(HttpStatusCode.OK, (await coordinator.Api.GetAsync($"/api/organizations/{region.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.Api.PutJsonAsync($"/api/organizations/{region.Id}", new { fullName = "x", version = 0 })).StatusCode);
        var school = await coordinator.Api.PostJsonAsync("/api/organizations", new { parentId = mine.Id, kind = "School", fullName = "МБОУ «Новая СОШ»" });
        Assert.Equal(HttpStatusCode.Created, school.StatusCode);
    }

    [Fact]
    public async Task OrganizationPages_BrowseTreeAndEditWithRussianMessages()
    {
        var region = await World.RegionAsync();
        var municipality = await World.MunicipalityAsync(region);
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var browser = await World.LoginAsync(coordinator);

        var children = await browser.GetStringAsync($"/Organizations?handler=Children&parentId={region.Id}");
        Assert.Contains(municipality.ShortName, children);

        var page = await browser.GetStringAsync($"/Organizations/Details/{municipality.Id}");
        Assert.Contains(region.ShortName, page);

        var invalid = await TestWorld.PostFormAsync(browser, $"/Organizations/Edit?parentId={municipality.Id}", new()
        {
            ["Input.ParentId"] = municipality.Id.ToString(),
            ["Input.Kind"] = nameof(OrganizationKind.School),
            ["Input.FullName"] = "",
        });
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("Укажите полное наименование организации.", await invalid.Content.ReadAsStringAsync());

        var valid = await TestWorld.PostFormAsync(browser, $"/Organizations/Edit?parentId={municipality.Id}", new()
        {
            ["Input.ParentId"] = municipality.Id.ToString(),
            ["Input.Kind"] = nameof(OrganizationKind.School),
            ["Input.FullName"] = "МБОУ «Витимская СОШ»",
            ["Input.Aliases"] = "Витимская СОШ\nВитимская школа",
        });
        Assert.Equal(HttpStatusCode.Redirect, valid.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class OrganizationDirectoryOnSqlite(SqliteFixture fixture) : OrganizationDirectoryTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class OrganizationDirectoryOnPostgres(PostgresFixture fixture) : OrganizationDirectoryTests(fixture);
