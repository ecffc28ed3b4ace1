using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Medk.Core.Platform.Access;
using Medk.Core.Monitoring;
using Medk.Core.Platform.Organizations;
using Medk.Data.Persistence;
using Medk.Web.Features.Planning.Roadmaps;
using Medk.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Web.Tests.Scenarios;

/// <summary>A roadmap on its period: the Gantt chart, the calendar of checkpoints and the timeline API, all filtered alike.</summary>
public abstract class TimelineTests(AppFixture fixture)
{
    private TestWorld World => fixture.World;

    /// <summary>
    /// The test roadmap (section 1 with 1.1 «До 1 марта», РУО and 1.2 «28 января», ИМЦ) plus a section 2 with a range,
    /// the whole period, an external schedule and a weekly deadline. The year is 2022, so open checkpoints are overdue.
    /// </summary>
    private async Task<(Actor Coordinator, Organization Municipality, int RoadmapId, JsonArray Items)> RoadmapAsync()
    {
        var municipality = await World.MunicipalityAsync(await World.RegionAsync());
        var coordinator = await World.UserAsync(Role.MunicipalCoordinator, municipality);
        var roadmap = await World.RoadmapAsync(municipality);
        var url = $"/api/roadmaps/{roadmap.Id}/items";
        var section = await (await coordinator.Api.PostJsonAsync(url, new { number = "2", isSection = true, text = "Мониторинг и оценка" })).ReadNodeAsync();
        var sectionId = (int)section["id"]!;
        foreach (var (number, text, responsible, deadline) in new[]
        {
            ("2.1", "Проведение стартовой диагностики", "Ёлкинская СОШ", "С 18 января по 4 февраля"),
            ("2.2", "Сопровождение школ кураторами", "Кураторы", "В течение года"),
            ("2.3", "Участие в семинарах", "ИМЦ", "По плану РУМО"),
            ("2.4", "Консультационные часы", "ИМЦ", "Еженедельно, пятница, 15.00"),
        })
        {
            var added = await coordinator.Api.PostJsonAsync(url, new { parentId = sectionId, number, text, responsibleText = responsible, deadlineText = deadline });
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }
        return (coordinator, municipality, roadmap.Id, (await coordinator.Api.GetNodeAsync(url)).AsArray());
    }

    private static JsonNode Item(JsonArray items, string number) => items.First(i => (string?)i!["number"] == number)!;

    private static int CheckpointOf(JsonArray items, string number) => (int)Item(items, number)["checkpoints"]![0]!["id"]!;

