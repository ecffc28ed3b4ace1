using Medk.Core.Monitoring.Submissions;
using System.Diagnostics;
using Medk.Core.Platform.Access;
using Medk.Core.FiveHundredPlus.Concepts;
using Medk.Core.FiveHundredPlus.Cycles;
using Medk.Core.FiveHundredPlus.Risks;
using Medk.Core.FiveHundredPlus.Surveys;
using Medk.Core.Monitoring;
using Medk.Core.Platform.Organizations;
using Medk.Core.Monitoring.Reporting;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Medk.LoadTest;

/// <summary>The organizations, roadmaps and user the scenario asks for.</summary>
public sealed record Dataset(
    int RegionId,
    int MunicipalityId,
    int SchoolRoadmapId,
    int Year,
    int CycleId,
    string CoordinatorEmail,
    string Password,
    IReadOnlyList<(string Table, long Rows)> Rows);

/// <summary>
/// Fills the migrated database with one region: a federal root, the region, municipalities with their schools,
/// one roadmap per organization for the current year (the same 40-item template, see <see cref="RoadmapTemplate"/>),
/// and a year of reports: of the checkpoints due before today about 70 % confirmed, 10 % submitted and the rest
/// untouched (overdue). Rows go in with PostgreSQL COPY (binary) on the app's own DbContext connection, with ids
/// chosen here; the identity sequences are moved past them afterwards. Users are made by the app's
/// <see cref="UserAdministration"/>, the one code path that hashes passwords and grants roles.
/// </summary>
public sealed class DatasetGenerator(IServiceProvider services, LoadOptions options, Action<string> log)
{
    public const string CoordinatorEmail = "coordinator@load.medk";
    public const string Password = "load-test-2026";

    private readonly Random _random = new(options.Seed);

