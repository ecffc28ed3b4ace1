using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

public class DocxReadingTests
{
    private static ImportedRoadmap Import(DocxBuilder builder) => Seeds.Import(builder.Build(), "карта.docx");

    private static DocxBuilder Preamble() => new DocxBuilder()
        .Paragraph("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ЯРОСЛАВСКОЙ ОБЛАСТИ")
        .Paragraph()
        .Paragraph("ПРИКАЗ")
        .Paragraph("от 15.02.2024 № 7/01-02")
        .Paragraph()
        .Paragraph("Директор департамента\t\tИ.В.Лобода")
        .Paragraph()
        .Paragraph("Дорожная карта проекта «500+»")
        .Paragraph("на 2024 год");

    [Fact]
    public void Import_Docx_ReadsPreambleBeforeTable()
    {
        var roadmap = Import(Preamble().Table(t => t
            .Header("№", "Мероприятие", "Сроки", "Ответственный", "Ожидаемый результат")
            .Row("1", "Анкетирование", "до 1 марта", "РУО", "Анкеты заполнены")));

        Assert.Equal("Департамент образования Ярославской области", roadmap.Owner);
        Assert.Equal(new ImportedApproval("Приказ", "7/01-02", new DateOnly(2024, 2, 15), "И.В.Лобода"), roadmap.Approval);
        Assert.Equal("Дорожная карта проекта «500+» на 2024 год", roadmap.Title);
        Assert.Equal(Core.Planning.Schedules.DatePeriod.Year(2024), roadmap.Period);
        Assert.Equal("Анкеты заполнены", Assert.Single(roadmap.Items).Result);
    }

    [Fact]
    public void Import_Docx_RepeatsVerticallyMergedResponsibleForEachItem()
    {
        var roadmap = Import(Preamble().Table(t => t
            .Header("№", "Мероприятие", "Сроки", "Ответственный", "Ожидаемый результат")
            .Row("1", "Первое", "март", C.Down("ИМЦ РУО, ОО"), "Итог 1")
            .Row("2", "Второе", "апрель", C.Continued(), "Итог 2")
            .Row("3", "Третье", "май", "РУО", "Итог 3")));

        Assert.Equal(["ИМЦ РУО", "ОО"], roadmap.Items[0].Responsible);
        Assert.Equal(["ИМЦ РУО", "ОО"], roadmap.Items[1].Responsible);
        Assert.Equal(["РУО"], roadmap.Items[2].Responsible);
    }

    [Fact]
    public void Import_Docx_ReadsSectionMergedAcrossAndTwoLevelHeader()
    {
        var roadmap = Import(Preamble().Table(t => t
            .Row(C.Down("№"), C.Down("Мероприятие"), C.Across("Сроки", 2), C.Down("Ответственный"))
            .Row(C.Continued(), C.Continued(), "начало", "окончание", C.Continued())
            .Row(C.Across("1. Организационные мероприятия", 5))
            .Row("1.1", "Совещание", "01.02.2024", "28.02.2024", "РУО")));

        var section = roadmap.Items[0];
        Assert.True(section.IsSection);
        Assert.Equal("1", section.Number);
        Assert.Equal("Организационные мероприятия", section.Title);
        var item = roadmap.Items[1];
        Assert.Equal(1, item.Depth);
        Assert.Equal("01.02.2024 – 28.02.2024", item.DeadlineText);
        Assert.Equal(["РУО"], item.Responsible);
        Assert.Equal([ColumnKind.Number, ColumnKind.Text, ColumnKind.Deadline, ColumnKind.Responsible], roadmap.Columns.Select(c => c.Kind));
    }

    [Fact]
    public void Import_Docx_DropsRepeatedHeaderAndColumnNumbersOfContinuingTables()
    {
        var roadmap = Import(Preamble()
            .Table(t => t
                .Header("№", "Мероприятие", "Сроки", "Ответственный")
                .Row("1", "2", "3", "4")
                .Row("1", "Первое", "март", "РУО")
                .Row("2", "Второе", "апрель", "ОО"))
            .Paragraph()
            .Table(t => t
                .Header("№", "Мероприятие", "Сроки", "Ответственный")
                .Row("1", "2", "3", "4")
                .Row("3", "Третье", "май", "РУО")));

        Assert.Equal(["1", "2", "3"], roadmap.Items.Select(i => i.Number));
        Assert.DoesNotContain(roadmap.Warnings, w => w.Message.Contains("нумерац"));
    }

