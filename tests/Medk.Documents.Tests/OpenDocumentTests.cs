using Medk.Documents.Reading;
using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

/// <summary>ODT and ODS read from content.xml: spans, covered cells, repeats, values, preamble above the table.</summary>
public class OpenDocumentTests
{
    private const string Hidden = """<style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>""";

    private static string Cell(string text, string attributes = "") =>
        $"<table:table-cell office:value-type=\"string\"{attributes}><text:p>{text}</text:p></table:table-cell>";

    private static string Row(params string[] cells) => $"<table:table-row>{string.Concat(cells)}</table:table-row>";

    private const string Empty = "<table:table-cell table:number-columns-repeated=\"1020\"/>";

    private static string Sheet(string name, string rows, string style = "") =>
        $"<table:table table:name=\"{name}\"{style}><table:table-column table:number-columns-repeated=\"1024\"/>{rows}</table:table>";

    private static readonly string Roadmap =
        Row(Cell("ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ЯРОСЛАВСКОЙ ОБЛАСТИ"), Empty)
        + "<table:table-row table:number-rows-repeated=\"40\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
        + Row(Cell("ПРИКАЗ"))
        + Row(Cell("от 15.02.2023 № 7/01-02"))
        + Row(Cell("Дорожная карта проекта «500+» на 2023 год"))
        + Row(Cell("№"), Cell("Мероприятие"), Cell("Сроки"), Cell("Ответственный"), Empty)
        + Row(Cell("1. Организация", " table:number-columns-spanned=\"4\""), "<table:covered-table-cell table:number-columns-repeated=\"3\"/>")
        + Row("<table:table-cell office:value-type=\"float\" office:value=\"1.1\"><text:p>1,1</text:p></table:table-cell>", Cell("Совещание"),
            "<table:table-cell office:value-type=\"date\" office:date-value=\"2023-03-01\"><text:p>01.03.23</text:p></table:table-cell>",
            Cell("ИМЦ РУО", " table:number-rows-spanned=\"2\""), Empty)
        + Row(Cell("1.2"), Cell("Анкетирование"), Cell("апрель"), "<table:covered-table-cell/>", Empty)
        + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>";

    [Fact]
    public void Import_OdsWithPreambleInColumnAAndSpans_FindsTableByHeader()
    {
        var bytes = RawPackage.Odf("spreadsheet",
            Sheet("Скрытый", Row(Cell("№"), Cell("Мероприятие"), Cell("Сроки")) + Row(Cell("1"), Cell("Черновик"), Cell("май")), " table:style-name=\"hidden\"")
            + Sheet("План", Roadmap), Hidden);

        var roadmap = Seeds.Import(bytes, "план.ods");

        Assert.Equal("Департамент образования Ярославской области", roadmap.Owner);
        Assert.Equal("Дорожная карта проекта «500+» на 2023 год", roadmap.Title);
        Assert.Equal(["1", "1.1", "1.2"], roadmap.Items.Select(i => i.Number));
        Assert.True(roadmap.Items[0].IsSection);
        Assert.Equal("01.03.2023", roadmap.Items[1].DeadlineText);
        Assert.Equal(["ИМЦ РУО"], roadmap.Items[2].Responsible);
    }

    [Fact]
    public void Read_OdsRepeatedEmptyRowsAndColumns_AreCapped()
    {
        var document = RawPackage.Read(RawPackage.Odf("spreadsheet", Sheet("План", Roadmap)), OdsReader.Read);

        var table = document.Blocks.OfType<TableBlock>().Single();
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(4, table.Rows.Count);
        Assert.True(document.Blocks.OfType<ParagraphBlock>().Count() < 10);
        Assert.Equal(new RawCell("1. Организация", CellMerge.FromLeft), table.Rows[1].Cells[3]);
        Assert.Equal(new RawCell("ИМЦ РУО", CellMerge.FromAbove), table.Rows[3].Cells[3]);
    }

