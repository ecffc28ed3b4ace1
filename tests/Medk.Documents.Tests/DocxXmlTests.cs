using Medk.Documents.Reading;
using Medk.Documents.Tests.Support;
using static Medk.Documents.Tests.Support.RawPackage;

namespace Medk.Documents.Tests;

/// <summary>The DOCX reader on XML as Word, LibreOffice and other writers spell it.</summary>
public class DocxXmlTests
{
    private static List<string> Paragraphs(string body, string? numbering = null, string? styles = null) =>
        ReadDocx(Docx(body, numbering, styles)).Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

    private static TableBlock Table(string body, string? numbering = null) =>
        ReadDocx(Docx(body, numbering)).Blocks.OfType<TableBlock>().Single();

    private static string Row(string trPr, params string[] cells) =>
        $"<w:tr>{trPr}{string.Concat(cells.Select(c => c.StartsWith("<w:tc", StringComparison.Ordinal) ? c : $"<w:tc>{P(c)}</w:tc>"))}</w:tr>";

    [Theory]
    [InlineData("<w:tblHeader/>", true)]
    [InlineData("<w:tblHeader w:val=\"true\"/>", true)]
    [InlineData("<w:tblHeader w:val=\"1\"/>", true)]
    [InlineData("<w:tblHeader w:val=\"on\"/>", true)]
    [InlineData("<w:tblHeader w:val=\"false\"/>", false)]
    [InlineData("<w:tblHeader w:val=\"0\"/>", false)]
    [InlineData("<w:tblHeader w:val=\"off\"/>", false)]
    [InlineData("", false)]
    public void Read_TblHeaderAsAnyWriterSpellsIt_MarksTheRow(string property, bool header)
    {
        var table = Table($"<w:tbl>{Row($"<w:trPr>{property}</w:trPr>", "№", "Мероприятие")}{Row("", "1", "Совещание")}</w:tbl>");

        Assert.Equal(header, table.Rows[0].MarkedAsHeader);
        Assert.False(table.Rows[1].MarkedAsHeader);
    }

    [Theory]
    [InlineData("<w:vMerge/>")]
    [InlineData("<w:vMerge w:val=\"continue\"/>")]
    public void Read_VerticalMergeWithOrWithoutValue_RepeatsTheCellAbove(string merge)
    {
        var table = Table("<w:tbl>"
            + Row("", "1", $"<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>{P("РУО")}</w:tc>")
            + Row("", "2", $"<w:tc><w:tcPr>{merge}</w:tcPr><w:p/></w:tc>")
            + "</w:tbl>");

        Assert.Equal(new RawCell("РУО", CellMerge.FromAbove), table.Rows[1].Cells[1]);
    }

    private const string Multilevel = """
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2.%3"/></w:lvl>
        </w:abstractNum>
        """;

