using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace Medk.Documents.Tests;

public class StatusReportWriterTests
{
    private static readonly string[] Header =
    [
        "№", "Мероприятие", "Срок", "Ответственный", "Контрольные даты и статус", "Результат", "Подтверждающие документы", "Подтверждение",
    ];

    private static readonly StatusReportRow[] Rows =
    [
        new() { Number = "1", Text = "Организационно-методическое сопровождение", IsSection = true },
        new()
        {
            Number = "1.1",
            Text = "Определение муниципального координатора",
            Depth = 1,
            DeadlineText = "До 1 марта",
            Responsible = "РУО",
            CheckpointsText = "01.03.2022 — выполнено",
            ResultText = "Назначен координатор\nОтчёт (срок 01.03.2022): Координатор назначен приказом № 5",
            EvidenceText = "Приказ.pdf",
            ConfirmationText = "Подтверждено: Иванова Е.П., 12.04.2022",
        },
        new()
        {
            Number = "1.2",
            Text = "Мониторинг\u0001 посещаемости", // a control character pasted from another program
            Depth = 1,
            DeadlineText = "Ежеквартально",
            CheckpointsText = "31.03.2022 — выполнено; 30.06.2022 — просрочено",
            ConfirmationText = "Возвращено: приложите протокол",
        },
    ];

    private static StatusReport RoadmapReport() => new()
    {
        Title = "Дорожная карта по реализации проекта «500+» на 2022 год",
        Owner = "Управление образования Тестового района",
        PeriodStart = new DateOnly(2022, 1, 1),
        PeriodEnd = new DateOnly(2022, 12, 31),
        Approval = "Приказ № 102-1 от 04.03.2022",
        AsOf = new DateOnly(2022, 7, 1),
        Summary = new StatusSummary(Total: 3, Done: 2, Overdue: 1, UnderReview: 0, Cancelled: 0),
        Sections = [new StatusReportSection { Rows = Rows }],
    };

    private static StatusReportSection Section(string owner, string title) => new()
    {
        OwnerName = owner,
        Title = title,
        PeriodStart = new DateOnly(2022, 1, 1),
        PeriodEnd = new DateOnly(2022, 12, 31),
        Summary = new StatusSummary(4, 1, 1, 1, 1),
        Rows = Rows,
    };

    private static StatusReport TerritoryReport() => new()
    {
        Scope = StatusReportScope.Territory,
        Title = "Дорожные карты территории «Тестовый район» на 2022 год",
        Owner = "Управление образования Тестового района",
        PeriodStart = new DateOnly(2022, 1, 1),
        PeriodEnd = new DateOnly(2022, 12, 31),
        AsOf = new DateOnly(2022, 7, 1),
        Summary = new StatusSummary(12, 3, 3, 3, 3),
        Notes = ["Дорожных карт в отчёте: 3"],
        Sections =
        [
            Section("МБОУ «СОШ № 1» [корпус 2]: г. Тестовск / Тестовый район?", "Дорожная карта школы 1"),
            Section("МБОУ «СОШ № 1» [корпус 2]: г. Тестовск / Тестовый район?", "Вторая дорожная карта той же школы"),
            Section("'History'", "Карта с неудобным названием"),
        ],
    };

    [Fact]
    public void Summary_CountsCompletionWithoutCancelled_InRussianNumbers()
    {
        var summary = new StatusSummary(Total: 7, Done: 2, Overdue: 1, UnderReview: 1, Cancelled: 1);
        Assert.Equal(33.3m, summary.CompletionPercent);
        Assert.Equal("Контрольных точек: 7; выполнено: 2; просрочено: 1; на проверке: 1; отменено: 1; исполнение: 33,3 %", summary.Line());
        Assert.Null(new StatusSummary(2, 0, 0, 0, 2).CompletionPercent);
        Assert.EndsWith("исполнение: —", new StatusSummary(0, 0, 0, 0, 0).Line());
    }

    [Fact]
    public void Xlsx_HasHeadingFrozenHeaderMergedSectionsAndCellTexts()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(StatusReportWriter.ToXlsx(RoadmapReport())), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<X.Sheet>().Single();
        Assert.Equal("Отчёт о ходе исполнения", sheet.Name!.Value);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
        var rows = worksheet.Descendants<X.Row>().ToList();
        var texts = rows.Select(r => r.Elements<X.Cell>().Select(c => c.InnerText).ToList()).ToList();

