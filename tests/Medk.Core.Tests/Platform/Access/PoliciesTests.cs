using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;

namespace Medk.Core.Tests.Platform.Access;

/// <summary>
/// Every policy against one person per role, on six organizations of one small tree. The tables below are the
/// specification of who may do what: adding a role means adding its row to each table (and its account to the demo).
/// </summary>
public class PoliciesTests
{
    // 1 federal / 2 region A (3 municipality A1 (5 school), 4 municipality A2 (6 school), 8 institution), 7 region B.
    private const string Federal = "/1/";
    private const string RegionA = "/1/2/";
    private const string MunA1 = "/1/2/3/";
    private const string SchoolA1 = "/1/2/3/5/";
    private const string SchoolA2 = "/1/2/4/6/";
    private const string RegionB = "/1/7/";
    private const string InstitutionA = "/1/2/8/";

    /// <summary>
    /// The columns of every pattern, as seen from the people below (all of whom work in the chain of school A1):
    /// the own school, a sibling school (in the neighbouring municipality), the own municipality, the region above,
    /// the federal level, and another region.
    /// </summary>
    private static readonly string[] Targets = [SchoolA1, SchoolA2, MunA1, RegionA, Federal, RegionB];

    /// <summary>One person per role; the curator is assigned school A1; the expert works at an institution of region A.</summary>
    private static AccessScope ScopeOf(Role role) => new([role switch
    {
        Role.Administrator or Role.FederalCoordinator => RoleGrant.For(role, 1, Federal, OrganizationKind.Authority),
        Role.RegionalCoordinator or Role.Observer => RoleGrant.For(role, 2, RegionA, OrganizationKind.Authority),
        Role.MunicipalCoordinator => RoleGrant.For(role, 3, MunA1, OrganizationKind.Authority),
        Role.Curator => RoleGrant.For(role, 3, MunA1, OrganizationKind.Authority, [SchoolA1]),
        Role.SchoolTeam => RoleGrant.For(role, 5, SchoolA1, OrganizationKind.School),
        Role.Expert => RoleGrant.For(role, 8, InstitutionA, OrganizationKind.Institution),
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "A new role needs its row in PoliciesTests."),
    }]);

    // Patterns over Targets: x allowed, . refused.
    private const string Everywhere = "xxxxxx";
    private const string Nowhere = "......";

    /// <summary>Those who write roadmaps: the owner's team and every coordinator above.</summary>
    private static readonly Dictionary<Role, string> Writers = new()
    {
        [Role.Administrator] = Everywhere, [Role.FederalCoordinator] = Everywhere, [Role.RegionalCoordinator] = "xxxx..",
        [Role.MunicipalCoordinator] = "x.x...", [Role.Curator] = Nowhere, [Role.SchoolTeam] = "x.....",
        [Role.Expert] = Nowhere, [Role.Observer] = Nowhere,
    };

    /// <summary>Coordinators of a territory (the directory, cycles, events, people): not school teams.</summary>
    private static readonly Dictionary<Role, string> Coordinators = new(Writers) { [Role.SchoolTeam] = Nowhere };

    /// <summary>Confirmers: the curator of the school or a coordinator strictly above the reporter.</summary>
    private static readonly Dictionary<Role, string> Confirmers = new()
    {
        [Role.Administrator] = Everywhere, [Role.FederalCoordinator] = "xxxx.x", [Role.RegionalCoordinator] = "xxx...",
        [Role.MunicipalCoordinator] = "x.....", [Role.Curator] = "x.....", [Role.SchoolTeam] = Nowhere,
        [Role.Expert] = Nowhere, [Role.Observer] = Nowhere,
    };

    /// <summary>Confirmers and the experts of the territory.</summary>
    private static readonly Dictionary<Role, string> ConfirmersAndExperts = new(Confirmers) { [Role.Expert] = "xxxx.." };

    private static readonly Dictionary<Role, string> ExpertsOnly = Only(Role.Expert, "xxxx..", adminToo: false);

    private static readonly Dictionary<Role, string> SchoolTeamOnly = Only(Role.SchoolTeam, "x.....", adminToo: true);

    private static readonly Dictionary<Role, string> Verifiers = new(Only(Role.Curator, "x.....", adminToo: true))
    {
        [Role.MunicipalCoordinator] = "x.x...",
    };

    private static readonly Dictionary<Role, string> Reopeners = new(Coordinators) { [Role.Curator] = "x....." };

    private sealed record Row(Func<AccessScope, string, Decision> Policy, string Refusal, Dictionary<Role, string> Allowed);

    private static readonly Dictionary<string, Row> Table = new()
    {
        [nameof(Policies.EditRoadmap)] = new(Policies.EditRoadmap, "Изменять эту дорожную карту может только её владелец или вышестоящий координатор.", Writers),
        [nameof(Policies.CreateRoadmap)] = new(Policies.CreateRoadmap, "Создавать дорожные карты можно только для организаций своей территории.", Writers),
        [nameof(Policies.LinkParties)] = new(Policies.LinkParties, "Связывать ответственных может только тот, кто ведёт эту дорожную карту.", Writers),
        [nameof(Policies.ReportOnCheckpoint)] = new(Policies.ReportOnCheckpoint, "Отчитываться по этой контрольной точке может только исполнитель — организация-владелец дорожной карты.", Writers),
        [nameof(Policies.ConfirmReport)] = new(Policies.ConfirmReport, "Подтверждает отчёт куратор школы или координатор вышестоящего уровня.", Confirmers),
        [nameof(Policies.CancelCheckpoint)] = new(Policies.CancelCheckpoint, "Отменять контрольные точки может тот, кто ведёт дорожную карту.", Writers),
        [nameof(Policies.DrawReviewSample)] = new(Policies.DrawReviewSample, "Выборку для экспертизы формирует координатор этой территории.", Coordinators),
        [nameof(Policies.ScoreRoadmap)] = new(Policies.ScoreRoadmap, "Оценивает дорожную карту эксперт её территории или координатор вышестоящего уровня.", ConfirmersAndExperts),
        [nameof(Policies.CreateCycle)] = new(Policies.CreateCycle, "Цикл проекта создаёт координатор региона.", Coordinators),
        [nameof(Policies.EditCycle)] = new(Policies.EditCycle, "Календарь и факторы риска цикла ведёт координатор региона.", Coordinators),
        [nameof(Policies.IncludeParticipant)] = new(Policies.IncludeParticipant, "Включает школу в проект координатор её территории.", Coordinators),
        [nameof(Policies.ExcludeParticipant)] = new(Policies.ExcludeParticipant, "Исключает школу из проекта координатор её территории.", Coordinators),
        [nameof(Policies.EditRiskLevels)] = new(Policies.EditRiskLevels, "Уровни рисков вносит команда школы или координатор её муниципалитета или региона.", Writers),
        [nameof(Policies.ActivateDirections)] = new(Policies.ActivateDirections, "Рисковые направления активизирует команда школы.", SchoolTeamOnly),
        [nameof(Policies.VerifyRiskProfile)] = new(Policies.VerifyRiskProfile, "Профиль проверяет куратор школы или муниципальный координатор.", Verifiers),
        [nameof(Policies.ReopenRiskProfile)] = new(Policies.ReopenRiskProfile, "Открыть проверенный профиль для правки может куратор школы или координатор.", Reopeners),
        [nameof(Policies.ScheduleSurveys)] = new(Policies.ScheduleSurveys, "Опросы цикла назначает координатор региона.", Coordinators),
        [nameof(Policies.EnterSurveyParticipation)] = new(Policies.EnterSurveyParticipation, "Участие в анкетировании вносит школа или координатор её территории.", Writers),
        [nameof(Policies.PrepareConcept)] = new(Policies.PrepareConcept, "Концептуальные документы готовит школа или координатор её территории.", Writers),
        [nameof(Policies.AddToConcept)] = new(Policies.AddToConcept, "Документ дополняет школа или координатор её территории.", Writers),
        [nameof(Policies.SubmitConcept)] = new(Policies.SubmitConcept, "Отправляет документ школа или координатор её территории.", Writers),
        [nameof(Policies.ConfirmConcept)] = new(Policies.ConfirmConcept, "Подтверждает документ куратор школы или координатор вышестоящего уровня.", Confirmers),
        [nameof(Policies.ReviewConcept)] = new(Policies.ReviewConcept, "Экспертизу документа проводит эксперт территории школы.", ExpertsOnly),
        [nameof(Policies.RecordStageOutcome)] = new(Policies.RecordStageOutcome, "Итог этапа фиксирует координатор вышестоящего уровня или эксперт территории.", ConfirmersAndExperts),
        [nameof(Policies.ModeratePractice)] = new(Policies.ModeratePractice, "Практику рассматривает координатор территории автора.", Coordinators),
        [nameof(Policies.HoldEvent)] = new(Policies.HoldEvent, "Мероприятие проводит координатор организации-организатора.", Coordinators),
        [nameof(Policies.MarkAttendance)] = new(Policies.MarkAttendance, "Посещаемость отмечают координаторы организатора.", Coordinators),
        [nameof(Policies.CuratorWork)] = new(Policies.CuratorWork, "Посещения и отчёт по школе ведёт куратор, за которым она закреплена.", Only(Role.Curator, "x.....", adminToo: false)),
        [nameof(Policies.CreateOrganization)] = new(Policies.CreateOrganization, "Добавлять организации можно только в пределах своей территории.", Coordinators),
        [nameof(Policies.EditOrganization)] = new(Policies.EditOrganization, "Изменять можно только организации своей территории.", Coordinators),
        [nameof(Policies.AppointIn)] = new(Policies.AppointIn, "Назначать людей может координатор территории этой организации.", Coordinators),
        [nameof(Policies.AssignCurator)] = new(Policies.AssignCurator, "Закреплять школы за кураторами может координатор территории этой школы.", Coordinators),
        [nameof(Policies.ReadAuditOf)] = new(Policies.ReadAuditOf, "Историю изменений видит администратор или координатор территории этой организации.", Coordinators),
    };

    public static TheoryData<string, Role> PolicyByRole()
    {
        var data = new TheoryData<string, Role>();
        foreach (var policy in Table.Keys)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                data.Add(policy, role);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PolicyByRole))]
    public void Policy_AllowsExactlyItsTable_AndRefusesInRussian(string policy, Role role)
    {
        var row = Table[policy];
        Assert.True(row.Allowed.TryGetValue(role, out var expected), $"{policy} has no row for {role}.");
        var scope = ScopeOf(role);
        var actual = string.Concat(Targets.Select(t => row.Policy(scope, t).IsAllowed ? 'x' : '.'));
        Assert.Equal(expected, actual);
        foreach (var target in Targets)
        {
            var decision = row.Policy(scope, target);
            Assert.Equal(decision.IsAllowed ? null : row.Refusal, decision.Refusal);
        }
    }

    [Fact]
    public void EveryPathPolicyOfTheClass_HasARowInTheTable()
    {
        var pathPolicies = typeof(Policies).GetMethods()
            .Where(m => m.ReturnType == typeof(Decision) && m.GetParameters().Length == 2
                && m.GetParameters()[0].ParameterType == typeof(AccessScope) && m.GetParameters()[1].ParameterType == typeof(string))
            .Select(m => m.Name).Order().ToList();
        Assert.Equal(pathPolicies, Table.Keys.Order().ToList());
    }

    [Fact]
    public void ExcludingAnUnknownSchool_IsRefusedEvenToTheAdministrator()
    {
        Assert.False(Policies.ExcludeParticipant(ScopeOf(Role.Administrator), null).IsAllowed);
    }

    // ---- Capabilities without a target: menus, sections, the home page ----

    [Theory]
    [InlineData(Role.Administrator, true, true, false, false, true, true, true)]
    [InlineData(Role.FederalCoordinator, true, true, false, false, true, true, true)]
    [InlineData(Role.RegionalCoordinator, true, true, false, false, true, true, true)]
    [InlineData(Role.MunicipalCoordinator, true, true, false, false, true, true, true)]
    [InlineData(Role.Curator, true, false, false, true, false, true, false)]
    [InlineData(Role.SchoolTeam, false, false, false, false, false, true, true)]
    [InlineData(Role.Expert, false, false, true, false, false, false, false)]
    [InlineData(Role.Observer, false, false, false, false, false, false, false)]
    public void Sections_FollowTheRole(Role role, bool confirms, bool draws, bool reviews, bool curates, bool appoints, bool authors, bool imports)
    {
        var scope = ScopeOf(role);
        Assert.Equal(confirms, Policies.ConfirmsReports(scope));
        Assert.Equal(draws, Policies.DrawsReviewSamples(scope));
        Assert.Equal(reviews, Policies.ReviewsAsExpert(scope));
        Assert.Equal(curates, Policies.WorksAsCurator(scope));
        Assert.Equal(appoints, Policies.AppointsPeople(scope));
        Assert.Equal(authors, Policies.AuthorPractice(scope).IsAllowed);
        Assert.Equal(appoints, Policies.EventOrganizers(scope).Count > 0);
        Assert.Equal(appoints, Policies.ModeratesPractices(scope));
        var moderated = Policies.PracticeModerationRoots(scope);
        Assert.Equal(appoints, moderated is null || moderated.Count > 0);
        Assert.All(moderated ?? [], root => Assert.True(Policies.ModeratePractice(scope, root).IsAllowed));
        Assert.Equal(imports, Policies.ImportRoadmap(scope).IsAllowed);
        // The audit journal: whoever coordinates a territory (and the administrator) opens it.
        Assert.Equal(appoints, Policies.ReadAuditJournal(scope).IsAllowed);
        Assert.Equal(role == Role.Administrator, Policies.AuditTerritories(scope) is null);
    }

    [Fact]
    public void RolesToOffer_FitTheLevelAndTheGiver()
    {
        var municipal = ScopeOf(Role.MunicipalCoordinator);
        Assert.Equal([Role.RegionalCoordinator], Policies.RolesToOffer(municipal, OrganizationLevel.Region).Where(r => r is Role.RegionalCoordinator or Role.MunicipalCoordinator).ToList());
        Assert.DoesNotContain(Role.FederalCoordinator, Policies.RolesToOffer(municipal, OrganizationLevel.Federal));
        Assert.DoesNotContain(Role.Administrator, Policies.RolesToOffer(municipal, OrganizationLevel.Federal));
        Assert.Equal([Role.SchoolTeam], Policies.RolesToOffer(municipal, OrganizationLevel.School).Where(r => r is Role.SchoolTeam or Role.MunicipalCoordinator or Role.Curator).ToList());
        Assert.Contains(Role.FederalCoordinator, Policies.RolesToOffer(ScopeOf(Role.Administrator), OrganizationLevel.Federal));
    }

    [Fact]
    public void AuthorPractice_RefusesInRussian()
    {
        Assert.Equal("Предлагать практики могут команды школ, кураторы и координаторы.", Policies.AuthorPractice(ScopeOf(Role.Observer)).Refusal);
    }

    [Fact]
    public void PracticeOrigins_AreTheOrganizationsOfAuthoringRoles()
    {
        var scope = new AccessScope([
            RoleGrant.For(Role.SchoolTeam, 5, SchoolA1, OrganizationKind.School),
            RoleGrant.For(Role.Observer, 7, RegionB, OrganizationKind.Authority),
        ]);
        Assert.Equal(new[] { 5 }, Policies.PracticeOrigins(scope));
    }

    [Fact]
    public void PracticeOrigins_OfACurator_AreTheirSchools_NotTheMunicipalityOfTheRole()
    {
        Assert.Equal(new[] { 5 }, Policies.PracticeOrigins(ScopeOf(Role.Curator)));
        Assert.Empty(Policies.PracticeOrigins(new AccessScope([RoleGrant.For(Role.Curator, 3, MunA1, OrganizationKind.Authority)])));
    }

    [Theory]
    [InlineData(Role.MunicipalCoordinator, "xx")] // the organizer's coordinator sees every invited school
    [InlineData(Role.RegionalCoordinator, "xx")]
    [InlineData(Role.SchoolTeam, "x.")]          // a school sees itself, not its sibling
    [InlineData(Role.Curator, "x.")]             // a curator sees their school only
    [InlineData(Role.Expert, "xx")]
    [InlineData(Role.Observer, "xx")]
    public void EventAttendance_OfAMunicipalEvent_IsSeenWithinTheTerritory(Role role, string pattern)
    {
        // The event of municipality A1 invites its school A1 and, for the sake of the rule, school A2.
        var scope = ScopeOf(role);
        Assert.Equal(pattern, string.Concat(new[] { SchoolA1, SchoolA2 }.Select(s => Policies.SeesAttendanceOf(scope, MunA1, s) ? 'x' : '.')));
    }

    [Theory]
    [InlineData(Role.RegionalCoordinator, true)]
    [InlineData(Role.Administrator, true)]
    [InlineData(Role.MunicipalCoordinator, false)]
    [InlineData(Role.Expert, false)]
    [InlineData(Role.Observer, false)]
    public void ReviewAssignmentsOfOthers_AreSeenByTheSamplesCoordinators(Role role, bool sees)
    {
        Assert.Equal(sees, Policies.SeesAllAssignmentsOf(ScopeOf(role), RegionA));
    }

    [Theory]
    [InlineData(Role.Administrator, Role.Administrator, true)]
    [InlineData(Role.Administrator, Role.FederalCoordinator, true)]
    [InlineData(Role.FederalCoordinator, Role.FederalCoordinator, false)]
    [InlineData(Role.RegionalCoordinator, Role.Administrator, false)]
    [InlineData(Role.RegionalCoordinator, Role.MunicipalCoordinator, true)]
    [InlineData(Role.MunicipalCoordinator, Role.Curator, true)]
    [InlineData(Role.MunicipalCoordinator, Role.SchoolTeam, true)]
    public void GiveRole_AdministratorAndFederalRolesOnlyByAnAdministrator(Role giver, Role given, bool allowed)
    {
        var decision = Policies.GiveRole(ScopeOf(giver), given);
        Assert.Equal(allowed, decision.IsAllowed);
        Assert.Equal(allowed ? null : "Роли администратора и федерального координатора назначает администратор.", decision.Refusal);
    }

    [Fact]
    public void ChangeCuratorVisit_OnlyTheCuratorWhoRecordedIt()
    {
        var me = Guid.NewGuid();
        Assert.True(Policies.ChangeCuratorVisit(me, me).IsAllowed);
        Assert.Equal("Посещение меняет только куратор, который его записал.", Policies.ChangeCuratorVisit(Guid.NewGuid(), me).Refusal);
        Assert.False(Policies.ChangeCuratorVisit(null, me).IsAllowed);
    }

    [Theory]
    [InlineData(Role.SchoolTeam, new[] { OrganizationLevel.School }, true)]
    [InlineData(Role.SchoolTeam, new[] { OrganizationLevel.School, OrganizationLevel.School }, true)]
    [InlineData(Role.MunicipalCoordinator, new[] { OrganizationLevel.Municipality }, false)]
    [InlineData(Role.SchoolTeam, new[] { OrganizationLevel.School, OrganizationLevel.Municipality }, false)]
    [InlineData(Role.Observer, new OrganizationLevel[0], false)]
    [InlineData(Role.Administrator, new[] { OrganizationLevel.Federal }, false)]
    public void Import_SchoolTeamsImportForTheirSchoolOnly(Role role, OrganizationLevel[] rootLevels, bool schoolsOnly)
    {
        Assert.Equal(schoolsOnly, Policies.ImportsForOwnSchoolsOnly(ScopeOf(role), rootLevels));
    }

    private static Dictionary<Role, string> Only(Role role, string pattern, bool adminToo)
    {
        var table = Enum.GetValues<Role>().ToDictionary(r => r, _ => Nowhere);
        table[role] = pattern;
        if (adminToo)
        {
            table[Role.Administrator] = Everywhere;
        }
        return table;
    }
}
