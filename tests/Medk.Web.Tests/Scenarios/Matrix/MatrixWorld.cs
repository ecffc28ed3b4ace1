using System.Text;
using System.Text.Json.Nodes;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Data.Accounts;
using Medk.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios.Matrix;

/// <summary>Where an object stands, seen from the people of territory A (who all work in the chain of school A1).</summary>
public enum Position
{
    OwnSchool,
    SiblingSchool,
    Municipality,
    Region,
    ForeignSchool,
    ForeignMunicipality,
    ForeignRegion,
}

/// <summary>The kinds of object a route's ids refer to.</summary>
public enum Obj
{
    None,
    Organization,
    Roadmap,
    Item,
    Checkpoint,
    ReportFile,
    File,
    Cycle,
    CycleSchool,
    SurveyRound,
    Concept,
    Event,
    Practice,
    CuratorVisit,
    CuratorReport,
    CuratorSchool,
    ReviewSample,
    ReviewAssignment,
    User,
    Notification,
    Token,
    CalendarPersonal,
    CalendarRoadmap,
}

/// <summary>
/// One object of the world: its position, the path the rules ask about (the owner), the ids for the route, and the
/// facts some visibility rules need (who authored it, which other organizations it concerns).
/// </summary>
public sealed record Target(Position Position, string Path, IReadOnlyDictionary<string, string> Route)
{
    public Guid? PersonalTo { get; init; }
    public IReadOnlyList<string> Concerns { get; init; } = [];
    public string? SecondPath { get; init; }
}

/// <summary>A person of territory A holding one role, with their API client, their page client and their scope.</summary>
public sealed record Person(Role Role, Actor Actor, HttpClient Pages, AccessScope Scope)
{
    public Guid Id => Actor.Id;
}

/// <summary>
/// Two disjoint territories, A and B: each a region with an institution, a municipality and two schools, roadmaps at
/// every level under way with reports, a «500+» cycle with both schools, a survey round, concepts, an event, a
/// practice, a curator's visit and report, a review sample with an expert's assignment. The people are one per role
/// in territory A; territory B is built by its own people. Every name of B carries <see cref="ForeignMarker"/>.
/// </summary>
public sealed class MatrixWorld
{
    public const string ForeignMarker = "ZZFOREIGNZZ";

    public required IReadOnlyList<Person> People { get; init; }
    public required Dictionary<Obj, List<Target>> Targets { get; init; }
    public required Territory A { get; init; }
    public required Territory B { get; init; }

    public IEnumerable<Target> Of(Obj obj) => Targets.TryGetValue(obj, out var list) ? list : [];

    public sealed record Territory(Organization Region, Organization Institution, Organization Municipality, Organization School1, Organization School2);

    private static readonly Dictionary<AppFixture, Task<MatrixWorld>> Built = new();

    public static Task<MatrixWorld> OfAsync(AppFixture fixture)
    {
        lock (Built)
        {
            if (!Built.TryGetValue(fixture, out var task))
            {
                task = BuildAsync(fixture);
                Built[fixture] = task;
            }
            return task;
        }
    }

