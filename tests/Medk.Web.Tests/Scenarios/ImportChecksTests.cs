using Medk.Core.Planning.Schedules;
using Medk.Data.Import;
using Medk.Documents;
using Medk.Web.Features.Planning.Imports;

namespace Medk.Web.Tests.Scenarios;

/// <summary>
/// Issue 12 item 11: the import preview's «Проверьте (N)» list names items by their numbers, not by spreadsheet
/// rows, and lists every deadline that is not understood as it is written now (after corrections).
/// </summary>
public class ImportChecksTests
{
    private static DraftRoadmap Draft(params DraftItem[] items) => new()
    {
        Title = "Дорожная карта",
        PeriodStart = new DateOnly(2022, 1, 1),
        PeriodEnd = new DateOnly(2022, 12, 31),
        Items = [.. items],
        Warnings =
        [
            new ImportWarning(null, "Период дорожной карты не указан в документе: принят 2022 год."),
            // Made on the text as first read («до 1 мартаа»), since corrected: no longer to be checked.
            new ImportWarning(15, "Срок «до 1 мартаа»: Срок не распознан: укажите дату, период или периодичность."),
            new ImportWarning(17, "Строка без номера принята как отдельный пункт."),
            new ImportWarning(18, "Нарушена нумерация: после 1.2 идёт «1.5». Номер сохранён как в документе."),
        ],
    };

    [Fact]
    public void Checks_NameItemsByNumber_AndListEveryDeadlineNotUnderstoodNow()
    {
        var content = Draft(
            new DraftItem { Number = "1", IsSection = true, Title = "Управление", SourceRow = 13 },
            new DraftItem { Number = "1.1", Depth = 1, Title = "Мониторинг", DeadlineText = "по итогам мониторинга", SourceRow = 14 },
            new DraftItem { Number = "1.2", Depth = 1, Title = "Отчёт", DeadlineText = "до 1 марта", SourceRow = 15 },
            new DraftItem { Number = "1.3", Depth = 1, Title = "Совещание", DeadlineText = "", SourceRow = 16 },
            new DraftItem { Depth = 1, Title = "Без номера", DeadlineText = "ежеквартально", SourceRow = 17 },
            new DraftItem { Number = "1.5", Depth = 1, Title = "Анализ", DeadlineText = "2 раза в неделю", SourceRow = 18 });

        var checks = ImportChecks.Of(content, content.ToImported());

        Assert.Collection(checks,
            c => Assert.Equal((null, null, "Период дорожной карты не указан в документе: принят 2022 год."), (c.Row, c.Place, c.Message)),
            c => Assert.Equal((14, "пункт 1.1"), (c.Row, c.Place)),
            c => Assert.Equal((16, "пункт 1.3", "У пункта не указан срок."), (c.Row, c.Place, c.Message)),
            c => Assert.Equal((17, "строка 17", "Строка без номера принята как отдельный пункт."), (c.Row, c.Place, c.Message)),
            c => Assert.Equal((18, "пункт 1.5"), (c.Row, c.Place)),
            c => Assert.Equal((18, "пункт 1.5"), (c.Row, c.Place)));
        Assert.StartsWith("Срок «по итогам мониторинга»: ", checks[1].Message);
        Assert.Contains(checks, c => c.Message.StartsWith("Срок «2 раза в неделю»", StringComparison.Ordinal));
        Assert.DoesNotContain(checks, c => c.Message.Contains("мартаа", StringComparison.Ordinal));
    }

    [Fact]
    public void Checks_OfASeedOrder_ListEveryUnknownDeadlineWithItsNumber()
    {
        var seed = Path.Combine(Root(), "src", "Medk.Data", "Demo", "Seeds", "003-bauntovsky-2021-2022.txt");
        using var stream = File.OpenRead(seed);
        var content = DraftRoadmap.From(RoadmapImporter.Import(stream, Path.GetFileName(seed)));
        var understood = content.ToImported();

        var checks = ImportChecks.Of(content, understood);

        var unknown = understood.Items.Where(i => !i.IsSection && i.Schedule is { Kind: ScheduleKind.Unknown }).ToList();
        Assert.All(unknown, i => Assert.Contains(checks, c => c.Row == i.SourceRow && c.Place == $"пункт {i.Number}" && c.Message.StartsWith("Срок", StringComparison.Ordinal)));
        Assert.All(checks.Where(c => c.Row is { } row && understood.Items.Any(i => i.SourceRow == row && i.Number is not null)),
            c => Assert.Matches("^(пункт|раздел) ", c.Place));
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Medk.slnx")))
        {
            dir = dir.Parent;
        }
        return dir.FullName;
    }
}
