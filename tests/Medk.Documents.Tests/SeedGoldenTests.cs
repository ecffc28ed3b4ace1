using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

public class SeedGoldenTests
{
    public static TheoryData<string> SeedNames => new(Seeds.Names);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Import_Seed_YieldsRowsAsReadByHand(string seed)
    {
        var roadmap = Seeds.Import(seed);
        var expected = SeedExpectations.For(seed);

        Assert.Equal(expected.Count(e => e.Kind == 'i'), roadmap.Items.Count(i => !i.IsSection));
        Assert.Equal(expected.Count(e => e.Kind == 's'), roadmap.Items.Count(i => i.IsSection));
        for (var i = 0; i < expected.Length; i++)
        {
            var (want, got) = (expected[i], roadmap.Items[i]);
            var where = $"{seed}, row {i} ({want.Number})";
            Assert.True(want.Kind == (got.IsSection ? 's' : 'i'), $"{where}: kind {got.Kind}");
            Assert.True(want.Number == got.Number, $"{where}: number «{got.Number}»");
            Assert.True(got.Title.StartsWith(want.TextStart, StringComparison.Ordinal), $"{where}: title «{got.Title}»");
            Assert.True(want.Deadline == (got.DeadlineText ?? ""), $"{where}: deadline «{got.DeadlineText}»");
        }
    }

    [Fact]
    public void Import_AllSeeds_Hold182Items()
    {
        var total = Seeds.Names.Sum(name => Seeds.Import(name).Items.Count(i => !i.IsSection));

        Assert.Equal(182, total);
    }

    [Fact]
    public void Import_Seed000_ReadsPreambleOfMunicipalOrder()
    {
        var roadmap = Seeds.Import(Seeds.Names[0]);

        Assert.Equal("Управление образованием администрации МР «Сретенский район» Забайкальского края", roadmap.Owner);
        Assert.Equal(new ImportedApproval("Приказ", "102-1", new DateOnly(2022, 3, 4), "И.А. Магон"), roadmap.Approval);
        Assert.Equal("Дорожная карта реализации проекта адресной методической помощи «500+» в 2022 году", roadmap.Title);
        Assert.Equal(Core.Planning.Schedules.DatePeriod.Year(2022), roadmap.Period);
    }

    [Fact]
    public void Import_Seed000_NestsItemsUnderNumberedSectionsAndKeepsUnnumberedItem()
    {
        var items = Seeds.Import(Seeds.Names[0]).Items;

        Assert.Equal(0, items.Single(i => i.Number == "1").Depth);
        Assert.Equal(1, items.Single(i => i.Number == "1.1" && i.IsSection).Depth);
        Assert.Equal(2, items.Single(i => i.Number == "1.1.1").Depth);
        Assert.Equal(1, items.Single(i => i.Number == "2.1").Depth);
        var unnumbered = items.Single(i => i.Number is null);
        Assert.Equal(1, unnumbered.Depth);
        Assert.StartsWith("Доля 100% из числа включенных в проект", unnumbered.Result);
    }

    [Fact]
    public void Import_Seed000_MergesRowsCutByPageBreaks()
    {
        var items = Seeds.Import(Seeds.Names[0]).Items;

        Assert.EndsWith("«500+» и дорожной карты школы-участника проекта", items.Single(i => i.Number == "1.1.6").Title);
        Assert.EndsWith("- кураторов; - руководителей и педагогов школ--участников проекта «500+»", items.Single(i => i.Number == "2.2").Title);
        var item43 = items.Single(i => i.Number == "4.3");
        Assert.Equal("Осуществление подготовки подтверждающих документов исполненных мероприятий антирисковых программ", item43.Title);
        Assert.Equal("Доля ОО, чьи подтверждающие документы соответствуют параметрам экспертизы, составляет 100%", item43.Result);
        Assert.EndsWith("по результатам участия в проекте", items.Single(i => i.Number == "7.1").Title);
    }

