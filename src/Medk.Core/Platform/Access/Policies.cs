using Medk.Core.Platform.Organizations;

namespace Medk.Core.Platform.Access;

/// <summary>
/// Who may do what: one pure function per capability, of the user's <see cref="AccessScope"/> and the facts of the
/// target (the path of the organization that owns it). Each answers a <see cref="Decision"/> whose refusal says who
/// may, in Russian. Services ask these before acting, pages and menus before offering a button; the web layer
/// turns a refusal into a 403 in one place. Seeing an object at all is not a policy: queries filter by the scope
/// (ScopeQueries), and what the user cannot see is a 404 (decision 003).
/// To give a role a new capability, change the function here and its row in PoliciesTests.
/// </summary>
public static class Policies
{

    // ---- Planning: roadmaps ----

    /// <summary>Edit a roadmap (header, items, status): its owner's team or a coordinator above.</summary>
    public static Decision EditRoadmap(AccessScope scope, string ownerPath) => Decision.When(scope.CanWriteRoadmapOf(ownerPath),
        "Изменять эту дорожную карту может только её владелец или вышестоящий координатор.");

    /// <summary>Create (or import) a roadmap for an organization of one's own writable territory.</summary>
    public static Decision CreateRoadmap(AccessScope scope, string ownerPath) => Decision.When(scope.CanWriteRoadmapOf(ownerPath),
        "Создавать дорожные карты можно только для организаций своей территории.");

    /// <summary>Link the responsible parties named in a roadmap to the directory.</summary>
    public static Decision LinkParties(AccessScope scope, string ownerPath) => Decision.When(scope.CanWriteRoadmapOf(ownerPath),
        "Связывать ответственных может только тот, кто ведёт эту дорожную карту.");

    /// <summary>Import a roadmap from a document at all: whoever writes roadmaps somewhere (an observer does not).</summary>
    public static Decision ImportRoadmap(AccessScope scope) => Decision.When(scope.IsAdministrator || scope.WritableRoots.Count > 0,
        "Импортировать дорожные карты могут те, кто их ведёт: команды школ и координаторы. У вашей роли есть только просмотр.");

    /// <summary>
    /// Whether the owners offered for an import are the user's schools only (a school team imports for its school);
    /// anyone who writes above the school level chooses among authorities and institutions instead.
    /// <paramref name="writableRootLevels"/> are the levels of <see cref="AccessScope.WritableRoots"/>.
    /// </summary>
    public static bool ImportsForOwnSchoolsOnly(AccessScope scope, IEnumerable<OrganizationLevel> writableRootLevels)
    {
        var levels = writableRootLevels.ToList();
        return !scope.IsAdministrator && levels.Count > 0 && levels.All(l => l == OrganizationLevel.School);
    }

    // ---- Monitoring: reports, checkpoints, review ----

    /// <summary>Write, attach to and submit the report on a checkpoint: the roadmap's owner (who writes the roadmap).</summary>
    public static Decision ReportOnCheckpoint(AccessScope scope, string ownerPath) => Decision.When(scope.CanWriteRoadmapOf(ownerPath),
        "Отчитываться по этой контрольной точке может только исполнитель — организация-владелец дорожной карты.");

    /// <summary>Confirm or return a report: the reporting school's curator or a coordinator of a level above the reporter.</summary>
    public static Decision ConfirmReport(AccessScope scope, string reporterPath) => Decision.When(scope.CanConfirmReportOf(reporterPath),
        "Подтверждает отчёт куратор школы или координатор вышестоящего уровня.");

    /// <summary>Cancel a checkpoint or reopen a cancelled one: whoever keeps the roadmap.</summary>
    public static Decision CancelCheckpoint(AccessScope scope, string ownerPath) => Decision.When(scope.CanWriteRoadmapOf(ownerPath),
        "Отменять контрольные точки может тот, кто ведёт дорожную карту.");