    [Fact]
    public void Import_Docx_JoinsRowSplitAcrossPages()
    {
        var roadmap = Import(Preamble().Table(t => t
            .Header("№", "Мероприятие", "Сроки", "Ответственный", "Ожидаемый результат")
            .Row("1", "Подготовка и распространение лучших практик", "декабрь", "РУО", "Описание")
            .Row("", "по результатам участия в проекте", "", "", "лучших практик")
            .Row("2", "Итоги", "декабрь", "РУО", "Отчёт")));

        Assert.Equal(2, roadmap.Items.Count);
        Assert.Equal("Подготовка и распространение лучших практик по результатам участия в проекте", roadmap.Items[0].Title);
        Assert.Equal("Описание лучших практик", roadmap.Items[0].Result);
    }

    [Fact]
    public void Import_Docx_ReadsParagraphsAndListsInOneCell()
    {
        var roadmap = Import(Preamble().Table(t => t
            .Header("№", "Мероприятие", "Сроки", "Ответственный")
            .Row("1", C.List("Консультации для:", "кураторов", "руководителей школ"), "в течение года", "О.А. Ефимова\nкураторы")));

        var item = Assert.Single(roadmap.Items);
        Assert.Equal("Консультации для:\n• кураторов\n• руководителей школ", item.Title);
        Assert.Equal(["О.А. Ефимова", "кураторы"], item.Responsible);
        Assert.Equal("О.А. Ефимова\nкураторы", item.ResponsibleText);
    }

    [Fact]
    public void Import_DocxWithSmallTableBeforeAndAnotherTableAfter_PicksTheRoadmapAndJoinsOnlyItsPages()
    {
        var roadmap = Import(Preamble()
            .Table(t => t
                .Header("№", "Наименование мероприятия", "Ответственный")
                .Row("1", "Школа № 1", "Иванова"))
            .Paragraph("Дорожная карта")
            .Table(t => t
                .Header("№", "Мероприятие", "Сроки", "Ответственный")
                .Row("1", "Первое", "март", "РУО")
                .Row("2", "Второе", "апрель", "ОО"))
            .Table(t => t
                .Header("№", "Мероприятие", "Сроки", "Ответственный")
                .Row("3", "Третье", "май", "РУО"))
            .Paragraph("Лист ознакомления")
            .Table(t => t
                .Header("№", "Исполнитель", "Дата ознакомления", "Подпись")
                .Row("1", "Петров П.П.", "01.03.2024", "")));

        Assert.Equal(["1", "2", "3"], roadmap.Items.Select(i => i.Number));
        Assert.Equal("Третье", roadmap.Items[^1].Title);
    }

    [Fact]
    public void Import_DocxWithoutHeader_GuessesColumnsFromContent()
    {
        var roadmap = Import(new DocxBuilder()
            .Paragraph("План мероприятий на 2023 год")
            .Table(t => t
                .Row("1", "Создание рабочей группы", "январь 2023", "РУО, ОО", "Приказ о создании группы")
                .Row("2", "Анкетирование педагогов", "до 15.02.2023", "О.А. Ефимова", "Анкеты заполнены")
                .Row("3", "Итоговый семинар", "декабрь", "ИМЦ РУО", "Семинар проведён")));

        Assert.Equal(3, roadmap.Items.Count);
        Assert.Equal("до 15.02.2023", roadmap.Items[1].DeadlineText);
        Assert.Equal(["О.А. Ефимова"], roadmap.Items[1].Responsible);
        Assert.Equal("Семинар проведён", roadmap.Items[2].Result);
        Assert.Equal(Core.Planning.Schedules.DatePeriod.Year(2023), roadmap.Period);
    }
}

public class DocxContinuationTests
{
    [Fact]
    public void Import_Docx_RowWhoseNumberCellIsMergedDown_ContinuesTheItem()
    {
        var bytes = new DocxBuilder()
            .Paragraph("Дорожная карта на 2022 год")
            .Table(t => t
                .Header("№", "Мероприятие", "Сроки", "Ответственный")
                .Row(C.Down("1"), "Разработка и утверждение дорожной карты", C.Down("до 22 марта"), C.Down("РУО"))
                .Row(C.Continued(), "и дорожной карты школы", C.Continued(), C.Continued())
                .Row("2", "Анкетирование", "март", "ОО"))
            .Build();

        var roadmap = Seeds.Import(bytes, "карта.docx");

        Assert.Equal(2, roadmap.Items.Count);
        Assert.Equal("Разработка и утверждение дорожной карты и дорожной карты школы", roadmap.Items[0].Title);
        Assert.Equal("до 22 марта", roadmap.Items[0].DeadlineText);
        Assert.Equal(["РУО"], roadmap.Items[0].Responsible);
    }
}