    public async Task<Dataset> GenerateAsync(DateOnly today, CancellationToken ct)
    {
        var year = today.Year;
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var copy = new Copier(db.Model, connection);

        // Organizations: /1/ federal, /1/2/ the region, then municipalities, then their schools.
        var orgs = new List<Org>();
        var federal = AddOrg(orgs, null, new Organization(OrganizationLevel.Federal, OrganizationKind.Authority,
            "Министерство просвещения Российской Федерации", "Минпросвещения России", null));
        var region = AddOrg(orgs, federal, new Organization(OrganizationLevel.Region, OrganizationKind.Authority,
            "Министерство образования Энской области", "Минобразования Энской области", federal.Entity));
        var municipalities = new List<Org>();
        for (var m = 0; m < options.Municipalities; m++)
        {
            var district = Names.District(m);
            municipalities.Add(AddOrg(orgs, region, new Organization(OrganizationLevel.Municipality, OrganizationKind.Authority,
                $"Управление образования администрации {district} муниципального района", $"УО {district} района", region.Entity)));
        }
        var schools = new List<(Org School, Org Municipality)>();
        foreach (var municipality in municipalities)
        {
            for (var s = 0; s < options.SchoolsPerMunicipality; s++)
            {
                var number = s + 1;
                var town = Names.Town(municipalities.IndexOf(municipality), s);
                schools.Add((AddOrg(orgs, municipality, new Organization(OrganizationLevel.School, OrganizationKind.School,
                    $"Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № {number}» {town}",
                    $"МБОУ СОШ № {number} {town}", municipality.Entity)), municipality));
            }
        }
        await copy.OrganizationsAsync(orgs, ct);
        await copy.RestartIdentityAsync<Organization>(ct);
        log($"  {orgs.Count} organizations ({clock.Elapsed.TotalSeconds:0.0} s)");

        // Users, through the app: the coordinator the scenario signs in as, and per municipality its coordinator
        // (confirms the schools' reports) and a school team member (writes them).
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var coordinator = await users.CreateAsync(new UserAdministration.NewUser(CoordinatorEmail, "Региональный координатор", Password, Role.RegionalCoordinator, region.Id), ct);
        // Who writes and who confirms the reports of a roadmap: by the owner organization (region, municipality)
        // and, for schools, by their municipality.
        var people = new Dictionary<int, (Person Reporter, Person Confirmer)>
        {
            [region.Id] = (new(coordinator.Id, coordinator.FullName), new(coordinator.Id, coordinator.FullName)),
        };
        var schoolPeople = new Dictionary<int, (Person Reporter, Person Confirmer)>();
        for (var m = 0; m < municipalities.Count; m++)
        {
            var municipality = municipalities[m];
            var moupo = await users.CreateAsync(new UserAdministration.NewUser($"moupo{m + 1}@load.medk", $"Муниципальный координатор {m + 1}", Password,
                Role.MunicipalCoordinator, municipality.Id), ct);
            var firstSchool = schools.First(s => s.Municipality == municipality).School;
            var team = await users.CreateAsync(new UserAdministration.NewUser($"school{m + 1}@load.medk", $"Команда школы {m + 1}", Password,
                Role.SchoolTeam, firstSchool.Id), ct);
            people[municipality.Id] = (new(moupo.Id, moupo.FullName), new(coordinator.Id, coordinator.FullName));
            schoolPeople[municipality.Id] = (new(team.Id, team.FullName), new(moupo.Id, moupo.FullName));
        }
        log($"  {1 + 2 * municipalities.Count} users ({clock.Elapsed.TotalSeconds:0.0} s)");

        // Roadmaps: the region's, then the municipalities', then the schools'. Items of a lower roadmap implement
        // the cascading items of the roadmap one level up.
        var plan = new Plan();
        var regionTemplate = RoadmapTemplate.For(OrganizationLevel.Region, year);
        var municipalTemplate = RoadmapTemplate.For(OrganizationLevel.Municipality, year);
        var schoolTemplate = RoadmapTemplate.For(OrganizationLevel.School, year);
        log("  template: " + RoadmapTemplate.Describe(schoolTemplate));
        var regionItems = AddRoadmap(plan, region, RoadmapStatus.InProgress, regionTemplate, null, people[region.Id], today);
        var municipalItems = new Dictionary<int, int[]>();
        foreach (var municipality in municipalities)
        {
            municipalItems[municipality.Id] = AddRoadmap(plan, municipality, RoadmapStatus.InProgress, municipalTemplate, regionItems, people[municipality.Id], today);
        }
        foreach (var (school, municipality) in schools)
        {
            // Most schools carry their roadmap out; some have it approved and not yet started.
            var status = _random.NextDouble() < 0.85 ? RoadmapStatus.InProgress : RoadmapStatus.Approved;
            AddRoadmap(plan, school, status, schoolTemplate, municipalItems[municipality.Id], schoolPeople[municipality.Id], today);
        }
        await using (var transaction = await connection.BeginTransactionAsync(ct))
        {
            await copy.RoadmapsAsync(plan.Roadmaps, ct);
            await copy.ItemsAsync(plan.Items, ct);
            await copy.ResponsiblesAsync(plan.Responsibles, ct);
            await copy.CheckpointsAsync(plan.Checkpoints, ct);
            await copy.ReportsAsync(plan.Reports, ct);
            await copy.DecisionsAsync(plan.Decisions, ct);
            await transaction.CommitAsync(ct);
        }
        await copy.RestartIdentityAsync<Roadmap>(ct);
        await copy.RestartIdentityAsync<RoadmapItem>(ct);
        await copy.RestartIdentityAsync<ItemResponsible>(ct);
        await copy.RestartIdentityAsync<Checkpoint>(ct);
        await copy.RestartIdentityAsync<ProgressReport>(ct);
        await copy.RestartIdentityAsync(copy.ReportDecisions, ct);
        log($"  {plan.Roadmaps.Count} roadmaps, {plan.Items.Count} items, {plan.Checkpoints.Count} checkpoints, {plan.Reports.Count} reports, " +
            $"{plan.Decisions.Count} decisions ({clock.Elapsed.TotalSeconds:0.0} s)");

        // The «500+» year of the region (issue 5), through EF Core on a context of its own.
        var schoolRoadmaps = plan.Roadmaps.Where(r => r.Owner.Entity.Level == OrganizationLevel.School).ToList();
        var cycle = await new CycleGenerator(services, options.Seed).GenerateAsync(region.Id, year,
            schoolRoadmaps.Select(r => new CycleGenerator.School(r.Owner.Id, r.Id)).ToList(), people[region.Id].Confirmer, ct);
        log($"  cycle {cycle.CycleId}: {cycle.Profiles} risk profiles ({cycle.Verified} verified, {cycle.Levels} levels), {cycle.Participation} survey entries, " +
            $"{cycle.Outcomes} stage outcomes, {cycle.Concepts} concept documents ({clock.Elapsed.TotalSeconds:0.0} s)");

        await copy.ExecuteAsync("VACUUM ANALYZE", ct);
        log($"  VACUUM ANALYZE ({clock.Elapsed.TotalSeconds:0.0} s)");
        await db.Database.CloseConnectionAsync();

        return new Dataset(region.Id, municipalities[0].Id, schoolRoadmaps[schoolRoadmaps.Count / 2].Id, year, cycle.CycleId, CoordinatorEmail, Password,
            await CountRowsAsync(services, ct));
    }

