using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Infrastructure;

/// <summary>A person with an account: an API client (bearer token) and the means to log in to pages.</summary>
public sealed record Actor(Guid Id, string Email, string Password, HttpClient Api);

/// <summary>
/// Builders of test data. Every organization gets a unique name, so that tests sharing one database
/// never see each other's rows by accident.
/// </summary>
public sealed partial class TestWorld(MedkApp app)
{
    public const string Password = "test-password-1";
    private static int _counter;
    private readonly SemaphoreSlim _rootLock = new(1, 1);
    private Organization? _root;

    public static string Unique(string prefix) => $"{prefix} {Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..6]}";

    public async Task<Organization> RootAsync()
    {
        await _rootLock.WaitAsync();
        try
        {
            return _root ??= await AddAsync(OrganizationLevel.Federal, OrganizationKind.Authority, "Минпросвещения России (тест)", null);
        }
        finally
        {
            _rootLock.Release();
        }
    }

    public async Task<Organization> RegionAsync(string? name = null) =>
        await AddAsync(OrganizationLevel.Region, OrganizationKind.Authority, name ?? Unique("Регион"), await RootAsync());

    public Task<Organization> MunicipalityAsync(Organization region, string? name = null) =>
        AddAsync(OrganizationLevel.Municipality, OrganizationKind.Authority, name ?? Unique("Муниципалитет"), region);

    public Task<Organization> SchoolAsync(Organization parent, string? name = null) =>
        AddAsync(OrganizationLevel.School, OrganizationKind.School, name ?? Unique("МБОУ СОШ"), parent);

    public Task<Organization> InstitutionAsync(Organization parent, string? name = null) =>
        AddAsync(parent.Level, OrganizationKind.Institution, name ?? Unique("Институт"), parent);

    public async Task<Organization> AddAsync(OrganizationLevel level, OrganizationKind kind, string name, Organization? parent, params string[] aliases)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var attachedParent = parent is null ? null : await db.Organizations.SingleAsync(o => o.Id == parent.Id);
        var org = new Organization(level, kind, name, name, attachedParent);
        org.SetAliases(aliases);
        db.Organizations.Add(org);
        await db.SaveChangesAsync();
        org.AssignPath(attachedParent?.Path);
        await db.SaveChangesAsync();
        return org;
    }

    /// <summary>A user holding <paramref name="role"/> in <paramref name="organization"/>, with an API client.</summary>
    public async Task<Actor> UserAsync(Role role, Organization organization, params Organization[] curatorSchools)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var email = $"user{Interlocked.Increment(ref _counter)}-{Guid.NewGuid().ToString("N")[..8]}@test.medk";
        var user = await admin.CreateAsync(new UserAdministration.NewUser(email, "Тестовый Пользователь", Password, role, organization.Id));
        foreach (var school in curatorSchools)
        {
            await admin.AssignSchoolAsync(user.Id, school.Id, null, null);
        }
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        var token = await tokens.CreateAsync(user.Id, "tests", null);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        return new Actor(user.Id, email, Password, client);
    }

    /// <summary>A roadmap of <paramref name="owner"/> with a section and two items, made directly in the database.</summary>
    public async Task<Roadmap> RoadmapAsync(Organization owner, int year = 2022, string? title = null, bool underWay = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var now = DateTimeOffset.UtcNow;
        var roadmap = new Roadmap(owner.Id, owner.Level, title ?? Unique("Дорожная карта"), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), now);
        if (underWay)
        {
            roadmap.Describe(roadmap.Title, roadmap.PeriodStart, roadmap.PeriodEnd, new ApprovalDocument("Приказ", "1", new DateOnly(year, 1, 10), null), now);
            roadmap.Move(RoadmapTransition.Approve, now);
            roadmap.Move(RoadmapTransition.Start, now);
        }
        db.Roadmaps.Add(roadmap);
        await db.SaveChangesAsync();
        var section = new RoadmapItem(roadmap.Id, null, 0, new ItemContent("1", true, "Организационно-методическое сопровождение"));
        db.RoadmapItems.Add(section);
        await db.SaveChangesAsync();
        var items = new[]
        {
            new RoadmapItem(roadmap.Id, section.Id, 0, new ItemContent("1.1", false, "Определение муниципального координатора", "РУО", "До 1 марта", "Назначен координатор")),
            new RoadmapItem(roadmap.Id, section.Id, 1, new ItemContent("1.2", false, "Анкетирование кураторов", "ИМЦ", "28 января", "Доля 100%")),
        };
        foreach (var item in items)
        {
            item.Understand(roadmap.Period);
        }
        db.RoadmapItems.AddRange(items);
        await db.SaveChangesAsync();
        return roadmap;
    }

    /// <summary>A browser-like client: logs in through the login form and keeps the cookie.</summary>
    public async Task<HttpClient> LoginAsync(Actor actor)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        // Each browser its own address: the login's per-address limit is about one computer, not the whole test run.
        client.DefaultRequestHeaders.Add(MedkApp.ClientAddressHeader, MedkApp.NextClientAddress());
        var response = await PostFormAsync(client, "/Account/Login", new()
        {
            ["Input.Email"] = actor.Email,
            ["Input.Password"] = actor.Password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login failed for {actor.Email}: {response.StatusCode}");
        }
        return client;
    }

    /// <summary>Posts a form the way a browser does: first reads the page for its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await client.GetStringAsync(formPage ?? url);
        var token = AntiforgeryToken().Match(page).Groups[1].Value;
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
