using System.Text.Json;
using Medk.Core.Planning.Schedules;
using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

public class ImportJsonTests
{
    [Fact]
    public void Serialize_Seed_FollowsTheContract()
    {
        var json = ImportJson.Serialize(Seeds.Import(Seeds.Names[0]));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal(["title", "owner", "approval", "period", "items", "warnings"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["kind", "number", "date", "signatory"], root.GetProperty("approval").EnumerateObject().Select(p => p.Name));
        Assert.Equal("2022-03-04", root.GetProperty("approval").GetProperty("date").GetString());
        Assert.Equal("2022-01-01", root.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal("2022-12-31", root.GetProperty("period").GetProperty("end").GetString());
        var item = root.GetProperty("items").EnumerateArray().First(i => i.GetProperty("number").GetString() == "1.1.1");
        Assert.Equal(["number", "kind", "depth", "title", "responsible", "result", "deadline"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("item", item.GetProperty("kind").GetString());
        Assert.Equal(2, item.GetProperty("depth").GetInt32());
        Assert.Equal(["text", "kind", "checkpoints"], item.GetProperty("deadline").EnumerateObject().Select(p => p.Name));
        Assert.Equal("До 31 декабря 2021г.", item.GetProperty("deadline").GetProperty("text").GetString());
        Assert.Equal("section", root.GetProperty("items")[0].GetProperty("kind").GetString());
        var unnumbered = root.GetProperty("items").EnumerateArray().First(i => i.GetProperty("number").ValueKind == JsonValueKind.Null);
        Assert.Equal("item", unnumbered.GetProperty("kind").GetString());
        Assert.All(root.GetProperty("warnings").EnumerateArray(), w => Assert.Equal(["row", "message"], w.EnumerateObject().Select(p => p.Name)));
        Assert.Contains("Сретенский", json);
        Assert.Contains("\n  \"title\"", json);
    }

    [Fact]
    public void Serialize_RoadmapWithoutApproval_WritesNull()
    {
        var json = ImportJson.Serialize(new ImportedRoadmap { Title = "Карта", Period = DatePeriod.Year(2022) });

        using var document = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("approval").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("owner").ValueKind);
    }

    [Fact]
    public void ScheduleJson_WritesKindInLowerCaseAndIsoCheckpoints()
    {
        var schedule = new Schedule("29.04 16.05", ScheduleKind.Dates, [new DateOnly(2022, 4, 29), new DateOnly(2022, 5, 16)]);

        var json = ScheduleJson.Serialize(schedule);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("dates", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal(["2022-04-29", "2022-05-16"], document.RootElement.GetProperty("checkpoints").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("29.04 16.05", document.RootElement.GetProperty("text").GetString());
    }
}
