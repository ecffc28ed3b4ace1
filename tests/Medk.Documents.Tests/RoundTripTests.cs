using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

public class RoundTripTests
{
    public static TheoryData<string, string> SeedsAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds.Names)
        {
            data.Add(seed, "docx");
            data.Add(seed, "xlsx");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsAndFormats))]
    public void ExportThenImport_GivesBackTheSameRoadmap(string seed, string format)
    {
        var original = Seeds.Import(seed);
        var bytes = format == "docx" ? RoadmapDocxWriter.ToBytes(original) : RoadmapXlsxWriter.ToBytes(original);

        var again = Seeds.Import(bytes, "экспорт." + format);

        Assert.Equal(original.Items.Count, again.Items.Count);
        for (var i = 0; i < original.Items.Count; i++)
        {
            var (a, b) = (original.Items[i], again.Items[i]);
            Assert.Equal((a.Kind, a.Number, a.Depth, a.Title), (b.Kind, b.Number, b.Depth, b.Title));
            Assert.Equal(a.DeadlineText, b.DeadlineText);
            Assert.Equal(a.Responsible, b.Responsible);
            Assert.Equal(a.Result, b.Result);
            Assert.Equal(a.Levels, b.Levels);
        }
        Assert.Equal(original.Title, again.Title);
        Assert.Equal(original.Owner, again.Owner);
        Assert.Equal(original.Approval, again.Approval);
        Assert.Equal(original.Period, again.Period);
        Assert.Equal(original.Columns, again.Columns);
    }

    [Fact]
    public void Export_RoadmapBuiltByApplication_UsesStandardColumns()
    {
        var roadmap = new ImportedRoadmap
        {
            Title = "План работы с ШНОР",
            Period = new Core.Planning.Schedules.DatePeriod(new DateOnly(2024, 9, 1), new DateOnly(2025, 8, 31)),
            Items =
            [
                new ImportedItem { Kind = ImportedItemKind.Section, Title = "Организационный блок" },
                new ImportedItem { Number = "1", Depth = 1, Title = "Назначить куратора", DeadlineText = "до 15 сентября", ResponsibleText = "РУО" },
            ],
        };

        foreach (var (bytes, name) in new[] { (RoadmapDocxWriter.ToBytes(roadmap), "x.docx"), (RoadmapXlsxWriter.ToBytes(roadmap), "x.xlsx") })
        {
            var again = Seeds.Import(bytes, name);

            Assert.Equal("План работы с ШНОР", again.Title);
            Assert.Equal(roadmap.Period, again.Period);
            Assert.Equal(["№", "Мероприятие", "Сроки", "Ответственный", "Ожидаемый результат"], again.Columns.Select(c => c.Caption));
            Assert.True(again.Items[0].IsSection);
            Assert.Equal("Организационный блок", again.Items[0].Title);
            Assert.Equal(("1", 1, "до 15 сентября"), (again.Items[1].Number, again.Items[1].Depth, again.Items[1].DeadlineText));
            Assert.Equal(["РУО"], again.Items[1].Responsible);
        }
    }
}