    [Fact]
    public void Read_AutomaticNumberingInNumberColumn_YieldsTheNumbersAReaderSees()
    {
        var numbering = Multilevel + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"0\"/></w:num>";
        string Item(int level) => $"<w:tc>{Numbered(5, level)}</w:tc>";
        var table = Table("<w:tbl>" + Row("", "№", "Мероприятие")
            + Row("", Item(0), "Раздел") + Row("", Item(1), "Первый") + Row("", Item(2), "Вложенный") + Row("", Item(1), "Второй")
            + Row("", Item(0), "Раздел 2") + Row("", Item(1), "Снова первый") + "</w:tbl>", numbering);

        Assert.Equal(["№", "1.", "1.1.", "1.1.1", "1.2.", "2.", "2.1."], table.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Read_NumberingStartsAndOverrides_FollowWord()
    {
        // Two lists on one abstract numbering continue each other; a list with startOverride restarts it.
        var numbering = """
            <w:abstractNum w:abstractNumId="3">
              <w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="3"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            """;

        var texts = Paragraphs(Numbered(1, 0, "а") + Numbered(1, 0, "б") + Numbered(2, 0, "в") + Numbered(3, 0, "г") + Numbered(3, 0, "д"), numbering);

        Assert.Equal(["4) а", "5) б", "6) в", "1) г", "2) д"], texts);
    }

    [Fact]
    public void Read_LevelThatNeverRestarts_KeepsCountingAcrossHigherLevels()
    {
        var numbering = """
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="%2."/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """;

        var texts = Paragraphs(Numbered(1, 0, "Раздел") + Numbered(1, 1, "а") + Numbered(1, 0, "Раздел") + Numbered(1, 1, "б"), numbering);

        Assert.Equal(["I. Раздел", "1. а", "II. Раздел", "2. б"], texts);
    }

    [Theory]
    [InlineData("lowerLetter", 28, "bb)")]
    [InlineData("russianLower", 3, "в)")]
    [InlineData("upperRoman", 14, "XIV)")]
    [InlineData("decimalZero", 7, "07)")]
    [InlineData("none", 2, ")")]
    public void Digits_WordFormats(string format, int value, string label) =>
        Assert.Equal(label, ListLabels.Digits(value, format) + ")");

    [Fact]
    public void Read_NumberingCarriedByParagraphStyle_IsResolvedThroughBasedOn()
    {
        var numbering = Multilevel + "<w:num w:numId=\"7\"><w:abstractNumId w:val=\"0\"/></w:num>";
        var styles = """
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>
            <w:style w:type="paragraph" w:styleId="RoadmapPoint"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="RoadmapSubpoint"><w:basedOn w:val="RoadmapPoint"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>
            """;
        string Styled(string style, string text) => $"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>";
        var cancelled = "<w:p><w:pPr><w:pStyle w:val=\"RoadmapPoint\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>без номера</w:t></w:r></w:p>";

        var texts = Paragraphs(Styled("RoadmapPoint", "а") + Styled("RoadmapSubpoint", "б") + cancelled + Styled("RoadmapPoint", "в"), numbering, styles);

        Assert.Equal(["1. а", "1.1. б", "без номера", "2. в"], texts);
    }

    [Fact]
    public void Read_NumberingTheDocumentDoesNotDefine_IsABullet()
    {
        var table = Table("<w:tbl>" + Row("", $"<w:tc>{P("Консультации:")}{Numbered(9, 0, "кураторов")}</w:tc>") + "</w:tbl>");

        Assert.Equal("Консультации:\n• кураторов", table.Rows[0][0]);
    }

    [Fact]
    public void Read_TrackedChangesFieldsLinksControlsAndHiddenText_AsShown()
    {
        var paragraph = "<w:p>"
            + "<w:r><w:t xml:space=\"preserve\">Срок </w:t></w:r>"
            + "<w:del w:id=\"1\" w:author=\"А\"><w:r><w:delText>до мая </w:delText></w:r></w:del>"
            + "<w:ins w:id=\"2\" w:author=\"А\"><w:r><w:t xml:space=\"preserve\">до июня </w:t></w:r></w:ins>"
            + "<w:moveFrom w:id=\"3\" w:author=\"А\"><w:r><w:t>перенесено</w:t></w:r></w:moveFrom>"
            + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE \\@ \"yyyy\" </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2024</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            + "<w:r><w:t xml:space=\"preserve\"> года, </w:t></w:r>"
            + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>7</w:t></w:r></w:fldSimple>"
            + "<w:hyperlink w:anchor=\"x\"><w:r><w:t xml:space=\"preserve\"> сайт</w:t></w:r></w:hyperlink>"
            + "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space=\"preserve\"> РУО</w:t></w:r></w:sdtContent></w:sdt>"
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>скрыто</w:t></w:r>"
            + "<w:r><w:rPr><w:vanish w:val=\"false\"/></w:rPr><w:t xml:space=\"preserve\"> видно</w:t></w:r>"
            + "</w:p>";

        Assert.Equal(["Срок до июня 2024 года, 7 сайт РУО видно"], Paragraphs(paragraph));
    }

    [Fact]
    public void Read_FieldWithoutSeparateOrEnd_DoesNotHideTheParagraphsAfterIt()
    {
        var broken = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>";

        Assert.Equal(["", "Дорожная карта"], Paragraphs(broken + P("Дорожная карта")));
    }

    [Fact]
    public void Read_NestedTableAndContentControlInCell_AreFlattenedIntoTheCell()
    {
        var nested = "<w:tbl>" + Row("", "Этап 1", "март") + Row("", "Этап 2", "апрель") + "</w:tbl>";
        var table = Table("<w:tbl>" + Row("", "1",
            $"<w:tc>{P("Мониторинг:")}{nested}</w:tc>",
            $"<w:tc><w:sdt><w:sdtContent>{P("ИМЦ")}</w:sdtContent></w:sdt></w:tc>") + "</w:tbl>");

        Assert.Equal("Мониторинг:\nЭтап 1 март\nЭтап 2 апрель", table.Rows[0][1]);
        Assert.Equal("ИМЦ", table.Rows[0][2]);
        Assert.Single(table.Rows);
    }

    [Fact]
    public void Read_RowDeletedWithTrackedChanges_IsLeftOut()
    {
        var table = Table("<w:tbl>" + Row("", "1", "Оставлено") + Row("<w:trPr><w:del w:id=\"1\" w:author=\"А\"/></w:trPr>", "2", "Удалено") + "</w:tbl>");

        Assert.Equal(["1"], table.Rows.Select(r => r[0]));
    }

    [Fact]
    public void Import_WordRoadmapWithNumberingSplitOverTwoTablesWithRepeatedHeader_KeepsTreeAndNumbers()
    {
        var numbering = Multilevel + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        string Header() => Row("<w:trPr><w:tblHeader w:val=\"true\"/></w:trPr>", "№", "Мероприятие", "Сроки", "Ответственный");
        string Item(int level, string text, string deadline) => Row("", $"<w:tc>{Numbered(1, level)}</w:tc>", text, deadline, deadline.Length > 0 ? "РУО" : "");
        var body = P("Дорожная карта на 2024 год")
            + "<w:tbl>" + Header() + Item(0, "Организация", "") + Item(1, "Совещание", "март") + Item(1, "Анкетирование", "апрель") + "</w:tbl>"
            + P("")
            + "<w:tbl>" + Header() + Item(0, "Мониторинг", "") + Item(1, "Опрос", "май") + "</w:tbl>";

        var roadmap = Seeds.Import(Docx(body, numbering), "карта.docx");

        Assert.Equal(["1", "1.1", "1.2", "2", "2.1"], roadmap.Items.Select(i => i.Number));
        Assert.Equal([0, 1, 1, 0, 1], roadmap.Items.Select(i => i.Depth));
        Assert.Equal([true, false, false, true, false], roadmap.Items.Select(i => i.IsSection));
    }
}