    private static async Task<MatrixWorld> BuildAsync(AppFixture fixture)
    {
        var world = fixture.World;
        var root = await world.RootAsync();
        var admin = await world.UserAsync(Role.Administrator, root);
        var targets = new Dictionary<Obj, List<Target>>();
        void Add(Obj obj, Target t) => (targets.TryGetValue(obj, out var l) ? l : targets[obj] = []).Add(t);

        async Task<Territory> TerritoryAsync(string marker)
        {
            var region = await world.RegionAsync(TestWorld.Unique("Регион" + marker));
            var institution = await world.InstitutionAsync(region, TestWorld.Unique("Институт" + marker));
            var municipality = await world.MunicipalityAsync(region, TestWorld.Unique("Муниципалитет" + marker));
            return new Territory(region, institution, municipality,
                await world.SchoolAsync(municipality, TestWorld.Unique("Школа1" + marker)), await world.SchoolAsync(municipality, TestWorld.Unique("Школа2" + marker)));
        }
        var a = await TerritoryAsync("");
        var b = await TerritoryAsync(ForeignMarker);

        // The people of A, one per role; B has its own people to build its objects.
        var peopleOfA = new List<(Role, Actor)>
        {
            (Role.Administrator, admin),
            (Role.FederalCoordinator, await world.UserAsync(Role.FederalCoordinator, root)),
            (Role.RegionalCoordinator, await world.UserAsync(Role.RegionalCoordinator, a.Region)),
            (Role.MunicipalCoordinator, await world.UserAsync(Role.MunicipalCoordinator, a.Municipality)),
            (Role.Curator, await world.UserAsync(Role.Curator, a.Municipality, a.School1)),
            (Role.SchoolTeam, await world.UserAsync(Role.SchoolTeam, a.School1)),
            (Role.Expert, await world.UserAsync(Role.Expert, a.Institution)),
            (Role.Observer, await world.UserAsync(Role.Observer, a.Municipality)),
        };
        var missing = Enum.GetValues<Role>().Except(peopleOfA.Select(p => p.Item1)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The matrix has no person for the roles {string.Join(", ", missing)}: add them to MatrixWorld.");
        }
        var curatorOfB = await world.UserAsync(Role.Curator, b.Municipality, b.School1);
        var teamOfB = await world.UserAsync(Role.SchoolTeam, b.School1);
        var teamOfSibling = await world.UserAsync(Role.SchoolTeam, a.School2);
        var curatorOfSibling = await world.UserAsync(Role.Curator, a.Municipality, a.School2);
        var expertOfB = await world.UserAsync(Role.Expert, b.Region);
        var municipalOfB = await world.UserAsync(Role.MunicipalCoordinator, b.Municipality);
        var curatorA = peopleOfA.Single(p => p.Item1 == Role.Curator).Item2;
        var teamA = peopleOfA.Single(p => p.Item1 == Role.SchoolTeam).Item2;
        var expertA = peopleOfA.Single(p => p.Item1 == Role.Expert).Item2;
        var municipalA = peopleOfA.Single(p => p.Item1 == Role.MunicipalCoordinator).Item2;

        var places = new List<(Position Position, Organization Org, Territory T)>
        {
            (Position.OwnSchool, a.School1, a), (Position.SiblingSchool, a.School2, a), (Position.Municipality, a.Municipality, a),
            (Position.Region, a.Region, a), (Position.ForeignSchool, b.School1, b), (Position.ForeignMunicipality, b.Municipality, b),
            (Position.ForeignRegion, b.Region, b),
        };
        static Dictionary<string, string> R(params (string, object)[] values) => values.ToDictionary(v => v.Item1, v => v.Item2.ToString()!);

        foreach (var (position, org, _) in places)
        {
            Add(Obj.Organization, new Target(position, org.Path, R(("id", org.Id))));
            var roadmap = await world.RoadmapAsync(org, 2022, title: "Дорожная карта " + (org.ShortName.Contains(ForeignMarker) ? ForeignMarker : ""), underWay: true);
            Add(Obj.Roadmap, new Target(position, org.Path, R(("id", roadmap.Id))));
            var items = (await admin.Api.GetNodeAsync($"/api/roadmaps/{roadmap.Id}/items")).AsArray();
            var leaf = items.Last()!;
            Add(Obj.Item, new Target(position, org.Path, R(("id", roadmap.Id), ("itemId", (int)leaf["id"]!))));
            var checkpoint = (int)items.SelectMany(i => i!["checkpoints"]!.AsArray()).First()!["id"]!;
            Add(Obj.Checkpoint, new Target(position, org.Path, R(("id", checkpoint))));
        }

        // Reports with evidence on the schools' checkpoints: submitted and confirmed (so that a sample may take them).
        var reportFiles = new Dictionary<Position, (int Checkpoint, int File)>();
        foreach (var t in targets[Obj.Checkpoint].Where(t => t.Position is Position.OwnSchool or Position.SiblingSchool or Position.ForeignSchool))
        {
            var cp = t.Route["id"];
            Ok(await admin.Api.PostAsync($"/api/checkpoints/{cp}/report", new MultipartFormDataContent
            {
                { new StringContent("Проведено"), "text" },
                { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", "Протокол.pdf" },
            }), "report");
            Ok(await admin.Api.PostAsync($"/api/checkpoints/{cp}/report/submit", null), "submit");
            Ok(await admin.Api.PostJsonAsync($"/api/checkpoints/{cp}/report/confirm", new { comment = "" }), "confirm");
            var file = (int)(await admin.Api.GetNodeAsync($"/api/checkpoints/{cp}"))["report"]!["files"]![0]!["id"]!;
            reportFiles[t.Position] = (int.Parse(cp), file);
            // The reports of the first schools go to review samples below, each to the expert of its territory.
            var reviewer = t.Position switch { Position.OwnSchool => expertA.Id, Position.ForeignSchool => expertOfB.Id, _ => (Guid?)null };
            Add(Obj.ReportFile, new Target(t.Position, t.Path, R(("id", cp), ("fileId", file))) { PersonalTo = reviewer });
            Add(Obj.File, new Target(t.Position, t.Path, R(("id", file))) { PersonalTo = reviewer });
        }

        // Review samples: A's school 1 report goes to A's expert, B's to B's expert.
        foreach (var (territory, expert, position) in new[] { (a, expertA, Position.Region), (b, expertOfB, Position.ForeignRegion) })
        {
            var sample = await Node(await admin.Api.PostJsonAsync("/api/reviews/samples", new
            {
                name = "Выборка", scopeOrganizationId = territory.School1.Id, from = "2022-01-01", to = "2022-12-31", percent = 100, expertIds = new[] { expert.Id },
            }), "sample");
            var sampleId = (int)sample["id"]!;
            Add(Obj.ReviewSample, new Target(position, territory.School1.Path, R(("id", sampleId))));
            foreach (var assignment in (await admin.Api.GetNodeAsync($"/api/reviews/samples/{sampleId}/assignments")).AsArray())
            {
                Add(Obj.ReviewAssignment, new Target(position, territory.School1.Path, R(("id", (int)assignment!["id"]!))) { PersonalTo = expert.Id });
            }
        }

        // «500+»: a cycle per region with both schools, a survey round, concepts, outcomes, an event, a practice, curator work.
        foreach (var (territory, regionPosition, s1, s2, m) in new[]
                 {
                     (a, Position.Region, Position.OwnSchool, Position.SiblingSchool, Position.Municipality),
                     (b, Position.ForeignRegion, Position.ForeignSchool, (Position?)null, Position.ForeignMunicipality),
                 }.Select(x => (x.Item1, x.Item2, x.Item3, x.Item4, x.Item5)))
        {
            var cycle = await Node(await admin.Api.PostJsonAsync("/api/cycles", new { name = "500+ 2022", year = 2022, regionId = territory.Region.Id }), "cycle");
            var cycleId = (int)cycle["id"]!;
            Add(Obj.Cycle, new Target(regionPosition, territory.Region.Path, R(("id", cycleId))));
            foreach (var (school, position) in new[] { (territory.School1, (Position?)s1), (territory.School2, s2) })
            {
                Ok(await admin.Api.PostJsonAsync($"/api/cycles/{cycleId}/participants", new { schoolId = school.Id, lowResults = true, unfavourable = false }), "participant");
                if (position is not { } p)
                {
                    continue;
                }
                Add(Obj.CycleSchool, new Target(p, school.Path, R(("id", cycleId), ("schoolId", school.Id))) { SecondPath = territory.Region.Path });
                Add(Obj.CuratorSchool, new Target(p, school.Path, R(("schoolId", school.Id))));
                var concept = await Node(await admin.Api.PostAsync($"/api/cycles/{cycleId}/concepts", new MultipartFormDataContent
                {
                    { new StringContent(school.Id.ToString()), "schoolId" }, { new StringContent("DevelopmentConcept"), "kind" }, { new StringContent("Концепция"), "title" },
                    { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", "Концепция.pdf" },
                }), "concept");
                Add(Obj.Concept, new Target(p, school.Path, R(("id", (int)concept["id"]!))));
            }
            var round = await Node(await admin.Api.PostJsonAsync($"/api/cycles/{cycleId}/surveys", new { name = "Анкетирование", from = "2022-02-01", to = "2022-02-20" }), "round");
            Add(Obj.SurveyRound, new Target(regionPosition, territory.Region.Path, R(("id", cycleId), ("roundId", (int)round["id"]!))) { SecondPath = territory.Region.Path });

            var ev = await Node(await admin.Api.PostJsonAsync("/api/events", new
            {
                title = "Вебинар", kind = "Webinar", organizerId = territory.Municipality.Id, year = 2022, schedule = "15.03.2022",
                invited = new[] { territory.School1.Id, territory.School2.Id },
            }), "event");
            Add(Obj.Event, new Target(m, territory.Municipality.Path, R(("id", (int)ev["id"]!))) { Concerns = [territory.School1.Path, territory.School2.Path] });
        }

        // Practices offered by school teams, waiting for moderation: A's sibling school and B's school.
        foreach (var (team, school, position) in new[] { (teamA, a.School1, Position.OwnSchool), (teamOfSibling, a.School2, Position.SiblingSchool), (teamOfB, b.School1, Position.ForeignSchool) })
        {
            var practice = await Node(await team.Api.PostAsync("/api/practices", PracticeBankTests.Form(new()
            {
                ["title"] = "Практика " + TestWorld.Unique("п"), ["description"] = "Описание.", ["organizationId"] = school.Id.ToString(),
            })), "practice");
            Add(Obj.Practice, new Target(position, school.Path, R(("id", (int)practice["id"]!))) { PersonalTo = team.Id });
        }

        // Curator work: a visit and a submitted report per curator and school.
        foreach (var (curator, school, position) in new[] { (curatorA, a.School1, Position.OwnSchool), (curatorOfSibling, a.School2, Position.SiblingSchool), (curatorOfB, b.School1, Position.ForeignSchool) })
        {
            var visit = await Node(await curator.Api.PostAsync("/api/curator/visits", new MultipartFormDataContent
            {
                { new StringContent(school.Id.ToString()), "schoolId" }, { new StringContent("2022-03-01"), "date" }, { new StringContent("InPerson"), "format" },
            }), "visit");
            Add(Obj.CuratorVisit, new Target(position, school.Path, R(("id", (int)visit["id"]!))) { PersonalTo = curator.Id });
            var report = await Node(await curator.Api.PostAsync($"/api/curator/schools/{school.Id}/report", new MultipartFormDataContent
            {
                { new StringContent("2022"), "year" }, { new StringContent("Отчёт куратора"), "text" },
            }), "curator report");
            Ok(await curator.Api.PostAsync($"/api/curator/schools/{school.Id}/report/submit?year=2022", null), "curator submit");
            Add(Obj.CuratorReport, new Target(position, school.Path, R(("id", (int)report["id"]!))) { PersonalTo = curator.Id });
        }

        // People as objects, and the personal things of a person of B (their token, their calendar).
        foreach (var (actor, org, position) in new[] { (teamA, a.School1, Position.OwnSchool), (teamOfSibling, a.School2, Position.SiblingSchool),
                     (municipalA, a.Municipality, Position.Municipality), (teamOfB, b.School1, Position.ForeignSchool), (municipalOfB, b.Municipality, Position.ForeignMunicipality) })
        {
            // schoolId: a school of A to assign, for the curator's-schools form (not part of the address).
            Add(Obj.User, new Target(position, org.Path, R(("id", actor.Id), ("schoolId", a.School1.Id))) { PersonalTo = actor.Id });
        }
        var foreignToken = (int)(await teamOfB.Api.GetNodeAsync("/api/tokens")).AsArray()[0]!["id"]!;
        Add(Obj.Token, new Target(Position.ForeignSchool, b.School1.Path, R(("id", foreignToken))) { PersonalTo = teamOfB.Id });
        var calendar = (string)(await Node(await teamOfB.Api.PostAsync("/api/notifications/calendar", null), "calendar"))["calendarUrl"]!;
        var calendarToken = calendar.TrimEnd('/').Split('/')[^1].Replace(".ics", "");
        Add(Obj.CalendarPersonal, new Target(Position.ForeignSchool, b.School1.Path, R(("token", calendarToken))) { PersonalTo = teamOfB.Id });
        await using (var services0 = fixture.App.Services.CreateAsyncScope())
        {
            var scopeOfB = await services0.ServiceProvider.GetRequiredService<UserAdministration>().LoadScopeAsync(teamOfB.Id, default);
            foreach (var t in targets[Obj.Roadmap])
            {
                // Concerns: the feed's owner reads this roadmap (the feed serves it to whoever holds the secret).
                Add(Obj.CalendarRoadmap, new Target(t.Position, t.Path, R(("token", calendarToken), ("id", t.Route["id"])))
                {
                    PersonalTo = teamOfB.Id, Concerns = scopeOfB.CanReadRoadmapOf(t.Path) ? [t.Path] : [],
                });
            }
        }
        await using (var services1 = fixture.App.Services.CreateAsyncScope())
        {
            var db = services1.ServiceProvider.GetRequiredService<Medk.Data.Persistence.MedkDbContext>();
            db.Add(new Medk.Core.Platform.Notifications.Notification(teamOfB.Id, default, "Уведомление " + ForeignMarker, null, "/", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }
        var notifications = (await teamOfB.Api.GetNodeAsync("/api/notifications"))["notifications"]!["items"]!.AsArray();
        if (notifications.Count > 0)
        {
            Add(Obj.Notification, new Target(Position.ForeignSchool, b.School1.Path, R(("id", (long)notifications[0]!["id"]!))) { PersonalTo = teamOfB.Id });
        }

        await using var services = fixture.App.Services.CreateAsyncScope();
        var users = services.ServiceProvider.GetRequiredService<UserAdministration>();
        var people = new List<Person>();
        foreach (var (role, actor) in peopleOfA)
        {
            people.Add(new Person(role, actor, await world.LoginAsync(actor), await users.LoadScopeAsync(actor.Id, default)));
        }
        return new MatrixWorld { People = people, Targets = targets, A = a, B = b };
    }

    private static void Ok(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Building the matrix world: {what} answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().Result}");
        }
    }

    private static async Task<JsonNode> Node(HttpResponseMessage response, string what)
    {
        Ok(response, what);
        return await response.ReadNodeAsync();
    }
}