    [Fact]
    public void Import_Seed000_TurnsHtmlListIntoBulletLines()
    {
        var item = Seeds.Import(Seeds.Names[0]).Items.Single(i => i.Number == "3.1");

        Assert.Equal(
            "Оказание помощи и консультирование школ участников проекта по работе в ИС МЭДК:\n• самодиагностика\n• активизация рискованного профиля\n"
            + "• заполнение стратегических и программных документов\n• отчетов\n• чек- листов",
            item.Title);
    }

    [Fact]
    public void Import_Seed001_ReadsOneCellPerLineAndReportsBrokenNumbering()
    {
        var roadmap = Seeds.Import(Seeds.Names[1]);

        Assert.Equal("Управление образования городского округа Первоуральск", roadmap.Owner);
        Assert.Equal(new ImportedApproval("Распоряжение", "65", new DateOnly(2021, 1, 20), null), roadmap.Approval);
        Assert.Equal("Дорожная карта", roadmap.Title);
        Assert.Equal(Core.Planning.Schedules.DatePeriod.Year(2022), roadmap.Period);
        Assert.Equal(["О.А. Ефимова", "руководители ОО", "кураторы"], roadmap.Items.Single(i => i.Number == "10").Responsible);
        Assert.Contains("государственной программы Свердловской области", roadmap.Items.Single(i => i.Number == "5").Title);
        Assert.Equal("Данные о кураторах и руководителях отобранных школ направлены региональному куратору.\nСписок кураторов.", roadmap.Items[0].Result);
        Assert.Null(roadmap.Items.Single(i => i.Number == "13").Result);
        var broken = roadmap.Items.Single(i => i.Number == "331");
        Assert.Contains(roadmap.Warnings, w => w.Row == broken.SourceRow && w.Message.Contains("«331»"));
    }

    [Fact]
    public void Import_Seed002_ReadsRegionalOrderWithLevelsAndShiftedColumns()
    {
        var roadmap = Seeds.Import(Seeds.Names[2]);
        var items = roadmap.Items;

        Assert.Equal("Министерство образования и науки Республики Калмыкия", roadmap.Owner);
        Assert.Equal(new ImportedApproval("Приказ", "1692", new DateOnly(2021, 12, 20), "Б.Б. Ангирова"), roadmap.Approval);
        Assert.Equal("«Дорожная карта» (региональные мероприятия) по реализации федерального проекта «500+» в 2022 г.", roadmap.Title);
        Assert.Equal(Core.Planning.Schedules.DatePeriod.Year(2022), roadmap.Period);
        Assert.Equal(["региональный", "муниципальный"], items[0].Levels);
        Assert.Equal(["федеральный", "региональный", "муниципальный"], items[1].Levels);
        Assert.EndsWith("путем распространения их результатов в 2022 году", items.Single(i => i.Number == "9").Title);
        var item15 = items.Single(i => i.Number == "15");
        Assert.Equal(["\"Республиканский центр оценки качества образования\" (ЦОКО)"], item15.Responsible);
        Assert.EndsWith("повышению качества образования на результатов мониторинговых исследований, направленных муниципальным операторам", item15.Result);
        Assert.Equal(["региональный", "муниципальный"], item15.Levels);
        var item16 = items.Single(i => i.Number == "16");
        Assert.Equal("в мероприятиях принять участие школы ПННОР", item16.Result);
        Assert.Equal(["федеральный"], item16.Levels);
        var item21 = items.Single(i => i.Number == "21");
        Assert.Equal("отслеживание выполнения размещения информации", item21.Result);
        Assert.Equal(["МО И Н РК", "БУ ДПО РК «КРИПКРО»", "Муниципалитеты"], item21.Responsible);
        Assert.Equal(
            ["Министерство образования и науки Республики Калмыкия (МОиНРК)", "БУ ДПО РК «Калмыцкий республиканский институт повышения квалификации работников образования»", "муниципальные органы управления образованием (БУ ДПО РК «КРИПКРО»)"],
            items[0].Responsible);
        Assert.Equal(["Мойн РК", "Муниципалитеты"], items.Single(i => i.Number == "33").Responsible);
        Assert.StartsWith("Разработка нормативно-правовой базы, регламентирующей реализацию проекта:\n- приказ", items[0].Title);
    }

