using DocumentFormat.OpenXml.Packaging;
using Medk.Documents.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Medk.Documents.Tests;

public class WriterLayoutTests
{
    [Fact]
    public void DocxWriter_RepeatsHeaderRowAndSpansSectionsInBold()
    {
        var roadmap = Seeds.Import(Seeds.Names[3]);
        using var stream = new MemoryStream(RoadmapDocxWriter.ToBytes(roadmap));
        using var document = WordprocessingDocument.Open(stream, false);

        var body = document.MainDocumentPart!.Document!.Body!;
        var table = body.Elements<W.Table>().Single();
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<W.TableHeader>());
        Assert.Equal(["№ п/п", "Содержание действия", "Ответственный исполнитель", "Сроки", "Ожидаемые результаты"], rows[0].Elements<W.TableCell>().Select(c => c.InnerText));
        var section = rows[1].Elements<W.TableCell>().Single();
        Assert.Equal(5, section.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal("1. Управление реализацией «Дорожной карты»", section.InnerText);
        Assert.NotNull(section.Descendants<W.Bold>().FirstOrDefault());
        Assert.Equal(roadmap.Items.Count + 1, rows.Count);
        Assert.Contains(body.Elements<W.Paragraph>(), p => p.InnerText == "приказом от 18.03.2021 № 22");
    }

    [Fact]
    public void XlsxWriter_PrintsHeaderOnEveryPageAndMergesSections()
    {
        var roadmap = Seeds.Import(Seeds.Names[0]);
        using var stream = new MemoryStream(RoadmapXlsxWriter.ToBytes(roadmap));
        using var document = SpreadsheetDocument.Open(stream, false);

        var workbook = document.WorkbookPart!;
        var titles = workbook.Workbook!.DefinedNames!.Elements<X.DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles");
        var worksheet = workbook.WorksheetParts.Single().Worksheet!;
        var headerRow = uint.Parse(titles.Text.Split('$')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var header = worksheet.Descendants<X.Row>().Single(r => r.RowIndex!.Value == headerRow);
        Assert.Equal(["№", "Описание действий", "Дата", "Муниципальный показатель"], header.Elements<X.Cell>().Select(c => c.InnerText));
        var merges = worksheet.Descendants<X.MergeCell>().Select(m => m.Reference!.Value).ToList();
        Assert.Contains($"A{headerRow + 1}:D{headerRow + 1}", merges);
    }
}