    /// <summary>
    /// Read the reports on a roadmap's checkpoints (text, figure, evidence, drafts included): whoever sees the roadmap by
    /// a role other than expert. An expert reads only the submitted reports their review assignments cover (the
    /// service checks the assignment: <see cref="ExpertReadsReport"/>).
    /// </summary>
    public static bool ReadsReportsOf(AccessScope scope, string ownerPath) => scope.WithoutExpertise.CanReadRoadmapOf(ownerPath);

    /// <summary>An expert reads a report assigned to them for review, once it has left the drafts.</summary>
    public static bool ExpertReadsReport(bool assignedToThem, Monitoring.ReportStatus status) => assignedToThem && status != Monitoring.ReportStatus.Draft;

    /// <summary>Whether the home page shows the list of reports waiting for the user's confirmation.</summary>
    public static bool ConfirmsReports(AccessScope scope) =>
        scope.IsAdministrator || scope.ConfirmingRoots.Count > 0 || scope.CuratedSchools.Count > 0;

    /// <summary>Draw a review sample of a territory and give it to experts: a coordinator of that territory.</summary>
    public static Decision DrawReviewSample(AccessScope scope, string territoryPath) => Decision.When(scope.CanManageOrganization(territoryPath),
        "Выборку для экспертизы формирует координатор этой территории.");

    /// <summary>Whether the user draws review samples somewhere (the form on the review page).</summary>
    public static bool DrawsReviewSamples(AccessScope scope) => scope.IsAdministrator || scope.ManageableRoots.Count > 0;

    /// <summary>Whether the user reviews as an expert (their own assignments on the review page).</summary>
    public static bool ReviewsAsExpert(AccessScope scope) => scope.Grants.Any(g => RoleRules.ReviewsAsExpert(g.Role));

    /// <summary>Score a roadmap on points: an expert of its territory or a coordinator of a level above its owner.</summary>
    public static Decision ScoreRoadmap(AccessScope scope, string ownerPath) =>
        Decision.When(scope.IsExpertFor(ownerPath) || scope.CanConfirmReportOf(ownerPath),
            "Оценивает дорожную карту эксперт её территории или координатор вышестоящего уровня.");

    // ---- «500+»: cycles, risks, surveys, documents ----

    /// <summary>Create a region's project year: a coordinator of the region.</summary>
    public static Decision CreateCycle(AccessScope scope, string regionPath) => Decision.When(scope.CanManageOrganization(regionPath),
        "Цикл проекта создаёт координатор региона.");

    /// <summary>Keep a cycle's calendar and risk factors: a coordinator of its region.</summary>
    public static Decision EditCycle(AccessScope scope, string regionPath) => Decision.When(scope.CanManageOrganization(regionPath),
        "Календарь и факторы риска цикла ведёт координатор региона.");

    /// <summary>Include a school in a cycle: a coordinator of the school's territory.</summary>
    public static Decision IncludeParticipant(AccessScope scope, string schoolPath) => Decision.When(scope.CanManageOrganization(schoolPath),
        "Включает школу в проект координатор её территории.");

    /// <summary>Exclude a school from a cycle: a coordinator of its territory. An unknown school (null path) is refused alike.</summary>
    public static Decision ExcludeParticipant(AccessScope scope, string? schoolPath) =>
        Decision.When(schoolPath is not null && scope.CanManageOrganization(schoolPath),
            "Исключает школу из проекта координатор её территории.");

    /// <summary>Enter a school's risk levels: its team or a coordinator above it (those who write its roadmaps).</summary>
    public static Decision EditRiskLevels(AccessScope scope, string schoolPath) => Decision.When(scope.CanWriteRoadmapOf(schoolPath),
        "Уровни рисков вносит команда школы или координатор её муниципалитета или региона.");