    [Fact]
    public void Import_Odt_ReadsParagraphsBeforeTableAndCellText()
    {
        var body = "<text:p>ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ЯРОСЛАВСКОЙ ОБЛАСТИ</text:p><text:p>ПРИКАЗ</text:p>"
            + "<text:p>от 15.02.2024<text:s text:c=\"3\"/>№ 7/01-02</text:p>"
            + "<text:p>Директор департамента<text:tab/>И.В.Лобода</text:p>"
            + "<text:h text:outline-level=\"1\">Дорожная карта проекта «500+» на 2024 год</text:h>"
            + "<table:table table:name=\"Таблица1\"><table:table-column table:number-columns-repeated=\"4\"/>"
            + "<table:table-header-rows>" + Row(Cell("№"), Cell("Мероприятие"), Cell("Сроки"), Cell("Ответственный")) + "</table:table-header-rows>"
            + Row(Cell("1"), "<table:table-cell><text:p>Консультации для:</text:p><text:list><text:list-item><text:p>кураторов<text:note><text:note-body><text:p>сноска</text:p></text:note-body></text:note></text:p></text:list-item>"
                + "<text:list-item><text:p>директоров</text:p></text:list-item></text:list></table:table-cell>",
                Cell("до 1 марта"), "<table:table-cell><text:p>О.А. Ефимова<text:line-break/>кураторы</text:p></table:table-cell>")
            + "</table:table>";

        var roadmap = Seeds.Import(RawPackage.Odf("text", body), "приказ.odt");

        Assert.Equal(new ImportedApproval("Приказ", "7/01-02", new DateOnly(2024, 2, 15), "И.В.Лобода"), roadmap.Approval);
        var item = Assert.Single(roadmap.Items);
        Assert.Equal("Консультации для:\n• кураторов\n• директоров", item.Title);
        Assert.Equal(["О.А. Ефимова", "кураторы"], item.Responsible);
    }

    [Fact]
    public void Read_OdtHeaderRows_AreMarkedAsRepeatedHeader()
    {
        var body = "<table:table><table:table-header-rows>" + Row(Cell("№"), Cell("Мероприятие")) + "</table:table-header-rows>" + Row(Cell("1"), Cell("Совещание")) + "</table:table>";

        var table = RawPackage.Read(RawPackage.Odf("text", body), OdtReader.Read).Blocks.OfType<TableBlock>().Single();

        Assert.Equal([true, false], table.Rows.Select(r => r.MarkedAsHeader));
    }

    [Fact]
    public void Read_OdtLists_CarryTheLabelsTheirStyleDraws()
    {
        const string styles = """
            <text:list-style style:name="L1">
              <text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."/>
              <text:list-level-style-number text:level="2" style:num-format="а" style:num-suffix=")" text:display-levels="1"/>
            </text:list-style>
            <text:list-style style:name="B"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
            """;
        var body = "<text:list xml:id=\"a\" text:style-name=\"L1\"><text:list-item><text:p>Утвердить</text:p>"
            + "<text:list><text:list-item><text:p>план</text:p></text:list-item><text:list-item><text:p>график</text:p></text:list-item></text:list></text:list-item></text:list>"
            + "<text:list text:style-name=\"B\"><text:list-item><text:p>маркер</text:p></text:list-item></text:list>"
            + "<text:list text:continue-list=\"a\" text:style-name=\"L1\"><text:list-item><text:p>Контроль</text:p></text:list-item>"
            + "<text:list-item text:start-value=\"7\"><text:p>Седьмой</text:p></text:list-item></text:list>";

        var paragraphs = RawPackage.Read(RawPackage.Odf("text", body, styles), OdtReader.Read).Blocks.OfType<ParagraphBlock>().Select(p => p.Text);

        Assert.Equal(["1. Утвердить", "а) план", "б) график", "маркер", "2. Контроль", "7. Седьмой"], paragraphs);
    }

    [Fact]
    public void Import_OdsWithoutMimetypeEntry_IsToldByItsManifest()
    {
        var content = RawPackage.Odf("spreadsheet", Sheet("План", Roadmap));
        using var source = new System.IO.Compression.ZipArchive(new MemoryStream(content));
        var contentXml = new StreamReader(source.GetEntry("content.xml")!.Open()).ReadToEnd();
        var bytes = RawPackage.Zip(
            ("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/></manifest:manifest>"),
            ("content.xml", contentXml));

        Assert.Equal(["1", "1.1", "1.2"], Seeds.Import(bytes, "план.ods").Items.Select(i => i.Number));
    }
}
