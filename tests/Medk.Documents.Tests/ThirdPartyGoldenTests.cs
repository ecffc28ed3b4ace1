using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

/// <summary>
/// The seed orders re-made by LibreOffice (Fixtures/ThirdParty/README.md) import as the text seeds do: the
/// expectation is the text seed's own import, so the formats are held to each other, not to copies.
/// </summary>
public class ThirdPartyGoldenTests
{
    public static TheoryData<string, string> Remade()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds.Names)
        {
            foreach (var format in new[] { "docx", "odt", "ods" })
            {
                data.Add(seed, format);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Remade))]
    public void Import_SeedSavedByLibreOffice_ReadsAsTheTextSeed(string seed, string format)
    {
        var fixture = $"seed-{seed[..3]}.{format}";

        Fixtures.AssertSameRoadmap(Seeds.Import(seed), Fixtures.Import(fixture), fixture);
    }

    [Theory]
    [InlineData("seed-000-numbered-libreoffice.docx", 0)]
    [InlineData("seed-000-numbered-libreoffice.odt", 0)]
    [InlineData("seed-004-word-numbering.docx", 4)]
    [InlineData("seed-002-tracked-changes.docx", 2)]
    [InlineData("seed-000-preamble.xlsx", 0)]
    public void Import_SeedRemadeWithNumberingChangesOrPreamble_ReadsAsTheTextSeed(string fixture, int seed)
    {
        Fixtures.AssertSameRoadmap(Seeds.Import(Seeds.Names[seed]), Fixtures.Import(fixture), fixture);
    }

    [Fact]
    public void Import_NumberedDocxFromLibreOffice_TakesNumbersFromNumberingNotFromCellText()
    {
        var document = System.Text.Encoding.UTF8.GetString(Unzip(Fixtures.Bytes("seed-000-numbered-libreoffice.docx"), "word/document.xml"));

        Assert.Contains("<w:numPr>", document);
        Assert.DoesNotContain(">1.1.1<", document);
        Assert.Equal(["1", "1.1", "1.1.1", "1.1.2"], Fixtures.Import("seed-000-numbered-libreoffice.docx").Items.Take(4).Select(i => i.Number));
    }

    [Fact]
    public void Import_TrackedChanges_KeepsInsertionDropsDeletion()
    {
        var roadmap = Fixtures.Import("seed-002-tracked-changes.docx");

        Assert.DoesNotContain(roadmap.Items, i => i.Title.Contains("Устаревшая формулировка", StringComparison.Ordinal));
        Assert.Contains(roadmap.Items, i => i.Title.EndsWith("анкетировании директоров ПНОР", StringComparison.Ordinal));
    }

    private static byte[] Unzip(byte[] zip, string part)
    {
        using var archive = new System.IO.Compression.ZipArchive(new MemoryStream(zip));
        using var stream = archive.GetEntry(part)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