    /// <summary>Activate risk directions: the school's own decision, its team only.</summary>
    public static Decision ActivateDirections(AccessScope scope, string schoolPath) =>
        Decision.When(scope.IsAdministrator || HoldsOver(scope, Role.SchoolTeam, schoolPath),
            "Рисковые направления активизирует команда школы.");

    /// <summary>Verify a school's risk profile: its curator or its municipal coordinator.</summary>
    public static Decision VerifyRiskProfile(AccessScope scope, string schoolPath) =>
        Decision.When(MayVerify(scope, schoolPath), "Профиль проверяет куратор школы или муниципальный координатор.");

    /// <summary>Reopen a verified risk profile for editing: whoever verifies it, or any coordinator of the territory.</summary>
    public static Decision ReopenRiskProfile(AccessScope scope, string schoolPath) =>
        Decision.When(MayVerify(scope, schoolPath) || scope.CanManageOrganization(schoolPath),
            "Открыть проверенный профиль для правки может куратор школы или координатор.");

    /// <summary>Schedule the survey rounds of a cycle: a coordinator of its region.</summary>
    public static Decision ScheduleSurveys(AccessScope scope, string regionPath) => Decision.When(scope.CanManageOrganization(regionPath),
        "Опросы цикла назначает координатор региона.");

    /// <summary>Enter a school's survey participation: the school or a coordinator of its territory.</summary>
    public static Decision EnterSurveyParticipation(AccessScope scope, string schoolPath) => Decision.When(scope.CanWriteRoadmapOf(schoolPath),
        "Участие в анкетировании вносит школа или координатор её территории.");

    /// <summary>Prepare a conceptual document of a school: the school or a coordinator of its territory.</summary>
    public static Decision PrepareConcept(AccessScope scope, string schoolPath) => Decision.When(scope.CanWriteRoadmapOf(schoolPath),
        "Концептуальные документы готовит школа или координатор её территории.");

    /// <summary>Add files (or a roadmap) to a conceptual document.</summary>
    public static Decision AddToConcept(AccessScope scope, string schoolPath) => Decision.When(scope.CanWriteRoadmapOf(schoolPath),
        "Документ дополняет школа или координатор её территории.");

    /// <summary>Submit a conceptual document for confirmation.</summary>
    public static Decision SubmitConcept(AccessScope scope, string schoolPath) => Decision.When(scope.CanWriteRoadmapOf(schoolPath),
        "Отправляет документ школа или координатор её территории.");

    /// <summary>Confirm or return a conceptual document: as a report, the school's curator or a coordinator above.</summary>
    public static Decision ConfirmConcept(AccessScope scope, string schoolPath) => Decision.When(scope.CanConfirmReportOf(schoolPath),
        "Подтверждает документ куратор школы или координатор вышестоящего уровня.");

    /// <summary>Review a confirmed conceptual document: an expert whose territory covers the school.</summary>
    public static Decision ReviewConcept(AccessScope scope, string schoolPath) => Decision.When(scope.IsExpertFor(schoolPath),
        "Экспертизу документа проводит эксперт территории школы.");

    /// <summary>Record whether a monitoring stage found positive changes: a coordinator above the school or an expert of its territory.</summary>
    public static Decision RecordStageOutcome(AccessScope scope, string schoolPath) =>
        Decision.When(scope.CanConfirmReportOf(schoolPath) || scope.IsExpertFor(schoolPath),
            "Итог этапа фиксирует координатор вышестоящего уровня или эксперт территории.");

    // ---- «500+»: practices, events, curators ----

    /// <summary>Roles that offer practices to the bank, from the organization where they hold the role.</summary>
    public static bool AuthorsPractices(Role role) => role is Role.Administrator or Role.FederalCoordinator or Role.RegionalCoordinator
        or Role.MunicipalCoordinator or Role.Curator or Role.SchoolTeam;