    [Fact]
    public void Import_Seed003_PutsFlatItemsUnderRiskSections()
    {
        var roadmap = Seeds.Import(Seeds.Names[3]);
        var items = roadmap.Items;

        Assert.Equal("МКУ «Управление образования местной администрации МО «Баунтовский эвенкийский район»»", roadmap.Owner);
        Assert.Equal(new ImportedApproval("Приказ", "22", new DateOnly(2021, 3, 18), "Гомбоева В.М."), roadmap.Approval);
        Assert.StartsWith("Муниципальный проект («Дорожная карта») по поддержке общеобразовательных организаций", roadmap.Title);
        Assert.Equal(new Core.Planning.Schedules.DatePeriod(new DateOnly(2021, 1, 1), new DateOnly(2022, 12, 31)), roadmap.Period);
        Assert.Equal(1, items.Single(i => i.Number == "1" && !i.IsSection).Depth);
        Assert.Equal(2, items.Single(i => i.Number == "11").Depth);
        Assert.Equal(1, items.Single(i => i.Number == "2.1").Depth);
        Assert.Equal(2, items.Single(i => i.Number == "27").Depth);
        Assert.EndsWith("Корректировка плана КПК. Снижение риска предметных и методических дефицитов", items.Single(i => i.Number == "21").Result);
        Assert.Equal("Разработаны муниципальный и школьные алгоритмы проведения ЕМД. Определены механизмы управления внедрением ЕМД", items.Single(i => i.Number == "22").Result);
        Assert.EndsWith("классных руководителей «Результаты реализации программы воспитания: обмен опытом»", items.Single(i => i.Number == "49").Title);
        Assert.EndsWith("в процесс перехода образовательных организаций в эффективный режим функционирования", items.Single(i => i.Number == "63").Title);
        Assert.Equal(["ИМЦ РУО", "ОО"], items.Single(i => i.Number == "18").Responsible);
        Assert.DoesNotContain(roadmap.Warnings, w => w.Message.Contains("нумерац"));
    }

    [Fact]
    public void Import_Seed004_ReadsRegionalPlanWithoutYearInTitle()
    {
        var roadmap = Seeds.Import(Seeds.Names[4]);

        Assert.Equal("Департамент образования Ярославской области", roadmap.Owner);
        Assert.Equal(new ImportedApproval("Приказ", "20/01-04", new DateOnly(2021, 1, 1), "И.В.Лобода"), roadmap.Approval);
        Assert.StartsWith("План-график («дорожная карта») по оказанию методической поддержки", roadmap.Title);
        Assert.Equal(Core.Planning.Schedules.DatePeriod.Year(2021), roadmap.Period);
        Assert.EndsWith("100% школ активировали рисковые направления в ИС МЭДК", roadmap.Items.Single(i => i.Number == "10").Result);
        Assert.Equal([ColumnKind.Number, ColumnKind.Text, ColumnKind.Deadline, ColumnKind.Result], roadmap.Columns.Select(c => c.Kind));
        Assert.Equal("Региональный показатель реализации", roadmap.Columns[^1].Caption);
    }

    [Fact]
    public void Import_WithYear_OverridesPeriodAndPassesItToSchedules()
    {
        var roadmap = Seeds.Import(Seeds.Bytes(Seeds.Names[0]), Seeds.Names[0], year: 2023);

        Assert.Equal(Core.Planning.Schedules.DatePeriod.Year(2023), roadmap.Period);
        Assert.All(roadmap.Items.Where(i => !i.IsSection), i => Assert.NotNull(i.Schedule));
    }
}