    /// <summary>The dataset an earlier run left (--reuse): the same choices, found by query.</summary>
    public static async Task<Dataset> FindAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var region = await db.Organizations.Where(o => o.Level == OrganizationLevel.Region).OrderBy(o => o.Id).Select(o => o.Id).FirstOrDefaultAsync(ct);
        var municipality = await db.Organizations.Where(o => o.ParentId == region && o.Level == OrganizationLevel.Municipality).OrderBy(o => o.Id).Select(o => o.Id).FirstOrDefaultAsync(ct);
        var schoolRoadmaps = await db.Roadmaps.Where(r => r.Level == OrganizationLevel.School).OrderBy(r => r.Id).Select(r => new { r.Id, r.PeriodStart }).ToListAsync(ct);
        var cycle = await CycleGenerator.FindAsync(db, region, ct);
        if (region == 0 || municipality == 0 || schoolRoadmaps.Count == 0 || cycle == 0 || !await db.Users.AnyAsync(u => u.Email == CoordinatorEmail, ct))
        {
            throw new InvalidOperationException("--reuse: the database holds no dataset of an earlier run; run once with --keep first.");
        }
        var sample = schoolRoadmaps[schoolRoadmaps.Count / 2];
        return new Dataset(region, municipality, sample.Id, sample.PeriodStart.Year, cycle, CoordinatorEmail, Password, await CountRowsAsync(services, ct));
    }

    private static async Task<IReadOnlyList<(string Table, long Rows)>> CountRowsAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        Type[] types =
        [
            typeof(Organization), typeof(Roadmap), typeof(RoadmapItem), typeof(ItemResponsible), typeof(Checkpoint),
            typeof(ProgressReport), typeof(MedkUser), typeof(RoleAssignment),
            typeof(Cycle), typeof(Participant), typeof(RiskFactor), typeof(RiskProfile), typeof(RiskProfileLevel),
            typeof(SurveyRound), typeof(SurveyParticipation), typeof(StageOutcome), typeof(ConceptDocument),
        ];
        var result = new List<(string, long)>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        // Decision histories are owned by their documents: their tables are reached through the owner's navigation.
        var tables = types.Select(t => db.Model.FindEntityType(t)!.GetTableName()!)
            .Concat(new[] { typeof(ProgressReport), typeof(ConceptDocument) }
                .Select(t => db.Model.FindEntityType(t)!.FindNavigation("Decisions")!.TargetEntityType.GetTableName()!));
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            result.Add((table, (long)(await command.ExecuteScalarAsync(ct))!));
        }
        await db.Database.CloseConnectionAsync();
        return result;
    }

    private static Org AddOrg(List<Org> orgs, Org? parent, Organization entity)
    {
        var id = orgs.Count + 1;
        var org = new Org(id, parent?.Id, OrganizationPath.Child(parent?.Path, id), entity);
        orgs.Add(org);
        return org;
    }

    /// <summary>Adds a roadmap with its items, responsibles, checkpoints and reports; returns the item ids by template index.</summary>
    private int[] AddRoadmap(Plan plan, Org owner, RoadmapStatus status, IReadOnlyList<TemplateItem> template, int[]? higher, (Person Reporter, Person Confirmer) people, DateOnly today)
    {
        var year = today.Year;
        var created = new DateTimeOffset(year, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var approval = new ApprovalDocument("Приказ", $"{10 + plan.Roadmaps.Count % 90}-од", new DateOnly(year, 1, 15), "И. И. Иванов");
        var title = $"Дорожная карта по реализации проекта адресной методической помощи «500+» ({owner.Entity.ShortName}) на {year} год";
        var roadmap = new Roadmap(owner.Id, owner.Entity.Level, title, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), created);
        roadmap.Describe(title, roadmap.PeriodStart, roadmap.PeriodEnd, approval, created);
        var roadmapId = plan.Roadmaps.Count + 1;
        plan.Roadmaps.Add(new RoadmapRow(roadmapId, owner, roadmap, status, approval));

        var ids = new int[template.Count];
        foreach (var t in template)
        {
            var itemId = plan.Items.Count + 1;
            ids[t.Index] = itemId;
            plan.Items.Add(new ItemRow(itemId, roadmapId, t.ParentIndex is { } p ? ids[p] : null, t, t.Cascades && higher is not null ? higher[t.Index] : null));
            if (t.IsSection)
            {
                continue;
            }
            plan.Responsibles.Add(new ResponsibleRow(plan.Responsibles.Count + 1, itemId, t.ResponsibleText!, owner.Id));
            foreach (var due in t.DueDates)
            {
                var checkpointId = plan.Checkpoints.Count + 1;
                var stored = CheckpointStatus.Planned;
                DateOnly? completedOn = null;
                if (due < today)
                {
                    var draw = _random.NextDouble();
                    if (draw < 0.8)
                    {
                        var submitted = Earlier(due.AddDays(-_random.Next(0, 4)), today.AddDays(-1));
                        var confirmed = draw < 0.7 ? Earlier(submitted.AddDays(_random.Next(1, 11)), today.AddDays(-1)) : (DateOnly?)null;
                        stored = confirmed is null ? CheckpointStatus.UnderReview : CheckpointStatus.Done;
                        completedOn = confirmed;
                        AddReport(plan, checkpointId, owner.Id, t, people, submitted, confirmed);
                    }
                }
                plan.Checkpoints.Add(new CheckpointRow(checkpointId, itemId, due, stored, completedOn));
            }
        }
        return ids;
    }

    private void AddReport(Plan plan, int checkpointId, int reporterId, TemplateItem t, (Person Reporter, Person Confirmer) people, DateOnly submitted, DateOnly? confirmed)
    {
        var reportId = plan.Reports.Count + 1;
        var submittedAt = At(submitted, 11);
        var confirmedAt = confirmed is { } c ? At(c, 15) : (DateTimeOffset?)null;
        decimal? value = t.Understood.IndicatorKind switch
        {
            Core.Planning.Indicators.IndicatorKind.Share => _random.Next(55, 101),
            Core.Planning.Indicators.IndicatorKind.Count => _random.Next(1, 12),
            _ => null,
        };
        plan.Reports.Add(new ReportRow(reportId, checkpointId, reporterId, people.Reporter.Id,
            $"Мероприятие «{t.Text}» проведено. Подтверждающие документы: протокол № {_random.Next(1, 200)}.", value,
            confirmed is null ? ReportStatus.Submitted : ReportStatus.Confirmed, At(submitted.AddDays(-1), 16), confirmedAt ?? submittedAt, submittedAt));
        plan.Decisions.Add(new DecisionRow(plan.Decisions.Count + 1, reportId, DecisionKind.Submitted, people.Reporter, submittedAt));
        if (confirmedAt is { } at)
        {
            plan.Decisions.Add(new DecisionRow(plan.Decisions.Count + 1, reportId, DecisionKind.Confirmed, people.Confirmer, at));
        }
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    public sealed record Org(int Id, int? ParentId, string Path, Organization Entity);

    public sealed record Person(Guid Id, string Name);

    private sealed record RoadmapRow(int Id, Org Owner, Roadmap Entity, RoadmapStatus Status, ApprovalDocument Approval);

    private sealed record ItemRow(int Id, int RoadmapId, int? ParentId, TemplateItem Template, int? ImplementsItemId);

    private sealed record ResponsibleRow(int Id, int ItemId, string Name, int OrganizationId);

    private sealed record CheckpointRow(int Id, int ItemId, DateOnly DueDate, CheckpointStatus Status, DateOnly? CompletedOn);

    private sealed record ReportRow(int Id, int CheckpointId, int ReporterId, Guid AuthorId, string Text, decimal? IndicatorValue,
        ReportStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset SubmittedAt);

    private sealed record DecisionRow(int Id, int ReportId, DecisionKind Kind, Person By, DateTimeOffset At);

    private sealed class Plan
    {
        public List<RoadmapRow> Roadmaps { get; } = [];
        public List<ItemRow> Items { get; } = [];
        public List<ResponsibleRow> Responsibles { get; } = [];
        public List<CheckpointRow> Checkpoints { get; } = [];
        public List<ReportRow> Reports { get; } = [];
        public List<DecisionRow> Decisions { get; } = [];
    }

    /// <summary>Binary COPY of each table, with table and column names taken from the app's EF Core model.</summary>
    private sealed class Copier(IModel model, NpgsqlConnection connection)
    {
        public Task OrganizationsAsync(IEnumerable<Org> rows, CancellationToken ct) => CopyAsync<Organization, Org>(rows,
            ["Id", "ParentId", "Path", "Level", "Kind", "FullName", "ShortName", "Aliases", "Code", "SearchText", "Version"],
            (w, o) =>
            {
                w.Write(o.Id, NpgsqlDbType.Integer);
                Nullable(w, o.ParentId, NpgsqlDbType.Integer);
                w.Write(o.Path, NpgsqlDbType.Varchar);
                w.Write(o.Entity.Level.ToString(), NpgsqlDbType.Varchar);
                w.Write(o.Entity.Kind.ToString(), NpgsqlDbType.Varchar);
                w.Write(o.Entity.FullName, NpgsqlDbType.Varchar);
                w.Write(o.Entity.ShortName, NpgsqlDbType.Varchar);
                w.Write(o.Entity.Aliases, NpgsqlDbType.Array | NpgsqlDbType.Text);
                Text(w, o.Entity.Code);
                w.Write(o.Entity.SearchText, NpgsqlDbType.Varchar);
                w.Write(0, NpgsqlDbType.Integer);
            }, ct);

        public Task RoadmapsAsync(IEnumerable<RoadmapRow> rows, CancellationToken ct) => CopyAsync<Roadmap, RoadmapRow>(rows,
            ["Id", "OwnerOrganizationId", "Level", "Title", "PeriodStart", "PeriodEnd", "Status", "CreatedAt", "UpdatedAt", "Version", "SearchText", "SourceColumns",
                "Approval.Kind", "Approval.Number", "Approval.Date", "Approval.Signatory"],
            (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Integer);
                w.Write(r.Owner.Id, NpgsqlDbType.Integer);
                w.Write(r.Entity.Level.ToString(), NpgsqlDbType.Varchar);
                w.Write(r.Entity.Title, NpgsqlDbType.Varchar);
                w.Write(r.Entity.PeriodStart, NpgsqlDbType.Date);
                w.Write(r.Entity.PeriodEnd, NpgsqlDbType.Date);
                w.Write(r.Status.ToString(), NpgsqlDbType.Varchar);
                w.Write(r.Entity.CreatedAt, NpgsqlDbType.TimestampTz);
                w.Write(r.Entity.UpdatedAt, NpgsqlDbType.TimestampTz);
                w.Write(0, NpgsqlDbType.Integer);
                w.Write(r.Entity.SearchText, NpgsqlDbType.Varchar);
                w.Write(r.Entity.SourceColumns, NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(r.Approval.Kind, NpgsqlDbType.Varchar);
                Text(w, r.Approval.Number);
                Nullable(w, r.Approval.Date, NpgsqlDbType.Date);
                Text(w, r.Approval.Signatory);
            }, ct);

        public Task ItemsAsync(IEnumerable<ItemRow> rows, CancellationToken ct) => CopyAsync<RoadmapItem, ItemRow>(rows,
            ["Id", "RoadmapId", "ParentId", "Position", "Number", "IsSection", "Text", "ResponsibleText", "DeadlineText", "ResultText", "Levels",
                "ImplementsItemId", "Version", "DeadlineKind", "DeadlineStart", "DeadlineTime", "DeadlineWarning",
                "IndicatorKind", "IndicatorComparator", "IndicatorTarget", "IndicatorUnit"],
            (w, i) =>
            {
                var u = i.Template.Understood;
                w.Write(i.Id, NpgsqlDbType.Integer);
                w.Write(i.RoadmapId, NpgsqlDbType.Integer);
                Nullable(w, i.ParentId, NpgsqlDbType.Integer);
                w.Write(i.Template.Position, NpgsqlDbType.Integer);
                Text(w, u.Number);
                w.Write(u.IsSection, NpgsqlDbType.Boolean);
                w.Write(u.Text, NpgsqlDbType.Varchar);
                Text(w, u.ResponsibleText);
                Text(w, u.DeadlineText);
                Text(w, u.ResultText);
                w.Write((int)u.Levels, NpgsqlDbType.Integer);
                Nullable(w, i.ImplementsItemId, NpgsqlDbType.Integer);
                w.Write(0, NpgsqlDbType.Integer);
                Text(w, u.DeadlineKind?.ToString());
                Nullable(w, u.DeadlineStart, NpgsqlDbType.Date);
                Nullable(w, u.DeadlineTime, NpgsqlDbType.Time);
                Text(w, u.DeadlineWarning);
                Text(w, u.IndicatorKind?.ToString());
                Text(w, u.IndicatorComparator?.ToString());
                Nullable(w, u.IndicatorTarget, NpgsqlDbType.Numeric);
                Text(w, u.IndicatorUnit);
            }, ct);

        public Task ResponsiblesAsync(IEnumerable<ResponsibleRow> rows, CancellationToken ct) => CopyAsync<ItemResponsible, ResponsibleRow>(rows,
            ["Id", "ItemId", "NameAsWritten", "OrganizationId", "PersonId"],
            (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Integer);
                w.Write(r.ItemId, NpgsqlDbType.Integer);
                w.Write(r.Name, NpgsqlDbType.Varchar);
                w.Write(r.OrganizationId, NpgsqlDbType.Integer);
                w.WriteNull();
            }, ct);

        public Task CheckpointsAsync(IEnumerable<CheckpointRow> rows, CancellationToken ct) => CopyAsync<Checkpoint, CheckpointRow>(rows,
            ["Id", "ItemId", "DueDate", "Status", "CancelReason", "CompletedOn", "Version"],
            (w, c) =>
            {
                w.Write(c.Id, NpgsqlDbType.Integer);
                w.Write(c.ItemId, NpgsqlDbType.Integer);
                w.Write(c.DueDate, NpgsqlDbType.Date);
                w.Write(c.Status.ToString(), NpgsqlDbType.Varchar);
                w.WriteNull();
                Nullable(w, c.CompletedOn, NpgsqlDbType.Date);
                w.Write(0, NpgsqlDbType.Integer);
            }, ct);

        public Task ReportsAsync(IEnumerable<ReportRow> rows, CancellationToken ct) => CopyAsync<ProgressReport, ReportRow>(rows,
            ["Id", "CheckpointId", "ReporterOrganizationId", "AuthorId", "Text", "IndicatorValue", "Status", "CreatedAt", "UpdatedAt", "SubmittedAt", "Version"],
            (w, r) =>
            {
                w.Write(r.Id, NpgsqlDbType.Integer);
                w.Write(r.CheckpointId, NpgsqlDbType.Integer);
                w.Write(r.ReporterId, NpgsqlDbType.Integer);
                w.Write(r.AuthorId, NpgsqlDbType.Uuid);
                w.Write(r.Text, NpgsqlDbType.Varchar);
                Nullable(w, r.IndicatorValue, NpgsqlDbType.Numeric);
                w.Write(r.Status.ToString(), NpgsqlDbType.Varchar);
                w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
                w.Write(r.UpdatedAt, NpgsqlDbType.TimestampTz);
                w.Write(r.SubmittedAt, NpgsqlDbType.TimestampTz);
                w.Write(0, NpgsqlDbType.Integer);
            }, ct);

        public Task DecisionsAsync(IEnumerable<DecisionRow> rows, CancellationToken ct) => CopyAsync<DecisionRow>(ReportDecisions, rows,
            ["Id", "ReportId", "Kind", "ByUserId", "ByName", "At", "Comment"],
            (w, d) =>
            {
                w.Write(d.Id, NpgsqlDbType.Integer);
                w.Write(d.ReportId, NpgsqlDbType.Integer);
                w.Write(d.Kind.ToString(), NpgsqlDbType.Varchar);
                w.Write(d.By.Id, NpgsqlDbType.Uuid);
                w.Write(d.By.Name, NpgsqlDbType.Varchar);
                w.Write(d.At, NpgsqlDbType.TimestampTz);
                w.WriteNull();
            }, ct);

        /// <summary>Moves the table's identity past the ids written explicitly, so that the app's own inserts go on from there.</summary>
        /// <summary>The decision history of progress reports, owned by <see cref="ProgressReport"/>.</summary>
        public IEntityType ReportDecisions => model.FindEntityType(typeof(ProgressReport))!.FindNavigation("Decisions")!.TargetEntityType;

        public Task RestartIdentityAsync<T>(CancellationToken ct) => RestartIdentityAsync(model.FindEntityType(typeof(T))!, ct);

        public Task RestartIdentityAsync(IEntityType entity, CancellationToken ct)
        {
            var table = entity.GetTableName()!;
            var id = entity.FindProperty("Id")!.GetColumnName();
            return ExecuteAsync($"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{id}'), GREATEST((SELECT max(\"{id}\") FROM \"{table}\"), 1))", ct);
        }

        public async Task ExecuteAsync(string sql, CancellationToken ct)
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync(ct);
        }

        private Task CopyAsync<TEntity, TRow>(IEnumerable<TRow> rows, string[] properties, Action<NpgsqlBinaryImporter, TRow> write, CancellationToken ct) =>
            CopyAsync(model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model."), rows, properties, write, ct);

        private async Task CopyAsync<TRow>(IEntityType entity, IEnumerable<TRow> rows, string[] properties, Action<NpgsqlBinaryImporter, TRow> write, CancellationToken ct)
        {
            var columns = properties.Select(p => Column(entity, p));
            var sql = $"COPY \"{entity.GetTableName()}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
            await using var importer = await connection.BeginBinaryImportAsync(sql, ct);
            foreach (var row in rows)
            {
                importer.StartRow();
                write(importer, row);
            }
            await importer.CompleteAsync(ct);
        }

        private static string Column(IEntityType entity, string property)
        {
            var dot = property.IndexOf('.');
            if (dot > 0)
            {
                var owned = entity.FindNavigation(property[..dot])?.TargetEntityType
                    ?? throw new InvalidOperationException($"{entity.DisplayName()} has no owned {property[..dot]}.");
                return Column(owned, property[(dot + 1)..]);
            }
            var found = entity.FindProperty(property) ?? throw new InvalidOperationException($"{entity.DisplayName()} has no property {property}.");
            return found.GetColumnName();
        }

        private static void Text(NpgsqlBinaryImporter w, string? value)
        {
            if (value is null)
            {
                w.WriteNull();
            }
            else
            {
                w.Write(value, NpgsqlDbType.Varchar);
            }
        }

        private static void Nullable<TValue>(NpgsqlBinaryImporter w, TValue? value, NpgsqlDbType type) where TValue : struct
        {
            if (value is { } v)
            {
                w.Write(v, type);
            }
            else
            {
                w.WriteNull();
            }
        }
    }
}