    /// <summary>
    /// Organizations the user may offer a practice from: those where they hold an authoring role; for a curator, the
    /// schools assigned to them (a curator does not speak for the municipality where the role is registered).
    /// </summary>
    public static IReadOnlyList<int> PracticeOrigins(AccessScope scope) => scope.Grants.Where(g => AuthorsPractices(g.Role))
        .SelectMany(g => RoleRules.WorksOnAssignedSchools(g.Role) ? g.AssignedSchoolPaths.Select(p => OrganizationPath.Ids(p)[^1]) : [g.OrganizationId])
        .Distinct().ToList();

    /// <summary>Offer a practice at all: a school team, a curator or a coordinator.</summary>
    public static Decision AuthorPractice(AccessScope scope) => Decision.When(PracticeOrigins(scope).Count > 0,
        "Предлагать практики могут команды школ, кураторы и координаторы.");

    /// <summary>Publish or reject a practice (and read it before publication): a coordinator of the author's organization's territory.</summary>
    public static Decision ModeratePractice(AccessScope scope, string organizationPath) => Decision.When(scope.CanManageOrganization(organizationPath),
        "Практику рассматривает координатор территории автора.");

    /// <summary>Whether practices come to this person for moderation anywhere (the «на модерации» list is theirs).</summary>
    public static bool ModeratesPractices(AccessScope scope) => PracticeModerationRoots(scope) is not { Count: 0 };

    /// <summary>
    /// Where the user moderates practices (<see cref="ModeratePractice"/> as subtree roots, for the waiting list and the
    /// weekly digest): null for everywhere (an administrator), empty when nowhere.
    /// </summary>
    public static IReadOnlyList<string>? PracticeModerationRoots(AccessScope scope) => scope.IsAdministrator ? null : scope.ManageableRoots;

    /// <summary>Organizations whose events the user may organize: those where they hold a coordinating role.</summary>
    public static IReadOnlyList<int> EventOrganizers(AccessScope scope) =>
        scope.Grants.Where(g => RoleRules.CanManageOrganizations(g.Role)).Select(g => g.OrganizationId).Distinct().ToList();

    /// <summary>
    /// Whether the user sees the invitation and attendance of one organization at an event: the organizer's
    /// coordinators see everyone; others only the organizations of their own territory (not sibling schools,
    /// not the schools of another curator).
    /// </summary>
    public static bool SeesAttendanceOf(AccessScope scope, string organizerPath, string attendeePath) =>
        scope.CanManageOrganization(organizerPath) || scope.CanRead(attendeePath);

    /// <summary>Read every expert's assignments of a review sample (not only one's own): a coordinator of the sample's territory.</summary>
    public static bool SeesAllAssignmentsOf(AccessScope scope, string sampleTerritoryPath) => scope.CanManageOrganization(sampleTerritoryPath);

    /// <summary>Plan an event: a coordinator of the organizer.</summary>
    public static Decision HoldEvent(AccessScope scope, string organizerPath) => Decision.When(scope.CanManageOrganization(organizerPath),
        "Мероприятие проводит координатор организации-организатора.");

    /// <summary>Mark attendance of an event: the organizer's coordinators.</summary>
    public static Decision MarkAttendance(AccessScope scope, string organizerPath) => Decision.When(scope.CanManageOrganization(organizerPath),
        "Посещаемость отмечают координаторы организатора.");

    /// <summary>Whether the user works as a curator (the «Куратор» section of the menu).</summary>
    public static bool WorksAsCurator(AccessScope scope) => scope.Grants.Any(g => RoleRules.WorksOnAssignedSchools(g.Role));

    /// <summary>Record visits and the report of a school: the curator the school is assigned to.</summary>
    public static Decision CuratorWork(AccessScope scope, string schoolPath) => Decision.When(scope.CuratedSchools.Contains(schoolPath),
        "Посещения и отчёт по школе ведёт куратор, за которым она закреплена.");

    /// <summary>Change a curator's visit: only the curator who recorded it.</summary>
    public static Decision ChangeCuratorVisit(Guid? userId, Guid recordedBy) => Decision.When(userId == recordedBy,
        "Посещение меняет только куратор, который его записал.");