    /// <summary>Sets a stored status directly: the report workflow that leads there is tested elsewhere.</summary>
    private async Task SetStatusAsync(int checkpointId, CheckpointStatus status)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MedkDbContext>();
        var checkpoint = await db.Checkpoints.SingleAsync(c => c.Id == checkpointId);
        db.Entry(checkpoint).Property(c => c.Status).CurrentValue = status;
        await db.SaveChangesAsync();
    }

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task GanttPage_ShowsAMarkerPerCheckpoint_LinkedToItsPage()
    {
        var (coordinator, _, id, items) = await RoadmapAsync();
        var browser = await World.LoginAsync(coordinator);

        var html = Decode(await browser.GetStringAsync($"/Roadmaps/Timeline/{id}"));

        var checkpoints = items.SelectMany(i => i!["checkpoints"]!.AsArray()).Select(c => (int)c!["id"]!).ToList();
        Assert.True(checkpoints.Count > 50, "weekly consultations alone give one checkpoint a week");
        Assert.Equal(checkpoints.Count, Regex.Matches(html, "class=\"tl-marker").Count);
        Assert.All(checkpoints, c => Assert.Contains($"href=\"/Checkpoints/Details/{c}\"", html));
        Assert.Contains("title=\"01.03.2022 — Просрочено\"", html);
        Assert.Contains("title=\"28.01.2022 — Просрочено\"", html);
        Assert.Contains(">янв 2022<", html);
        Assert.Contains(">дек 2022<", html);
        Assert.Contains("tl-bar tl-bar-range", html);
        Assert.Contains("tl-bar tl-bar-period", html);
        Assert.Contains("tl-marker-sm", html);
        Assert.Matches("class=\"tl-note[^\"]*\"[^>]*>По плану РУМО<", html);
        Assert.DoesNotContain("class=\"tl-today\"", html); // 2022 is over: no today line
        Assert.Contains("Диаграмма Ганта", html);
    }

    [Fact]
    public async Task GanttStatusFilter_ShowsOnlyThatStatus_AndOnlyOpenHidesDoneWork()
    {
        var (coordinator, _, id, items) = await RoadmapAsync();
        var done = CheckpointOf(items, "1.2");
        var overdue = CheckpointOf(items, "1.1");
        await SetStatusAsync(done, CheckpointStatus.Done);
        var browser = await World.LoginAsync(coordinator);

        var onlyDone = Decode(await browser.GetStringAsync($"/Roadmaps/Timeline/{id}?status=Done"));
        Assert.Contains($"href=\"/Checkpoints/Details/{done}\" title=\"28.01.2022 — Выполнено\"", onlyDone);
        Assert.DoesNotContain($"/Checkpoints/Details/{overdue}\"", onlyDone);
        Assert.Single(Regex.Matches(onlyDone, "class=\"tl-marker"));
        Assert.Contains($"id=\"row-{(int)Item(items, "1")["id"]!}\"", onlyDone); // the section stays as the row's group
        Assert.DoesNotContain($"id=\"row-{(int)Item(items, "2")["id"]!}\"", onlyDone);
        Assert.Contains($"href=\"/Roadmaps/Calendar/{id}?status=Done\"", onlyDone);

        var open = Decode(await browser.GetStringAsync($"/Roadmaps/Timeline/{id}?open=true"));
        Assert.DoesNotContain($"/Checkpoints/Details/{done}\"", open);
        Assert.Contains($"/Checkpoints/Details/{overdue}\"", open);
        Assert.Contains("checked=\"checked\"", open);
    }

    [Fact]
    public async Task GanttResponsibleAndSectionFilters_NarrowTheRows()
    {
        var (coordinator, _, id, items) = await RoadmapAsync();
        var browser = await World.LoginAsync(coordinator);

        var byResponsible = Decode(await browser.GetStringAsync($"/Roadmaps/Timeline/{id}?responsible=елкинская"));
        Assert.Contains("Проведение стартовой диагностики", byResponsible);
        Assert.DoesNotContain("Анкетирование кураторов", byResponsible);

        var sectionId = (int)Item(items, "2")["id"]!;
        var bySection = Decode(await browser.GetStringAsync($"/Roadmaps/Timeline/{id}?section={sectionId}"));
        Assert.Contains("Консультационные часы", bySection);
        Assert.DoesNotContain("Анкетирование кураторов", bySection);
        Assert.Contains($"<option value=\"{sectionId}\" selected=\"selected\">", bySection);
    }

    [Fact]
    public async Task Calendar_ShowsACheckpointOnItsDay_AndMovesBetweenMonthsKeepingFilters()
    {
        var (coordinator, _, id, items) = await RoadmapAsync();
        var browser = await World.LoginAsync(coordinator);

        var march = Decode(await browser.GetStringAsync($"/Roadmaps/Calendar/{id}?month=2022-03"));
        Assert.Contains("<h2 class=\"h5 mb-0\">Март 2022</h2>", march);
        var firstOfMarch = Regex.Match(march, "data-date=\"2022-03-01\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"href=\"/Checkpoints/Details/{CheckpointOf(items, "1.1")}\"", firstOfMarch);
        Assert.Contains("1.1 Определение муниципального координатора", firstOfMarch);
        Assert.Contains("Просрочено", march); // the list below the grid carries the status in words
        Assert.Contains(">Пн<", march);
        Assert.Contains(">Вс<", march);

        // 2022 is over, so the calendar opens on the period's first month.
        var first = Decode(await browser.GetStringAsync($"/Roadmaps/Calendar/{id}?responsible=ИМЦ"));
        Assert.Contains("<h2 class=\"h5 mb-0\">Январь 2022</h2>", first);
        Assert.Contains($"href=\"/Checkpoints/Details/{CheckpointOf(items, "1.2")}\"", first);
        Assert.DoesNotContain("Проведение стартовой диагностики", first);
        Assert.Contains($"href=\"/Roadmaps/Calendar/{id}?month=2022-02&responsible=%D0%98%D0%9C%D0%A6\"", first);
        Assert.Contains("начало периода", first);
    }

    [Fact]
    public async Task UserOfAnotherTerritory_GetsNotFound_ForPagesAndApi()
    {
        var (_, _, id, _) = await RoadmapAsync();
        var stranger = await World.UserAsync(Role.MunicipalCoordinator, await World.MunicipalityAsync(await World.RegionAsync()));
        var browser = await World.LoginAsync(stranger);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Roadmaps/Timeline/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Roadmaps/Calendar/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Api.GetAsync($"/api/roadmaps/{id}/timeline")).StatusCode);
    }

    [Fact]
    public async Task Api_ReturnsThePeriodAndItemsWithReachAndCheckpoints_Filtered()
    {
        var (coordinator, _, id, items) = await RoadmapAsync();
        await SetStatusAsync(CheckpointOf(items, "1.2"), CheckpointStatus.UnderReview);

        var all = await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/timeline");
        Assert.Equal(id, (int)all["roadmapId"]!);
        Assert.Equal("2022-01-01", (string)all["periodStart"]!);
        Assert.Equal("2022-12-31", (string)all["periodEnd"]!);
        var rows = all["items"]!.AsArray();
        Assert.Equal(items.Count, rows.Count);
        Assert.Equal(["1", "1.1", "1.2", "2", "2.1", "2.2", "2.3", "2.4"], rows.Select(r => (string)r!["number"]!));

        var due = Item(rows, "1.1");
        Assert.Equal("due", (string)due["kind"]!);
        Assert.Equal("До 1 марта", (string)due["deadlineText"]!);
        Assert.Equal(1, (int)due["depth"]!);
        Assert.False((bool)due["isSection"]!);
        Assert.Equal("2022-03-01", (string)due["end"]!);
        var checkpoint = due["checkpoints"]![0]!;
        Assert.Equal(CheckpointOf(items, "1.1"), (int)checkpoint["id"]!);
        Assert.Equal("2022-03-01", (string)checkpoint["dueDate"]!);
        Assert.Equal("Overdue", (string)checkpoint["status"]!);
        Assert.Equal("UnderReview", (string)Item(rows, "1.2")["checkpoints"]![0]!["status"]!);

        var range = Item(rows, "2.1");
        Assert.Equal(("range", "2022-01-18", "2022-02-04"), ((string)range["kind"]!, (string)range["start"]!, (string)range["end"]!));
        var period = Item(rows, "2.2");
        Assert.Equal(("period", "2022-01-01", "2022-12-31"), ((string)period["kind"]!, (string)period["start"]!, (string)period["end"]!));
        var external = Item(rows, "2.3");
        Assert.Equal("external", (string)external["kind"]!);
        Assert.Null(external["start"]);
        Assert.Empty(external["checkpoints"]!.AsArray());
        var section = Item(rows, "1");
        Assert.True((bool)section["isSection"]!);
        Assert.Equal(("2022-01-28", "2022-03-01"), ((string)section["start"]!, (string)section["end"]!));
        Assert.False(section.AsObject().ContainsKey("responsible"));

        var underReview = (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/timeline?status=underreview"))["items"]!.AsArray();
        Assert.Equal(["1", "1.2"], underReview.Select(r => (string)r!["number"]!));

        var imc = (await coordinator.Api.GetNodeAsync($"/api/roadmaps/{id}/timeline?responsible=имц&section={(int)Item(rows, "2")["id"]!}"))["items"]!.AsArray();
        Assert.Equal(["2", "2.3", "2.4"], imc.Select(r => (string)r!["number"]!));

        var wrong = await coordinator.Api.GetAsync($"/api/roadmaps/{id}/timeline?status=Finished");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Неизвестный статус", (string)(await wrong.ReadNodeAsync())["detail"]!);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class TimelineOnSqlite(SqliteFixture fixture) : TimelineTests(fixture);

[Collection(PostgresCollection.Name)]
public sealed class TimelineOnPostgres(PostgresFixture fixture) : TimelineTests(fixture);

/// <summary>The projection itself, on hand-made items: no database, no HTTP.</summary>
public sealed class RoadmapTimelineTests
{
    private static readonly RoadmapView Roadmap = new(7, "Дорожная карта", 1, "РУО", "/1/", OrganizationLevel.Municipality,
        new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), Medk.Core.Planning.Roadmaps.RoadmapStatus.Approved, null, 1,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, false, []);

    private static int _ids = 100;

    private static ItemView Item(int id, int? parent, int depth, string number, string text, string? responsible = null,
        string? kind = null, DateOnly? start = null, params (DateOnly Due, CheckpointStatus Status)[] checkpoints) =>
        new(id, parent, 0, depth, number, !number.Contains('.'), text, responsible, null, null, [], null,
            responsible is null ? [] : [new ResponsibleView(responsible, null, null)],
            kind is null ? null : new DeadlineView(kind, start, null, null, checkpoints.Select(c => c.Due).ToList()),
            null, checkpoints.Select(c => new CheckpointRef(_ids++, c.Due, c.Status)).ToList(), 0);

    private static DateOnly D(int month, int day) => new(2022, month, day);

    private static readonly IReadOnlyList<ItemView> Items =
    [
        Item(1, null, 0, "1", "Организация"),
        Item(2, 1, 1, "1.1", "Назначение координатора", "РУО", "due", null, (D(3, 1), CheckpointStatus.Done)),
        Item(3, 1, 1, "1.2", "Анкетирование", "ИМЦ", "date", null, (D(1, 28), CheckpointStatus.Overdue)),
        Item(4, 3, 2, "1.2.1", "Сводный отчёт по анкетам", null, "date", null, (D(2, 10), CheckpointStatus.Planned)),
        Item(5, null, 0, "2", "Мониторинг"),
        Item(6, 5, 1, "2.1", "Диагностика", "Ёлкинская СОШ", "range", D(1, 18), (D(2, 4), CheckpointStatus.Cancelled)),
        Item(7, 5, 1, "2.2", "Сопровождение", "Кураторы", "period", null, (D(12, 31), CheckpointStatus.Planned)),
        Item(8, 5, 1, "2.3", "Семинары", "ИМЦ", "external"),
    ];

    private static IEnumerable<string?> Numbers(TimelineView view) => view.Items.Select(i => i.Number);

    [Fact]
    public void WithoutFilters_EveryItemInDocumentOrder_WithItsReach()
    {
        var view = RoadmapTimeline.Build(Roadmap, Items, new TimelineFilter());

        Assert.Equal(["1", "1.1", "1.2", "1.2.1", "2", "2.1", "2.2", "2.3"], Numbers(view));
        Assert.Equal([(1, "1", "Организация"), (5, "2", "Мониторинг")], view.Sections.Select(s => (s.Id, s.Number, s.Text)));
        var range = view.Items.Single(i => i.Id == 6);
        Assert.Equal((D(1, 18), D(2, 4), true), (range.Start!.Value, range.End!.Value, range.HasBar));
        var period = view.Items.Single(i => i.Id == 7);
        Assert.Equal((D(1, 1), D(12, 31), true), (period.Start!.Value, period.End!.Value, period.HasBar));
        var date = view.Items.Single(i => i.Id == 3);
        Assert.Equal((D(1, 28), D(1, 28), false), (date.Start!.Value, date.End!.Value, date.HasBar));
        var external = view.Items.Single(i => i.Id == 8);
        Assert.Equal(("external", null, null), (external.Kind, external.Start, external.End));
        var first = view.Items.Single(i => i.Id == 1);
        Assert.Equal((D(1, 28), D(3, 1)), (first.Start!.Value, first.End!.Value));
        Assert.Null(first.Kind);
    }

    [Fact]
    public void StatusFilter_KeepsMatchingCheckpoints_AndTheSectionsAboveThem()
    {
        var view = RoadmapTimeline.Build(Roadmap, Items, new TimelineFilter(Status: CheckpointStatus.Planned));

        Assert.Equal(["1", "1.2", "1.2.1", "2", "2.2"], Numbers(view));
        Assert.Empty(view.Items.Single(i => i.Id == 3).Checkpoints); // shown as the parent of 1.2.1, its own point is not planned
        Assert.All(view.Items.SelectMany(i => i.Checkpoints), c => Assert.Equal(CheckpointStatus.Planned, c.Status));
    }

    [Fact]
    public void OpenOnly_HidesDoneAndCancelled()
    {
        var view = RoadmapTimeline.Build(Roadmap, Items, new TimelineFilter(OpenOnly: true));

        Assert.Equal(["1", "1.2", "1.2.1", "2", "2.2"], Numbers(view));
        Assert.DoesNotContain(view.Items.SelectMany(i => i.Checkpoints), c => c.Status is CheckpointStatus.Done or CheckpointStatus.Cancelled);
    }

    [Theory]
    [InlineData("елкинская", new[] { "2", "2.1" })]
    [InlineData("ЁЛКИНСКАЯ  сош", new[] { "2", "2.1" })]
    [InlineData("имц", new[] { "1", "1.2", "1.2.1", "2", "2.3" })] // 1.2.1 names nobody: its parent's ИМЦ does it
    [InlineData("минобр", new string[0])]
    public void ResponsibleFilter_FoldsCaseAndYo(string responsible, string[] expected)
    {
        var view = RoadmapTimeline.Build(Roadmap, Items, new TimelineFilter(Responsible: responsible));

        Assert.Equal(expected, Numbers(view));
    }

    [Fact]
    public void SectionFilter_ShowsTheSectionAndWhatIsUnderIt_AndCombinesWithOthers()
    {
        Assert.Equal(["1", "1.1", "1.2", "1.2.1"], Numbers(RoadmapTimeline.Build(Roadmap, Items, new TimelineFilter(Section: 1))));
        Assert.Equal(["2", "2.3"], Numbers(RoadmapTimeline.Build(Roadmap, Items, new TimelineFilter(Responsible: "ИМЦ", Section: 5))));
        Assert.Empty(RoadmapTimeline.Build(Roadmap, Items, new TimelineFilter(Section: 999)).Items);
    }

    [Fact]
    public void Axis_PlacesDaysInPercentOfThePeriod_AndMonthsFillIt()
    {
        var view = RoadmapTimeline.Build(Roadmap, Items, new TimelineFilter());

        Assert.Equal(0, view.Left(D(1, 1)));
        Assert.Equal(181 * 100.0 / 365, view.Left(D(7, 1)), 6);
        Assert.Equal(100, view.Left(new DateOnly(2023, 5, 1)));
        Assert.Equal(0.5 * 100 / 365, view.Middle(D(1, 1)), 6);
        Assert.Equal(100, view.Width(new DateOnly(2021, 6, 1), new DateOnly(2023, 6, 1)), 6);
        Assert.Equal(0, view.Width(D(3, 1), D(2, 1)));
        var months = view.Months();
        Assert.Equal(12, months.Count);
        Assert.Equal(("янв 2022", "дек 2022"), (months[0].Label, months[^1].Label));
        Assert.Equal(100, months.Sum(m => m.Width), 6);
        Assert.Equal(31 * 100.0 / 365, months[0].Width, 6);
        Assert.Equal("27.397%", RoadmapTimeline.Percent(100.0 / 365 * 100));
    }

    [Fact]
    public void Axis_OfAPeriodStartingMidMonth_CutsTheFirstAndLastMonths()
    {
        var school = Roadmap with { PeriodStart = new DateOnly(2022, 9, 15), PeriodEnd = new DateOnly(2023, 5, 31) };
        var months = RoadmapTimeline.Build(school, [], new TimelineFilter()).Months();

        Assert.Equal(9, months.Count);
        Assert.Equal(("сен 2022", "май 2023"), (months[0].Label, months[^1].Label));
        Assert.Equal(0, months[0].Left);
        Assert.Equal(16 * 100.0 / 259, months[0].Width, 6);
        Assert.Equal(100, months.Sum(m => m.Width), 6);
    }

    [Fact]
    public void CheckpointsIn_AMonth_AreByDate_WithTheirItems()
    {
        var view = RoadmapTimeline.Build(Roadmap, Items, new TimelineFilter());

        var february = view.CheckpointsIn(2022, 2);
        Assert.Equal([("2.1", D(2, 4)), ("1.2.1", D(2, 10))], february.Select(e => (e.Item.Number, e.Checkpoint.DueDate)));
        Assert.Empty(view.CheckpointsIn(2022, 6));
    }

    [Theory]
    [InlineData("2022-03", "2026-11-20", "2022-03-01")]
    [InlineData("2021-11", "2026-11-20", "2022-01-01")]
    [InlineData("2030-01", "2026-11-20", "2022-12-01")]
    [InlineData(null, "2022-05-17", "2022-05-01")]
    [InlineData("март", "2026-11-20", "2022-01-01")]
    public void Calendar_OpensOnTheAskedMonth_ElseTodaysWithinThePeriod_ElseTheFirst(string? asked, string today, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), CalendarModel.ChooseMonth(asked, D(1, 1), D(12, 31), DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData(null, true, null)]
    [InlineData("Done", true, CheckpointStatus.Done)]
    [InlineData("underreview", true, CheckpointStatus.UnderReview)]
    [InlineData("42", false, null)]
    [InlineData("Просрочено", false, null)]
    public void StatusText_IsParsedLeniently_ButOnlyToRealStatuses(string? text, bool ok, CheckpointStatus? expected)
    {
        Assert.Equal(ok, TimelineFilter.TryParseStatus(text, out var status));
        Assert.Equal(expected, status);
    }

    [Fact]
    public void FilterQuery_KeepsEveryFilterForLinks()
    {
        var query = new TimelineFilter(CheckpointStatus.Overdue, " ИМЦ ", 5, true).Query().ToList();

        KeyValuePair<string, string?>[] expected = [new("status", "Overdue"), new("responsible", "ИМЦ"), new("section", "5"), new("open", "true")];
        Assert.Equal(expected, query);
        Assert.Empty(new TimelineFilter().Query());
    }
}
