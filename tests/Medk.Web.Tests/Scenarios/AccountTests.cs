using System.Net;
using System.Net.Http.Headers;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Logging in and out, changing a password, and personal API tokens.</summary>
public abstract class AccountTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    [Fact]
    public async Task WrongPassword_IsRefusedInRussian_NoDemoAccountsOutsideDemoMode()
    {
        var school = await World.SchoolAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var client = fixture.App.CreateClient(new() { AllowAutoRedirect = false });

        var login = await client.GetStringAsync("/Account/Login");
        Assert.Contains("Вход в Medk", login);
        Assert.DoesNotContain("Демонстрационный режим", login);

        var refused = await TestWorld.PostFormAsync(client, "/Account/Login", new() { ["Input.Email"] = team.Email, ["Input.Password"] = "wrong-password" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Неверная электронная почта или пароль.", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ChangePassword_ThenOldPasswordNoLongerWorks_LogoutEndsTheSession()
    {
        var school = await World.SchoolAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        var team = await World.UserAsync(Role.SchoolTeam, school);
        var browser = await World.LoginAsync(team);

        var mismatch = await TestWorld.PostFormAsync(browser, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = team.Password, ["Input.NewPassword"] = "new-password-2", ["Input.ConfirmPassword"] = "другой",
        });
        Assert.Contains("Пароли не совпадают.", await mismatch.Content.ReadAsStringAsync());

        var changed = await TestWorld.PostFormAsync(browser, "/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = team.Password, ["Input.NewPassword"] = "new-password-2", ["Input.ConfirmPassword"] = "new-password-2",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        await Assert.ThrowsAsync<InvalidOperationException>(() => World.LoginAsync(team));
        var again = await World.LoginAsync(team with { Password = "new-password-2" });
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/")).StatusCode);

        var logout = await TestWorld.PostFormAsync(again, "/Account/Logout", new(), formPage: "/");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ApiToken_CreatedListedUsedAndRevoked()
    {
        var school = await World.SchoolAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        var team = await World.UserAsync(Role.SchoolTeam, school);

        var created = await team.Api.PostJsonAsync("/api/tokens", new { name = "Выгрузка для отчёта" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadNodeAsync();
        var secret = (string)body["secret"]!;
        var id = (int)body["token"]!["id"]!;
        Assert.StartsWith("medk_", secret);

        var script = fixture.App.CreateClient();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var me = await script.GetNodeAsync("/api/users/me");
        Assert.Equal(team.Email, (string)me["email"]!);

        var list = await team.Api.GetNodeAsync("/api/tokens");
        Assert.Contains(list.AsArray(), t => (string)t!["name"]! == "Выгрузка для отчёта" && t["lastUsedAt"] is not null);
        Assert.DoesNotContain(secret, list.ToJsonString());

        Assert.Equal(HttpStatusCode.NoContent, (await team.Api.DeleteAsync($"/api/tokens/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/users/me")).StatusCode);

        var nameless = await team.Api.PostJsonAsync("/api/tokens", new { name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
    }

    [Fact]
    public async Task SomeoneElsesToken_CannotBeRevoked()
    {
        var school = await World.SchoolAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        var owner = await World.UserAsync(Role.SchoolTeam, school);
        var stranger = await World.UserAsync(Role.SchoolTeam, school);
        var created = await owner.Api.PostJsonAsync("/api/tokens", new { name = "мой" });
        var id = (int)(await created.ReadNodeAsync())["token"]!["id"]!;

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Api.DeleteAsync($"/api/tokens/{id}")).StatusCode);
        Assert.Contains((await owner.Api.GetNodeAsync("/api/tokens")).AsArray(), t => (int)t!["id"]! == id && t["revokedAt"] is null);
    }

    [Fact]
    public async Task Coordinator_AssignsASchoolToACurator_WithTheContract_OnTheUserPage()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var school = await World.SchoolAsync(municipality);
        var curator = await World.UserAsync(Role.Curator, municipality);
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var browser = await World.LoginAsync(coordinator);

        var page = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync($"/Users/Details/{curator.Id}"));
        Assert.Contains("Закрепить школу за куратором", page);
        var assigned = await TestWorld.PostFormAsync(browser, $"/Users/Details/{curator.Id}?handler=AssignSchool", new()
        {
            ["schoolId"] = school.Id.ToString(), ["contractNumber"] = "К-15/2022", ["contractDate"] = "2022-02-01",
        }, formPage: $"/Users/Details/{curator.Id}");
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var me = await curator.Api.GetNodeAsync("/api/users/me");
        Assert.Equal("К-15/2022", (string)me["schools"]![0]!["contractNumber"]!);
    }

    [Fact]
    public async Task UsersAreCreatedByAdministrators_AndCoordinatorsInsideTheirTerritory_WithRoleRulesChecked()
    {
        var region = await World.RegionAsync();
        var school = await World.SchoolAsync(await World.MunicipalityAsync(region));
        var coordinator = await World.UserAsync(Role.RegionalCoordinator, region);
        var admin = await World.UserAsync(Role.Administrator, await World.RootAsync());
        var email = $"new-{Guid.NewGuid():N}@test.medk";

        // A regional coordinator appoints people inside the region, never administrators, never elsewhere.
        var elsewhere = await World.SchoolAsync(await World.MunicipalityAsync(await World.RegionAsync()));
        var refused = await coordinator.Api.PostJsonAsync("/api/users", new { email, fullName = "Иванова И.И.", password = "password-123", role = "SchoolTeam", organizationId = elsewhere.Id });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var root = await World.RootAsync();
        var noAdmin = await coordinator.Api.PostJsonAsync("/api/users", new { email, fullName = "Иванова И.И.", password = "password-123", role = "Administrator", organizationId = root.Id });
        Assert.Equal(HttpStatusCode.Forbidden, noAdmin.StatusCode);
        var appointed = await coordinator.Api.PostJsonAsync("/api/users", new { email = "appointed-" + email, fullName = "Петрова П.П.", password = "password-123", role = "SchoolTeam", organizationId = school.Id });
        Assert.Equal(HttpStatusCode.Created, appointed.StatusCode);

        var misplaced = await admin.Api.PostJsonAsync("/api/users", new { email, fullName = "Иванова И.И.", password = "password-123", role = "RegionalCoordinator", organizationId = school.Id });
        Assert.Equal(HttpStatusCode.BadRequest, misplaced.StatusCode);
        var shortPassword = await admin.Api.PostJsonAsync("/api/users", new { email, fullName = "Иванова И.И.", password = "123", role = "SchoolTeam", organizationId = school.Id });
        Assert.Contains("не короче", (string)(await shortPassword.ReadNodeAsync())["detail"]!);

        var created = await admin.Api.PostJsonAsync("/api/users", new { email, fullName = "Иванова И.И.", password = "password-123", role = "SchoolTeam", organizationId = school.Id });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var users = await coordinator.Api.GetNodeAsync($"/api/users?search={Uri.EscapeDataString(email)}");
        Assert.Equal(2, users["items"]!.AsArray().Count); // the one the administrator made and the one the coordinator appointed
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AccountOnSqlite(SqliteFixture fixture) : AccountTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class AccountOnPostgres(PostgresFixture fixture) : AccountTests(fixture);
