using System.Net.Http.Json;
using System.Text;
using Medk.Core.Platform.Access;
using Medk.Web.Tests.Infrastructure;

namespace Medk.Web.Tests.Scenarios.Matrix;

/// <summary>What the rules say a person gets from one call.</summary>
public enum Outcome
{
    /// <summary>Done, or refused for its input or state (2xx, 400, 409, 204) — never 401/403/404.</summary>
    Allowed,
    /// <summary>Visible but not theirs to do: 403 (decision 003).</summary>
    Forbidden,
    /// <summary>Not visible: 404, whatever the role.</summary>
    NotFound,
    /// <summary>An object named in the body that the person does not see: 400 naming the field, or 404.</summary>
    InvalidReference,
    /// <summary>Refused, for an object named in the body: 403, or 400 naming the field (decision 003), or 404.</summary>
    Refused,
    /// <summary>Visible; whether allowed depends on facts of the body the table does not model: anything but 404 and 5xx.</summary>
    Seen,
    /// <summary>No object: anything but 5xx (the answer is checked for the other territory's data).</summary>
    Any,
}

/// <summary>
/// One row per API operation: the kind of object its route ids refer to, the rule that decides the answer (visibility
/// in the scope, then a policy of <see cref="Policies"/>), and a body good enough to be done when allowed.
/// </summary>
public sealed record Rule(Obj Obj, Func<Person, Target, Outcome> Expect, Func<Target, HttpContent?>? Body = null)
{
    /// <summary>A successful call destroys its target: only the refusals are called.</summary>
    public bool Destructive { get; init; }

    /// <summary>A secret address (a calendar feed): whoever holds it reads it, by design.</summary>
    public bool Secret { get; init; }
}

/// <summary>The rule table: every operation of the OpenAPI document has its row here, or the matrix fails naming it.</summary>
public static class MatrixRules
{
    private delegate bool Sees(Person p, Target t);

    // ---- Who sees what (the scope, as ScopeQueries and the services apply it) ----
    private static readonly Sees Organization = (p, t) => p.Scope.CanSeeOrganization(t.Path);
    private static readonly Sees Roadmap = (p, t) => p.Scope.CanReadRoadmapOf(t.Path);
    private static readonly Sees Territory = (p, t) => p.Scope.CanRead(t.Path);
    private static readonly Sees Cycle = (p, t) => p.Scope.CanSeeOrganization(t.SecondPath ?? t.Path);
    private static readonly Sees CycleSchool = (p, t) => Cycle(p, t) && p.Scope.CanRead(t.Path);
    private static readonly Sees Event = (p, t) => p.Scope.CanSeeOrganization(t.Path) || t.Concerns.Any(p.Scope.CanRead);
    private static readonly Sees PendingPractice = (p, t) => t.PersonalTo == p.Id || Policies.ModeratePractice(p.Scope, t.Path).IsAllowed;
    private static readonly Sees OwnOrTerritory = (p, t) => t.PersonalTo == p.Id || p.Scope.CanRead(t.Path);
    private static readonly Sees Assignment = (p, t) => t.PersonalTo == p.Id || Policies.SeesAllAssignmentsOf(p.Scope, t.Path);
    private static readonly Sees Personal = (p, t) => t.PersonalTo == p.Id;
    private static readonly Sees User = (p, t) => t.PersonalTo == p.Id || p.Scope.IsAdministrator || p.Scope.CanRead(t.Path);
    private static readonly Sees Report = (p, t) => p.Scope.CanReadRoadmapOf(t.Path)
        && (Policies.ReadsReportsOf(p.Scope, t.Path) || Policies.ExpertReadsReport(t.PersonalTo == p.Id, Core.Monitoring.ReportStatus.Confirmed));

    // ---- Rows ----
    private static Rule Read(Obj obj, Sees sees) => new(obj, (p, t) => sees(p, t) ? Outcome.Allowed : Outcome.NotFound);

    private static Rule Write(Obj obj, Sees sees, Func<AccessScope, string, Decision> policy, Func<Target, HttpContent?>? body = null) =>
        new(obj, (p, t) => !sees(p, t) ? Outcome.NotFound : policy(p.Scope, t.Path).IsAllowed ? Outcome.Allowed : Outcome.Forbidden, body);

