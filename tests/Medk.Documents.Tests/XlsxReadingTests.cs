using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

public class XlsxReadingTests
{
    [Fact]
    public void Import_XlsxWithLongPreambleInColumnA_ReadsItAsPreambleNotSections()
    {
        var bytes = new XlsxBuilder()
            .Sheet("Титул", s => s.Row("Приложение к приказу").Row("Версия", 3))
            .Sheet("Приказ", s =>
            {
                s.Row("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ЯРОСЛАВСКОЙ ОБЛАСТИ").Row("ПРИКАЗ").Row("от 15.02.2023 № 7/01-02");
                for (var i = 1; i <= 30; i++)
                {
                    s.Row($"Пункт преамбулы {i}: в целях реализации проекта «500+» приказываю.");
                }
                s.Row("Дорожная карта проекта «500+» на 2023 год")
                    .Row("№", "Мероприятие", "Сроки", "Ответственный")
                    .Row("1", "Совещание", "март", "РУО")
                    .Row("2", "Анкетирование", "апрель", "ОО");
            })
            .Build();

        var roadmap = Seeds.Import(bytes, "приказ.xlsx");

        Assert.Equal(["1", "2"], roadmap.Items.Select(i => i.Number));
        Assert.DoesNotContain(roadmap.Items, i => i.IsSection);
        Assert.Equal("Департамент образования Ярославской области", roadmap.Owner);
        Assert.Equal(new DateOnly(2023, 2, 15), roadmap.Approval?.Date);
    }

    [Fact]
    public void Import_Xlsx_PicksRoadmapSheetAndReadsAllValueKinds()
    {
        var bytes = new XlsxBuilder()
            .Sheet("Пояснения", s => s.Row("Заполните таблицу на следующем листе").Row("Версия", 3))
            .Sheet("План", s => s
                .Row("Дорожная карта на 2022 год")
                .Row()
                .Row("№", "Мероприятие", "Дата", "Ответственный", "Ожидаемый результат")
                .Row(1, new Inline("Анкетирование кураторов"), new DateOnly(2022, 3, 1), "РУО", "Анкеты")
                .Row(1.1, "Анкетирование директоров", new DateTime(2022, 3, 15), new Inline("ОО"), 100)
                .Row(2, "Итоги года", "декабрь", "РУО", null))
            .Build();

        var roadmap = Seeds.Import(bytes, "карта.xlsx");

        Assert.Equal("Дорожная карта на 2022 год", roadmap.Title);
        Assert.Equal(["1", "1.1", "2"], roadmap.Items.Select(i => i.Number));
        Assert.Equal("Анкетирование кураторов", roadmap.Items[0].Title);
        Assert.Equal("01.03.2022", roadmap.Items[0].DeadlineText);
        Assert.Equal("15.03.2022", roadmap.Items[1].DeadlineText);
        Assert.Equal(["ОО"], roadmap.Items[1].Responsible);
        Assert.Equal("100", roadmap.Items[1].Result);
        Assert.Equal(1, roadmap.Items[1].Depth);
    }

    [Fact]
    public void Import_Xlsx_CombinesMergedHeaderCells()
    {
        var bytes = new XlsxBuilder()
            .Sheet("Лист1", s => s
                .Row("№", "Мероприятие", "Сроки", null, "Ответственный")
                .Row(null, null, "начало", "окончание", null)
                .Row("1", "Совещание", "01.02.2024", "28.02.2024", "РУО")
                .Merge("A1:A2").Merge("B1:B2").Merge("C1:D1").Merge("E1:E2"))
            .Build();

        var item = Assert.Single(Seeds.Import(bytes, "карта.xlsx").Items);

        Assert.Equal("Совещание", item.Title);
        Assert.Equal("01.02.2024 – 28.02.2024", item.DeadlineText);
        Assert.Equal(["РУО"], item.Responsible);
    }

    [Fact]
    public void Import_Xlsx_ReadsSectionMergedAcross()
    {
        var bytes = new XlsxBuilder()
            .Sheet("Лист1", s => s
                .Row("№", "Содержание действия", "Ответственный исполнитель", "Сроки", "Ожидаемые результаты")
                .Row("1. Управление реализацией")
                .Row(1, "Создание команды", "РУО", "март", "Команда создана")
                .Merge("A2:E2"))
            .Build();

        var roadmap = Seeds.Import(bytes, "карта.xlsx");

        Assert.True(roadmap.Items[0].IsSection);
        Assert.Equal("Управление реализацией", roadmap.Items[0].Title);
        Assert.Equal(1, roadmap.Items[1].Depth);
    }
}