        var headerIndex = texts.FindIndex(t => t.SequenceEqual(Header));
        Assert.True(headerIndex > 0, "the table's header row");
        var heading = texts.Take(headerIndex).Select(t => t[0]).ToList();
        Assert.Equal("Отчёт о ходе исполнения", heading[0]);
        Assert.Contains("Дорожная карта по реализации проекта «500+» на 2022 год", heading);
        Assert.Contains("Организация: Управление образования Тестового района", heading);
        Assert.Contains("Период: 2022 год", heading);
        Assert.Contains("Утверждающий документ: Приказ № 102-1 от 04.03.2022", heading);
        Assert.Contains("Состояние на 01.07.2022", heading);
        Assert.Contains("Контрольных точек: 3; выполнено: 2; просрочено: 1; на проверке: 0; исполнение: 66,7 %", heading);

        var headerRow = rows[headerIndex].RowIndex!.Value;
        var pane = worksheet.Descendants<X.Pane>().Single();
        Assert.Equal(X.PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(headerRow, pane.VerticalSplit!.Value);
        Assert.Equal($"A{headerRow + 1}", pane.TopLeftCell!.Value);
        var titles = workbook.Workbook.DefinedNames!.Elements<X.DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles");
        Assert.Equal($"'Отчёт о ходе исполнения'!${headerRow}:${headerRow}", titles.Text);

        Assert.Equal("1. Организационно-методическое сопровождение", texts[headerIndex + 1][0]);
        Assert.Contains($"A{headerRow + 1}:H{headerRow + 1}", worksheet.Descendants<X.MergeCell>().Select(m => m.Reference!.Value));
        var item = texts[headerIndex + 2];
        Assert.Equal(
            ["1.1", "Определение муниципального координатора", "До 1 марта", "РУО", "01.03.2022 — выполнено",
             "Назначен координатор\nОтчёт (срок 01.03.2022): Координатор назначен приказом № 5", "Приказ.pdf", "Подтверждено: Иванова Е.П., 12.04.2022"],
            item);
        Assert.Equal("Мониторинг посещаемости", texts[headerIndex + 3][1]);

        var styles = workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<X.CellFormat>().ToList();
        var itemCell = rows[headerIndex + 2].Elements<X.Cell>().ElementAt(5);
        Assert.True(styles[(int)itemCell.StyleIndex!.Value].Alignment!.WrapText!.Value);
        var columns = worksheet.Descendants<X.Column>().ToList();
        Assert.Equal(8, columns.Count);
        Assert.True(columns[1].Width!.Value > 3 * columns[0].Width!.Value, "the action column is wide, the number narrow");
    }

    [Fact]
    public void Xlsx_TerritoryReport_HasSummarySheetAndOneSafeUniqueSheetPerRoadmap()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(StatusReportWriter.ToXlsx(TerritoryReport())), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<X.Sheet>().ToList();
        var names = sheets.Select(s => s.Name!.Value!).ToList();