/// <summary>Invented but plausible place names.</summary>
internal static class Names
{
    private static readonly string[] Districts =
    [
        "Алексеевского", "Березовского", "Васильевского", "Грачёвского", "Дубровского", "Еланского", "Жуковского", "Заречного", "Ивановского", "Калининского",
        "Липовского", "Малиновского", "Никольского", "Озёрского", "Петровского", "Раздольненского", "Сосновского", "Троицкого", "Ульяновского", "Фёдоровского",
        "Хлебниковского", "Черновского", "Шатровского", "Щербинского", "Юрьевского", "Ярцевского", "Богородского", "Вознесенского", "Горского", "Дмитровского",
    ];

    private static readonly string[] Towns =
    [
        "Алексеевка", "Берёзовка", "Васильевка", "Грачёвка", "Дубровка", "Елань", "Жуковка", "Заречье", "Ивановка", "Калинино",
        "Липовка", "Малиновка", "Никольское", "Озёрки", "Петровка", "Раздолье", "Сосновка", "Троицкое", "Ульяновка", "Фёдоровка",
    ];

    public static string District(int index) =>
        Districts[index % Districts.Length] + (index >= Districts.Length ? $" {index / Districts.Length + 1}-го" : "");

    public static string Town(int district, int school) => school % 4 == 0
        ? $"г. {Towns[district % Towns.Length]}"
        : $"с. {Towns[(district + school) % Towns.Length]}";
}