    // ---- Platform: organizations and people ----

    /// <summary>Add an organization under a parent of one's territory.</summary>
    public static Decision CreateOrganization(AccessScope scope, string parentPath) => Decision.When(scope.CanManageOrganization(parentPath),
        "Добавлять организации можно только в пределах своей территории.");

    /// <summary>Rename an organization, change its aliases or code.</summary>
    public static Decision EditOrganization(AccessScope scope, string organizationPath) => Decision.When(scope.CanManageOrganization(organizationPath),
        "Изменять можно только организации своей территории.");

    /// <summary>Whether the user appoints people somewhere (the «Пользователи» menu, the curator's schools form).</summary>
    public static bool AppointsPeople(AccessScope scope) => scope.CanManageUsers || scope.ManageableRoots.Count > 0;

    /// <summary>
    /// Give a role at all, wherever: administrator and federal roles are given by an administrator only; the rest by
    /// a coordinator inside their territory (<see cref="AppointIn"/>).
    /// </summary>
    public static Decision GiveRole(AccessScope scope, Role role) =>
        Decision.When(scope.CanManageUsers || role is not (Role.Administrator or Role.FederalCoordinator),
            "Роли администратора и федерального координатора назначает администратор.");

    /// <summary>The roles a form offers for an organization of this level: those this person may give and that fit there.</summary>
    public static IReadOnlyList<Role> RolesToOffer(AccessScope scope, OrganizationLevel level) =>
        Enum.GetValues<Role>().Where(r => GiveRole(scope, r).IsAllowed && RoleRules.CheckPlacement(r, level) is null).ToList();

    /// <summary>Appoint people (create accounts, give roles) in an organization: a coordinator of its territory.</summary>
    public static Decision AppointIn(AccessScope scope, string organizationPath) =>
        Decision.When(scope.CanManageUsers || scope.CanManageOrganization(organizationPath),
            "Назначать людей может координатор территории этой организации.");

    /// <summary>Assign a school to a curator: a coordinator of the school's territory.</summary>
    public static Decision AssignCurator(AccessScope scope, string schoolPath) => Decision.When(scope.CanManageOrganization(schoolPath),
        "Закреплять школы за кураторами может координатор территории этой школы.");

    // ---- Platform: the audit journal (decision 026) ----

    /// <summary>Open the audit journal: an administrator (every line) or a coordinator (the lines of their territory).</summary>
    public static Decision ReadAuditJournal(AccessScope scope) => Decision.When(scope.IsAdministrator || scope.ManageableRoots.Count > 0,
        "Журнал аудита доступен администраторам и координаторам.");

    /// <summary>Read the change history of an object of an organization: an administrator or a coordinator of its territory.</summary>
    public static Decision ReadAuditOf(AccessScope scope, string organizationPath) => Decision.When(scope.CanManageOrganization(organizationPath),
        "Историю изменений видит администратор или координатор территории этой организации.");

    /// <summary>
    /// The territories whose journal lines the user reads (lines stored with an organization path inside one of them);
    /// null for an administrator, who reads every line, including those of no organization (failed sign-ins, accounts without roles).
    /// </summary>
    public static IReadOnlyList<string>? AuditTerritories(AccessScope scope) => scope.IsAdministrator ? null : scope.ManageableRoots;

    private static bool MayVerify(AccessScope scope, string schoolPath) => scope.IsAdministrator
        || scope.CuratedSchools.Contains(schoolPath)
        || HoldsOver(scope, Role.MunicipalCoordinator, schoolPath);

    /// <summary>The user holds <paramref name="role"/> with a territory that covers <paramref name="path"/>.</summary>
    private static bool HoldsOver(AccessScope scope, Role role, string path) =>
        scope.Grants.Any(g => g.Role == role && OrganizationPath.IsWithin(path, g.ScopeRootPath));
}