        Assert.Equal(4, names.Count);
        Assert.Equal("Сводка", names[0]);
        Assert.All(names, n =>
        {
            Assert.InRange(n.Length, 1, 31);
            Assert.Equal(-1, n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']));
            Assert.False(n.StartsWith('\'') || n.EndsWith('\''));
        });
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.StartsWith("МБОУ «СОШ № 1» корпус 2 г.", names[1]);
        Assert.EndsWith(" (2)", names[2]);
        Assert.Equal("Лист", names[3]); // «History» is reserved by Excel

        var overview = ((WorksheetPart)workbook.GetPartById(sheets[0].Id!)).Worksheet!;
        var overviewTexts = overview.Descendants<X.Row>().Select(r => r.Elements<X.Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains(overviewTexts, t => t[0] == "Территория: Управление образования Тестового района");
        Assert.Contains(overviewTexts, t => t[0] == "Дорожных карт в отчёте: 3");
        var first = overviewTexts.Single(t => t.Count == 8 && t[0] == "1");
        Assert.Equal(["1", "МБОУ «СОШ № 1» [корпус 2]: г. Тестовск / Тестовый район?", "Дорожная карта школы 1", "4", "1", "1", "1", "33.3"], first);

        var roadmapSheet = ((WorksheetPart)workbook.GetPartById(sheets[2].Id!)).Worksheet!;
        var texts = roadmapSheet.Descendants<X.Row>().Select(r => r.Elements<X.Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains(texts, t => t[0] == "МБОУ «СОШ № 1» [корпус 2]: г. Тестовск / Тестовый район?. Вторая дорожная карта той же школы");
        Assert.Contains(texts, t => t.SequenceEqual(Header));
        Assert.NotNull(roadmapSheet.Descendants<X.Pane>().SingleOrDefault());
        var printTitles = workbook.Workbook.DefinedNames!.Elements<X.DefinedName>().ToList();
        Assert.Equal([0u, 1u, 2u, 3u], printTitles.Select(d => d.LocalSheetId!.Value));
    }

    [Fact]
    public void Docx_IsLandscapeWithHeadingRepeatedHeaderRowAndSpanningSections()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(StatusReportWriter.ToDocx(RoadmapReport())), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("Отчёт о ходе исполнения", paragraphs[0]);
        Assert.Contains("Состояние на 01.07.2022", paragraphs);
        Assert.Contains("Утверждающий документ: Приказ № 102-1 от 04.03.2022", paragraphs);
        Assert.Contains("Контрольных точек: 3; выполнено: 2; просрочено: 1; на проверке: 0; исполнение: 66,7 %", paragraphs);

        var page = body.Elements<W.SectionProperties>().Single().GetFirstChild<W.PageSize>()!;
        Assert.Equal(W.PageOrientationValues.Landscape, page.Orient!.Value);
        Assert.True(page.Width!.Value > page.Height!.Value);

        var rows = body.Elements<W.Table>().Single().Elements<W.TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<W.TableHeader>());
        Assert.Equal(Header, rows[0].Elements<W.TableCell>().Select(c => c.InnerText));
        var section = rows[1].Elements<W.TableCell>().Single();
        Assert.Equal(8, section.TableCellProperties!.GridSpan!.Val!.Value);
        Assert.Equal("1. Организационно-методическое сопровождение", section.InnerText);
        Assert.NotNull(section.Descendants<W.Bold>().FirstOrDefault());

        var cells = rows[2].Elements<W.TableCell>().ToList();
        Assert.Equal(8, cells.Count);
        Assert.Equal("01.03.2022 — выполнено", cells[4].InnerText);
        // Lines of a cell are paragraphs, so that Word wraps them as written.
        Assert.Equal(["Назначен координатор", "Отчёт (срок 01.03.2022): Координатор назначен приказом № 5"], cells[5].Elements<W.Paragraph>().Select(p => p.InnerText));
        Assert.Equal("Приказ.pdf", cells[6].InnerText);
        Assert.Equal("Подтверждено: Иванова Е.П., 12.04.2022", cells[7].InnerText);
        Assert.NotNull(cells[1].Descendants<W.Indentation>().FirstOrDefault());
        Assert.Equal("Мониторинг посещаемости", rows[3].Elements<W.TableCell>().ElementAt(1).InnerText);
    }

    [Fact]
    public void Docx_TerritoryReport_HasAnOverviewAndATablePerRoadmap()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(StatusReportWriter.ToDocx(TerritoryReport())), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<W.Table>().ToList();
        Assert.Equal(4, tables.Count);
        Assert.Equal("Организация", tables[0].Elements<W.TableRow>().First().Elements<W.TableCell>().ElementAt(1).InnerText);
        Assert.All(tables, t => Assert.NotNull(t.Elements<W.TableRow>().First().TableRowProperties?.GetFirstChild<W.TableHeader>()));
        Assert.Contains(body.Elements<W.Paragraph>(), p => p.InnerText == "Карта с неудобным названием".Insert(0, "'History'. "));
        Assert.Contains(body.Elements<W.Paragraph>(), p => p.InnerText == "Контрольных точек: 4; выполнено: 1; просрочено: 1; на проверке: 1; отменено: 1; исполнение: 33,3 %");
    }

    [Fact]
    public void BothFormats_PassTheOpenXmlSchemaValidator()
    {
        foreach (var report in new[] { RoadmapReport(), TerritoryReport() })
        {
            using (var workbook = SpreadsheetDocument.Open(new MemoryStream(StatusReportWriter.ToXlsx(report)), false))
            {
                Assert.Empty(new OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}"));
            }
            using var document = WordprocessingDocument.Open(new MemoryStream(StatusReportWriter.ToDocx(report)), false);
            Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public void SheetNames_AreCutCleanedAndMadeUnique()
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Assert.Equal("a b c d", SheetNames.Unique("a[b]c:d", taken));
        Assert.Equal("A B C D (2)", SheetNames.Unique("A*B?C/D", taken));
        var longName = new string('ш', 40);
        Assert.Equal(new string('ш', 31), SheetNames.Unique(longName, taken));
        Assert.Equal(new string('ш', 27) + " (2)", SheetNames.Unique(longName, taken));
        Assert.Equal("Лист", SheetNames.Unique(" / ", taken));
        Assert.Equal("Лист (2)", SheetNames.Unique("history", taken));
    }
}
