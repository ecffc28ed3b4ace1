using System.Text;
using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

public class TextAndCsvTests
{
    static TextAndCsvTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public void Import_Csv_DetectsDelimiter(char delimiter)
    {
        var d = delimiter;
        var csv = $"Дорожная карта на 2022 год{d}{d}{d}\n"
            + $"№{d}Мероприятия{d}Сроки{d}Ответственные\n"
            + $"1{d}\"Анкетирование кураторов{d} педагогов\"{d}до 1 марта{d}\"РУО{d} ОО\"\n"
            + $"2{d}\"Семинар\nс кураторами\"{d}апрель{d}О.А. Ефимова\n";

        var roadmap = Seeds.Import(Encoding.UTF8.GetBytes(csv), "карта.csv");

        Assert.Equal(2, roadmap.Items.Count);
        Assert.Equal($"Анкетирование кураторов{d} педагогов", roadmap.Items[0].Title);
        Assert.Equal(["РУО", "ОО"], roadmap.Items[0].Responsible);
        Assert.Equal("Семинар\nс кураторами", roadmap.Items[1].Title);
        Assert.Equal(Core.Planning.Schedules.DatePeriod.Year(2022), roadmap.Period);
    }

    [Fact]
    public void Import_Windows1251Text_ReadsLikeUtf8()
    {
        var seed = Seeds.Names[2];
        var text = File.ReadAllText(Seeds.PathOf(seed), Encoding.UTF8);
        var cp1251 = Encoding.GetEncoding(1251).GetBytes(text);

        var fromUtf8 = Seeds.Import(seed);
        var from1251 = Seeds.Import(cp1251, "карта.txt");

        Assert.Equal(fromUtf8.Items.Select(i => (i.Number, i.Title, i.DeadlineText)), from1251.Items.Select(i => (i.Number, i.Title, i.DeadlineText)));
        Assert.Equal(fromUtf8.Owner, from1251.Owner);
    }

    [Fact]
    public void Import_Utf8WithBom_ReadsLikeWithout()
    {
        var bytes = Seeds.Bytes(Seeds.Names[4]);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(bytes).ToArray();

        Assert.Equal(Seeds.Import(Seeds.Names[4]).Items.Count, Seeds.Import(withBom, "карта.txt").Items.Count);
    }

    [Fact]
    public void Import_TabSeparatedCellsWithHtml_ConvertsParagraphsAndLists()
    {
        var text = "№\tМероприятие\tСроки\n"
            + "1\t<p>Первый абзац</p><p>Второй&nbsp;абзац</p>\tмарт\n"
            + "2\tСписок:<ul><li>один</li><li>два</li></ul>\tапрель\n";

        var roadmap = Seeds.Import(Encoding.UTF8.GetBytes(text), "карта.txt", year: 2022);

        Assert.Equal("Первый абзац\nВторой абзац", roadmap.Items[0].Title);
        Assert.Equal("Список:\n• один\n• два", roadmap.Items[1].Title);
    }
}
