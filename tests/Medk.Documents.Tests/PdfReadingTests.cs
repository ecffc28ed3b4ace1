using Medk.Documents.Reading;
using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

public class PdfReadingTests
{
    public static TheoryData<string> SeedNames => new(ThirdPartyFixtures.SeedNames);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Import_SeedPrintedToPdfByLibreOffice_YieldsWhatTheTextSeedYields(string seed)
    {
        var expected = ThirdPartyFixtures.ImportSeed(seed);

        var roadmap = ThirdPartyFixtures.Import(seed + ".pdf");

        SameRoadmap.AssertEqual(expected, roadmap, seed + ".pdf", withPreamble: true);
    }

    /// <summary>Writer repeats the header on every page: each page's table starts with it, and no item is made of it.</summary>
    [Fact]
    public void Read_TableOverSeveralPagesWithRepeatedHeader_GivesOneTablePerPageAndTheImportDropsTheRepeats()
    {
        var bytes = ThirdPartyFixtures.Bytes("000-sretensky-2022.pdf");

        var tables = PdfTableReader.Read(bytes).Blocks.OfType<TableBlock>().ToList();
        var roadmap = ThirdPartyFixtures.Import(bytes, "приказ.pdf");

        Assert.True(tables.Count >= 3, $"{tables.Count} tables");
        Assert.All(tables, t => Assert.Equal(CellText.OneLine(tables[0].Rows[0][1]), CellText.OneLine(t.Rows[0][1])));
        Assert.DoesNotContain(roadmap.Items, i => i.Title.StartsWith("Описание действий", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PreambleAboveTheTable_BecomesParagraphsBeforeIt()
    {
        var blocks = PdfTableReader.Read(ThirdPartyFixtures.Bytes("004-yaroslavl-2021.pdf")).Blocks;

        var firstTable = blocks.ToList().FindIndex(b => b is TableBlock);
        Assert.True(firstTable > 3);
        Assert.All(blocks.Take(firstTable), b => Assert.IsType<ParagraphBlock>(b));
        Assert.Contains(blocks.Take(firstTable), b => ((ParagraphBlock)b).Text.Contains("ПРИКАЗ", StringComparison.Ordinal));
    }

    /// <summary>Seed 004 printed by LibreOffice from a table with no borders: the header words give the columns.</summary>
    [Fact]
    public void Import_PdfTableWithoutLines_FindsColumnsByTheHeader()
    {
        var expected = ThirdPartyFixtures.ImportSeed("004-yaroslavl-2021");

        var roadmap = ThirdPartyFixtures.Import("004-yaroslavl-2021.unruled.pdf");

        SameRoadmap.AssertEqual(expected, roadmap, "004-yaroslavl-2021.unruled.pdf", withPreamble: true);
    }

    [Fact]
    public void Import_ScannedPdf_SaysThereIsNoTextLayer()
    {
        var error = Assert.Throws<RoadmapImportException>(() => ThirdPartyFixtures.Import("004-yaroslavl-2021.scanned.pdf"));

        Assert.Equal(Messages.PdfScanned, error.Message);
    }

    [Theory]
    [InlineData("3", 20, true)]
    [InlineData("- 3 -", 820, true)]
    [InlineData("Страница 2 из 7", 20, true)]
    [InlineData("2 / 7", 20, true)]
    [InlineData("2022", 400, false)]
    [InlineData("№ 102-1", 820, false)]
    [InlineData("Приложение 1", 820, false)]
    public void IsPageFurniture_DropsPageNumbersInTheMarginsOnly(string text, double top, bool furniture)
    {
        Assert.Equal(furniture, PdfTableReader.IsPageFurniture(text, top, 842));
    }
}