    /// <summary>A write on an object named in the body (the target): not visible is a 400 naming the field.</summary>
    private static Rule WriteNamed(Obj obj, Sees sees, Func<AccessScope, string, Decision> policy, Func<Target, HttpContent?> body) =>
        new(obj, (p, t) => !sees(p, t) ? Outcome.InvalidReference : policy(p.Scope, t.Path).IsAllowed ? Outcome.Allowed : Outcome.Refused, body);

    /// <summary>A write on a visible object whose permission depends on the body: only the 404 is checked.</summary>
    private static Rule SeenOnly(Obj obj, Sees sees, Func<Target, HttpContent?>? body = null) =>
        new(obj, (p, t) => sees(p, t) ? Outcome.Seen : Outcome.NotFound, body);

    private static Rule Always(Func<Target, HttpContent?>? body = null) => new(Obj.None, (_, _) => Outcome.Any, body);

    private static readonly Rule Open = Always();

    private static HttpContent Json(object body) => JsonContent.Create(body, options: Infrastructure.Json.Options);

    private static HttpContent Multipart(params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        form.Add(new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF")), "files", "Документ.pdf");
        return form;
    }

    /// <summary>A small table file, as the imports take it (field «file»).</summary>
    private static HttpContent Table()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("Школа;Участие\nНет такой школы;да\n")), "file", "таблица.csv");
        return form;
    }

    private static string Id(Target t, string name = "id") => t.Route[name];

    private static int IdOf(Target t, string name = "id") => int.Parse(t.Route[name]);

    public static readonly IReadOnlyDictionary<string, Rule> Api = new Dictionary<string, Rule>
    {
        // Platform
        ["GET /health"] = Open,
        ["GET /api/tokens"] = Open,
        ["POST /api/tokens"] = Always(_ => Json(new { name = "матрица" })),
        ["DELETE /api/tokens/{id}"] = Read(Obj.Token, Personal) with { Destructive = true },
        ["GET /api/notifications"] = Open,
        ["GET /api/notifications/unread-count"] = Open,
        ["POST /api/notifications/{id}/read"] = Read(Obj.Notification, Personal),
        ["POST /api/notifications/read-all"] = Open,
        ["GET /api/notifications/settings"] = Open,
        ["PUT /api/notifications/settings"] = Always(_ => Json(new { mailOff = Array.Empty<string>(), reminderDays = new[] { 3 }, timeZone = "Europe/Moscow" })),
        ["POST /api/notifications/calendar"] = Open,
        ["DELETE /api/notifications/calendar"] = Open,
        ["GET /api/calendar/{token}.ics"] = Read(Obj.CalendarPersonal, (_, _) => true) with { Secret = true },
        ["GET /api/calendar/{token}/roadmaps/{id}.ics"] = new Rule(Obj.CalendarRoadmap, (_, t) => t.Concerns.Count > 0 ? Outcome.Allowed : Outcome.NotFound) { Secret = true },
        ["GET /api/files/{id}"] = Read(Obj.File, Report),
        ["GET /api/users/me"] = Open,
        ["GET /api/audit"] = new Rule(Obj.None, (p, _) => Policies.ReadAuditJournal(p.Scope).IsAllowed ? Outcome.Allowed : Outcome.Forbidden),
        ["GET /api/users"] = Open,
        ["GET /api/users/{id}"] = Read(Obj.User, User),
        ["POST /api/users"] = WriteNamed(Obj.Organization, Organization, Policies.AppointIn, t => Json(new
        {
            email = $"m{Guid.NewGuid():N}@test.medk", fullName = "Назначенный Человек", password = TestWorld.Password, role = "Observer", organizationId = IdOf(t),
        })),
        ["POST /api/users/{id}/roles"] = SeenOnly(Obj.User, User, t => Json(new { role = "Observer", organizationId = 0 })),
        ["POST /api/users/{id}/schools"] = SeenOnly(Obj.User, User, t => Json(new { schoolId = IdOf(t, "schoolId") })),
        ["GET /api/organizations"] = Open,
        ["GET /api/organizations/{id}"] = Read(Obj.Organization, Organization),
        ["POST /api/organizations"] = WriteNamed(Obj.Organization, Organization, Policies.CreateOrganization,
            t => Json(new { parentId = IdOf(t), kind = "Institution", fullName = TestWorld.Unique("Центр"), shortName = TestWorld.Unique("Центр") })),
        ["PUT /api/organizations/{id}"] = Write(Obj.Organization, Organization, Policies.EditOrganization,
            _ => Json(new { kind = "Authority", fullName = "Новое имя", shortName = "Новое имя", version = 0 })),

        // Planning
        ["GET /api/roadmaps"] = Open,
        ["GET /api/roadmaps/{id}"] = Read(Obj.Roadmap, Roadmap),
        ["POST /api/roadmaps"] = WriteNamed(Obj.Organization, Organization, Policies.CreateRoadmap,
            t => Json(new { ownerOrganizationId = IdOf(t), title = "Новая дорожная карта", periodStart = "2023-01-01", periodEnd = "2023-12-31" })),
        ["PUT /api/roadmaps/{id}"] = Write(Obj.Roadmap, Roadmap, Policies.EditRoadmap,
            _ => Json(new { title = "Изменено", periodStart = "2022-01-01", periodEnd = "2022-12-31", version = 0 })),
        ["POST /api/roadmaps/{id}/transitions"] = Write(Obj.Roadmap, Roadmap, Policies.EditRoadmap, _ => Json(new { transition = "Complete", version = 0 })),
        ["DELETE /api/roadmaps/{id}"] = Write(Obj.Roadmap, Roadmap, Policies.EditRoadmap) with { Destructive = true },
        ["GET /api/roadmaps/{id}/export"] = Read(Obj.Roadmap, Roadmap),
        ["GET /api/roadmaps/{id}/revisions"] = Read(Obj.Roadmap, Roadmap),
        ["GET /api/roadmaps/{id}/parties"] = Read(Obj.Roadmap, Roadmap),
        ["POST /api/roadmaps/{id}/parties"] = Write(Obj.Roadmap, Roadmap, Policies.LinkParties, _ => Json(new { name = "ИМЦ" })),
        ["GET /api/roadmaps/{id}/items"] = Read(Obj.Roadmap, Roadmap),
        ["POST /api/roadmaps/{id}/items"] = Write(Obj.Roadmap, Roadmap, Policies.EditRoadmap, _ => Json(new { number = "9", text = "Новый пункт" })),
        ["PUT /api/roadmaps/{id}/items/{itemId}"] = Write(Obj.Item, Roadmap, Policies.EditRoadmap, _ => Json(new { number = "1.2", text = "Изменённый пункт", version = 0 })),
        ["DELETE /api/roadmaps/{id}/items/{itemId}"] = Write(Obj.Item, Roadmap, Policies.EditRoadmap) with { Destructive = true },
        ["POST /api/roadmaps/{id}/items/{itemId}/move"] = Write(Obj.Item, Roadmap, Policies.EditRoadmap, _ => Json(new { direction = "up" })),
        ["GET /api/roadmaps/{id}/timeline"] = Read(Obj.Roadmap, Roadmap),
        ["POST /api/imports/dry-run"] = Always(),
        ["POST /api/imports"] = Always(),
        ["POST /api/imports/preview"] = Always(),

        // Monitoring
        ["GET /api/checkpoints/{id}"] = Read(Obj.Checkpoint, Roadmap),
        ["POST /api/checkpoints/{id}/report"] = Write(Obj.Checkpoint, Roadmap, Policies.ReportOnCheckpoint, _ => Multipart(("text", "Отчёт"))),
        ["DELETE /api/checkpoints/{id}/report/files/{fileId}"] = Write(Obj.ReportFile, Roadmap, Policies.ReportOnCheckpoint) with { Destructive = true },
        ["POST /api/checkpoints/{id}/report/submit"] = Write(Obj.Checkpoint, Roadmap, Policies.ReportOnCheckpoint),
        ["POST /api/checkpoints/{id}/report/confirm"] = Write(Obj.Checkpoint, Roadmap, Policies.ConfirmReport, _ => Json(new { comment = "" })),
        ["POST /api/checkpoints/{id}/report/return"] = Write(Obj.Checkpoint, Roadmap, Policies.ConfirmReport, _ => Json(new { comment = "Доработать" })),
        ["POST /api/checkpoints/{id}/cancel"] = Write(Obj.Checkpoint, Roadmap, Policies.CancelCheckpoint, _ => Json(new { reason = "Отменено" })) with { Destructive = true },
        ["POST /api/checkpoints/{id}/reopen"] = Write(Obj.Checkpoint, Roadmap, Policies.CancelCheckpoint, _ => Json(new { reason = "" })),
        ["GET /api/reports/waiting"] = Open,
        ["GET /api/dashboard/attention"] = Open,
        ["GET /api/roadmaps/{id}/status-report"] = Read(Obj.Roadmap, Roadmap),
        ["GET /api/organizations/{id}/status-report"] = Read(Obj.Organization, Organization),
        ["GET /api/dashboard"] = Open,
        ["GET /api/reviews/experts"] = Open,
        ["GET /api/reviews/samples"] = Open,
        ["POST /api/reviews/samples"] = WriteNamed(Obj.Organization, Territory, Policies.DrawReviewSample, t => Json(new
        {
            name = "Выборка", scopeOrganizationId = IdOf(t), from = "2022-01-01", to = "2022-12-31", percent = 100, expertIds = Array.Empty<Guid>(),
        })),
        ["GET /api/reviews/samples/{id}/assignments"] = Read(Obj.ReviewSample, Territory),
        ["GET /api/reviews/mine"] = Open,
        ["GET /api/reviews/assignments/{id}"] = Read(Obj.ReviewAssignment, Assignment),
        ["POST /api/reviews/assignments/{id}"] = Read(Obj.ReviewAssignment, Personal) with
        {
            Body = _ => Json(new { points = new[] { 1, 1, 1, 1, 1 }, verdict = "Confirmed", comment = "" }),
        },
        ["GET /api/roadmaps/{id}/score"] = Read(Obj.Roadmap, Roadmap),
        ["POST /api/roadmaps/{id}/score"] = Write(Obj.Roadmap, Roadmap, Policies.ScoreRoadmap, _ => Json(new { points = 50, maxPoints = 100, comment = "" })),

        // «500+»
        ["GET /api/cycles"] = Open,
        ["GET /api/cycles/{id}"] = Read(Obj.Cycle, Cycle),
        ["POST /api/cycles"] = WriteNamed(Obj.Organization, Organization, Policies.CreateCycle, t => Json(new { name = "500+ 2024", year = 2024, regionId = IdOf(t) })),
        ["PUT /api/cycles/{id}/stages"] = Write(Obj.Cycle, Cycle, Policies.EditCycle, _ => Json(new { kind = "Survey", from = "2022-01-10", to = "2022-02-10" })),
        ["POST /api/cycles/{id}/factors"] = Write(Obj.Cycle, Cycle, Policies.EditCycle, _ => Json(new { name = TestWorld.Unique("Фактор") })),
        ["POST /api/cycles/{id}/participants"] = new Rule(Obj.CycleSchool,
            (p, t) => !Cycle(p, t) ? Outcome.NotFound : !p.Scope.CanRead(t.Path) ? Outcome.InvalidReference
                : Policies.IncludeParticipant(p.Scope, t.Path).IsAllowed ? Outcome.Allowed : Outcome.Forbidden,
            t => Json(new { schoolId = IdOf(t, "schoolId"), lowResults = true, unfavourable = false })),
        ["DELETE /api/cycles/{id}/participants/{schoolId}"] = new Rule(Obj.CycleSchool,
            (p, t) => !CycleSchool(p, t) ? Outcome.NotFound : Policies.ExcludeParticipant(p.Scope, t.Path).IsAllowed ? Outcome.Allowed : Outcome.Forbidden) { Destructive = true },
        ["GET /api/cycles/{id}/analytics"] = Read(Obj.Cycle, Cycle),
        ["GET /api/cycles/{id}/analytics/file"] = Read(Obj.Cycle, Cycle),
        ["GET /api/cycles/{id}/surveys"] = Read(Obj.Cycle, Cycle),
        ["POST /api/cycles/{id}/surveys"] = Write(Obj.Cycle, Cycle, Policies.ScheduleSurveys, _ => Json(new { name = "Ещё опрос", from = "2022-03-01", to = "2022-03-20" })),
        ["PUT /api/cycles/{id}/surveys/{roundId}/participation"] = SeenOnly(Obj.SurveyRound, Cycle, _ => Json(new { entries = Array.Empty<object>() })),
        ["POST /api/cycles/{id}/surveys/{roundId}/import"] = SeenOnly(Obj.SurveyRound, Cycle, _ => Table()),
        ["GET /api/cycles/{id}/risk-profiles"] = Read(Obj.Cycle, Cycle),
        ["GET /api/cycles/{id}/risk-profiles/{schoolId}"] = Read(Obj.CycleSchool, CycleSchool),
        ["PUT /api/cycles/{id}/risk-profiles/{schoolId}"] = Write(Obj.CycleSchool, CycleSchool, Policies.EditRiskLevels, _ => Json(new { levels = Array.Empty<object>() })),
        ["POST /api/cycles/{id}/risk-profiles/{schoolId}/activate"] = Write(Obj.CycleSchool, CycleSchool, Policies.ActivateDirections, _ => Json(new { factorIds = Array.Empty<int>() })),
        ["POST /api/cycles/{id}/risk-profiles/{schoolId}/verify"] = Write(Obj.CycleSchool, CycleSchool, Policies.VerifyRiskProfile),
        ["POST /api/cycles/{id}/risk-profiles/{schoolId}/reopen"] = Write(Obj.CycleSchool, CycleSchool, Policies.ReopenRiskProfile),
        ["POST /api/cycles/{id}/risk-profiles/import"] = SeenOnly(Obj.Cycle, Cycle, _ => Table()),
        ["GET /api/cycles/{id}/concepts"] = Read(Obj.Cycle, Cycle),
        ["POST /api/cycles/{id}/concepts"] = new Rule(Obj.CycleSchool,
            (p, t) => !Cycle(p, t) ? Outcome.NotFound : !p.Scope.CanRead(t.Path) ? Outcome.InvalidReference
                : Policies.PrepareConcept(p.Scope, t.Path).IsAllowed ? Outcome.Allowed : Outcome.Forbidden,
            t => Multipart(("schoolId", Id(t, "schoolId")), ("kind", "MidTermProgram"), ("title", "Программа"))),
        ["PUT /api/cycles/{id}/outcomes"] = new Rule(Obj.CycleSchool,
            (p, t) => !Cycle(p, t) ? Outcome.NotFound : !p.Scope.CanRead(t.Path) ? Outcome.InvalidReference
                : Policies.RecordStageOutcome(p.Scope, t.Path).IsAllowed ? Outcome.Allowed : Outcome.Forbidden,
            t => Json(new { stage = "MonitoringFirst", schoolId = IdOf(t, "schoolId"), positiveChanges = true })),
        ["GET /api/concepts/{id}"] = Read(Obj.Concept, Territory),
        ["POST /api/concepts/{id}/submit"] = Write(Obj.Concept, Territory, Policies.SubmitConcept),
        ["POST /api/concepts/{id}/confirm"] = Write(Obj.Concept, Territory, Policies.ConfirmConcept, _ => Json(new { comment = "" })),
        ["POST /api/concepts/{id}/return"] = Write(Obj.Concept, Territory, Policies.ConfirmConcept, _ => Json(new { comment = "Доработать" })),
        ["POST /api/concepts/{id}/review"] = Write(Obj.Concept, Territory, Policies.ReviewConcept, _ => Json(new { verdict = "Confirmed", comment = "" })),
        ["GET /api/events"] = Open,
        ["GET /api/events/{id}"] = Read(Obj.Event, Event),
        ["POST /api/events"] = WriteNamed(Obj.Organization, Organization, Policies.HoldEvent, t => Json(new
        {
            title = "Семинар", kind = "Seminar", organizerId = IdOf(t), year = 2022, schedule = "16.03.2022", invited = Array.Empty<int>(),
        })),
        ["PUT /api/events/{id}/attendance"] = Write(Obj.Event, Event, Policies.MarkAttendance, _ => Json(Array.Empty<object>())),
        ["GET /api/practices"] = Open,
        ["GET /api/practices/mine"] = Open,
        ["GET /api/practices/moderation"] = Open,
        ["GET /api/practices/{id}"] = Read(Obj.Practice, PendingPractice),
        ["POST /api/practices"] = Always(_ => Multipart(("title", TestWorld.Unique("Практика")), ("description", "Описание."))),
        ["POST /api/practices/{id}/publish"] = new Rule(Obj.Practice, (p, t) => !PendingPractice(p, t) ? Outcome.NotFound
            : t.PersonalTo != p.Id && Policies.ModeratePractice(p.Scope, t.Path).IsAllowed ? Outcome.Allowed : Outcome.Forbidden) { Destructive = true },
        ["POST /api/practices/{id}/reject"] = new Rule(Obj.Practice, (p, t) => !PendingPractice(p, t) ? Outcome.NotFound
            : t.PersonalTo != p.Id && Policies.ModeratePractice(p.Scope, t.Path).IsAllowed ? Outcome.Allowed : Outcome.Forbidden,
            _ => Json(new { comment = "Нет" })) { Destructive = true },
        ["GET /api/curator/schools"] = Open,
        ["GET /api/curator/visits"] = Open,
        ["GET /api/curator/visits/{id}"] = Read(Obj.CuratorVisit, OwnOrTerritory),
        ["POST /api/curator/visits"] = new Rule(Obj.CuratorSchool,
            (p, t) => !p.Scope.CanRead(t.Path) ? Outcome.NotFound : Policies.CuratorWork(p.Scope, t.Path).IsAllowed ? Outcome.Allowed : Outcome.Forbidden,
            t => Multipart(("schoolId", Id(t, "schoolId")), ("date", "2022-04-01"), ("format", "Online"))),
        ["PUT /api/curator/visits/{id}"] = new Rule(Obj.CuratorVisit,
            (p, t) => !OwnOrTerritory(p, t) ? Outcome.NotFound : Policies.ChangeCuratorVisit(p.Id, t.PersonalTo!.Value).IsAllowed ? Outcome.Allowed : Outcome.Forbidden,
            _ => Multipart(("date", "2022-03-02"), ("format", "Online"))),
        ["DELETE /api/curator/visits/{id}"] = new Rule(Obj.CuratorVisit,
            (p, t) => !OwnOrTerritory(p, t) ? Outcome.NotFound : Policies.ChangeCuratorVisit(p.Id, t.PersonalTo!.Value).IsAllowed ? Outcome.Allowed : Outcome.Forbidden) { Destructive = true },
        ["GET /api/curator/reports"] = Open,
        ["GET /api/curator/reports/{id}"] = Read(Obj.CuratorReport, OwnOrTerritory),
        ["GET /api/curator/schools/{schoolId}/report"] = Write(Obj.CuratorSchool, Territory, Policies.CuratorWork),
        ["POST /api/curator/schools/{schoolId}/report"] = Write(Obj.CuratorSchool, Territory, Policies.CuratorWork, _ => Multipart(("year", "2023"), ("text", "Отчёт"))),
        ["POST /api/curator/schools/{schoolId}/report/submit"] = Write(Obj.CuratorSchool, Territory, Policies.CuratorWork),
    };

    /// <summary>
    /// The pages whose route carries an object's id: the object kind and the address for a target. Each person gets 404
    /// for what they do not see (anything else — the page, a 403 with a message — for what they see).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, (Obj Obj, Func<Person, Target, bool> Sees, Func<Target, string> Url)> Pages =
        new Dictionary<string, (Obj, Func<Person, Target, bool>, Func<Target, string>)>
        {
            ["Notifications/Open/{id:long}"] = (Obj.Notification, (p, t) => Personal(p, t), t => $"/Notifications/Open/{Id(t)}"),
            ["Users/Details/{id:guid}"] = (Obj.User, (p, t) => User(p, t), t => $"/Users/Details/{Id(t)}"),
            ["Organizations/Details/{id:int}"] = (Obj.Organization, (p, t) => Organization(p, t), t => $"/Organizations/Details/{Id(t)}"),
            ["Organizations/Edit/{id:int?}"] = (Obj.Organization, (p, t) => Organization(p, t), t => $"/Organizations/Edit/{Id(t)}"),
            ["Roadmaps/Item/{roadmapId:int}/{itemId:int?}"] = (Obj.Item, (p, t) => Roadmap(p, t), t => $"/Roadmaps/Item/{Id(t)}/{Id(t, "itemId")}"),
            ["Roadmaps/Calendar/{id:int}"] = (Obj.Roadmap, (p, t) => Roadmap(p, t), t => $"/Roadmaps/Calendar/{Id(t)}"),
            ["Roadmaps/Timeline/{id:int}"] = (Obj.Roadmap, (p, t) => Roadmap(p, t), t => $"/Roadmaps/Timeline/{Id(t)}"),
            ["Roadmaps/Details/{id:int}"] = (Obj.Roadmap, (p, t) => Roadmap(p, t), t => $"/Roadmaps/Details/{Id(t)}"),
            ["Roadmaps/History/{id:int}"] = (Obj.Roadmap, (p, t) => Roadmap(p, t), t => $"/Roadmaps/History/{Id(t)}"),
            ["Roadmaps/Parties/{id:int}"] = (Obj.Roadmap, (p, t) => Roadmap(p, t), t => $"/Roadmaps/Parties/{Id(t)}"),
            ["Roadmaps/Edit/{id:int?}"] = (Obj.Roadmap, (p, t) => Roadmap(p, t), t => $"/Roadmaps/Edit/{Id(t)}"),
            ["Imports/Draft/{id:guid}"] = (Obj.None, (_, _) => false, _ => $"/Imports/Draft/{Guid.NewGuid()}"),
            ["Error/{code:int}"] = (Obj.None, (_, _) => true, _ => "/Error/403"),
            ["Reviews/Assignment/{id:int}"] = (Obj.ReviewAssignment, (p, t) => Assignment(p, t), t => $"/Reviews/Assignment/{Id(t)}"),
            ["Reviews/Sample/{id:int}"] = (Obj.ReviewSample, (p, t) => Territory(p, t), t => $"/Reviews/Sample/{Id(t)}"),
            ["Checkpoints/Details/{id:int}"] = (Obj.Checkpoint, (p, t) => Roadmap(p, t), t => $"/Checkpoints/Details/{Id(t)}"),
            ["Practices/{id:int}"] = (Obj.Practice, (p, t) => PendingPractice(p, t), t => $"/Practices/{Id(t)}"),
            ["Events/{id:int}"] = (Obj.Event, (p, t) => Event(p, t), t => $"/Events/{Id(t)}"),
            ["Surveys/Index/{cycleId:int}"] = (Obj.Cycle, (p, t) => Cycle(p, t), t => $"/Surveys/Index/{Id(t)}"),
            ["Surveys/{cycleId:int}"] = (Obj.Cycle, (p, t) => Cycle(p, t), t => $"/Surveys/{Id(t)}"),
            ["Risks/{cycleId:int}/School/{schoolId:int}"] = (Obj.CycleSchool, (p, t) => CycleSchool(p, t), t => $"/Risks/{Id(t)}/School/{Id(t, "schoolId")}"),
            ["Risks/Index/{cycleId:int}"] = (Obj.Cycle, (p, t) => Cycle(p, t), t => $"/Risks/Index/{Id(t)}"),
            ["Risks/{cycleId:int}"] = (Obj.Cycle, (p, t) => Cycle(p, t), t => $"/Risks/{Id(t)}"),
            ["Cycles/Details/{id:int}"] = (Obj.Cycle, (p, t) => Cycle(p, t), t => $"/Cycles/Details/{Id(t)}"),
            ["Concepts/Index/{cycleId:int}"] = (Obj.Cycle, (p, t) => Cycle(p, t), t => $"/Concepts/Index/{Id(t)}"),
            ["Concepts/{cycleId:int}"] = (Obj.Cycle, (p, t) => Cycle(p, t), t => $"/Concepts/{Id(t)}"),
            ["Concepts/Document/{id:int}"] = (Obj.Concept, (p, t) => Territory(p, t), t => $"/Concepts/Document/{Id(t)}"),
            ["Concepts/New/{cycleId:int}"] = (Obj.CycleSchool, (p, t) => CycleSchool(p, t), t => $"/Concepts/New/{Id(t)}?schoolId={Id(t, "schoolId")}"),
        };
}
