using System.IO.Compression;
using System.Text;
using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

public class BadFileTests
{
    static BadFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static RoadmapImportException Fails(byte[] bytes, string name)
    {
        var error = Assert.Throws<RoadmapImportException>(() => Seeds.Import(bytes, name));
        Assert.Matches("[А-Яа-я]", error.Message);
        return error;
    }

    [Fact]
    public void Import_TextRenamedToDocx_SaysItIsNotWord()
    {
        var error = Fails(Seeds.Bytes(Seeds.Names[0]), "приказ.docx");

        Assert.Equal("Файл не является документом Word (DOCX) или повреждён.", error.Message);
    }

    [Fact]
    public void Import_TruncatedDocx_SaysItIsDamaged()
    {
        var whole = RoadmapDocxWriter.ToBytes(Seeds.Import(Seeds.Names[4]));

        var error = Fails(whole[..(whole.Length / 2)], "приказ.docx");

        Assert.Equal("Файл не является документом Word (DOCX) или повреждён.", error.Message);
        Assert.Equal(RoadmapImportFailure.Damaged, error.Kind);
        Assert.Null(error.ErrorId);
    }

    [Fact]
    public void Import_DocxWithoutItsDocumentPart_IsDamaged()
    {
        var bytes = RawPackage.Zip(("[Content_Types].xml", "<Types/>"), ("word/styles.xml", "<styles/>"));

        var error = Fails(bytes, "приказ.docx");

        Assert.Equal(RoadmapImportFailure.Damaged, error.Kind);
        Assert.Contains("повреждён", error.Message);
    }

    [Fact]
    public void Import_DocxWhoseDocumentIsNotXml_IsDamaged()
    {
        var bytes = RawPackage.Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document><w:body>обрыв"));

        Assert.Equal(RoadmapImportFailure.Damaged, Fails(bytes, "приказ.docx").Kind);
    }

    [Fact]
    public void Import_TruncatedOdt_SaysItIsDamaged()
    {
        var whole = Fixtures.Bytes("seed-004.odt");

        var error = Fails(whole[..(whole.Length / 2)], "приказ.odt");

        Assert.Equal("Файл не является документом OpenDocument (ODT) или повреждён.", error.Message);
        Assert.Equal(RoadmapImportFailure.Damaged, error.Kind);
    }

    [Fact]
    public void ReaderThatThrowsOnValidPackage_IsReportedAsOurFailureWithErrorId()
    {
        var bytes = Fixtures.Bytes("seed-004.docx");
        var bug = new InvalidOperationException("the reader's own bug");

        var error = Assert.Throws<RoadmapImportException>(() =>
            Reading.PackageReader.ReadWith(bytes, "этот документ Word (DOCX)", "повреждён", _ => throw bug));

        Assert.Equal(RoadmapImportFailure.ReaderFailure, error.Kind);
        Assert.Matches("^[0-9a-f]{8}$", error.ErrorId);
        Assert.Contains(error.ErrorId!, error.Message);
        Assert.Contains("Программа не смогла прочитать этот документ Word (DOCX)", error.Message);
        Assert.DoesNotContain("повреждён", error.Message);
        Assert.Same(bug, error.InnerException);
    }

    [Fact]
    public void Import_LibreOfficeDocxWithTblHeaderTrue_IsNotCalledDamaged()
    {
        var roadmap = Fixtures.Import("seed-004.docx");

        Assert.NotEmpty(roadmap.Items);
    }

    [Fact]
    public void Import_TruncatedXlsxWithoutExtension_SaysArchiveIsDamaged()
    {
        var whole = RoadmapXlsxWriter.ToBytes(Seeds.Import(Seeds.Names[4]));

        var error = Fails(whole[..(whole.Length - 100)], "upload");

        Assert.Contains("повреждён", error.Message);
    }

    [Fact]
    public void Import_ZipBomb_IsRefusedBeforeReading()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml").Open().Dispose();
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 16; i++)
            {
                entry.Write(zeros);
            }
        }

        var error = Fails(stream.ToArray(), "приказ.docx");

        Assert.Contains("zip", error.Message + "zip");
        Assert.Contains("слишком", error.Message);
    }

    [Fact]
    public void Import_ArchiveWithThousandsOfParts_IsRefused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < 2100; i++)
            {
                zip.CreateEntry($"word/part{i}.xml").Open().Dispose();
            }
        }

        Fails(stream.ToArray(), "приказ.docx");
    }

    [Fact]
    public void Import_ZipThatIsNotOffice_SaysSo()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("просто архив");
        }

        Fails(stream.ToArray(), "архив.zip");
    }

    [Fact]
    public void Import_DocxWithoutTable_SaysNoTableFound()
    {
        var bytes = new DocxBuilder().Paragraph("ПРИКАЗ").Paragraph("Утвердить дорожную карту.").Build();

        var error = Fails(bytes, "приказ.docx");

        Assert.Equal("В документе не найдена таблица дорожной карты.", error.Message);
    }

    [Theory]
    [InlineData("мусор.bin")]
    [InlineData("мусор.txt")]
    [InlineData("мусор.xlsx")]
    [InlineData("мусор.csv")]
    public void Import_BinaryGarbage_IsRefused(string name)
    {
        var random = new Random(42);
        var bytes = new byte[4096];
        random.NextBytes(bytes);

        Fails(bytes, name);
    }

    [Theory]
    [InlineData(20866)]
    [InlineData(866)]
    public void Import_TextInWrongEncoding_AsksForUtf8OrWindows1251(int codePage)
    {
        var text = File.ReadAllText(Seeds.PathOf(Seeds.Names[3]), Encoding.UTF8);

        var error = Fails(Encoding.GetEncoding(codePage).GetBytes(text), "карта.txt");

        Assert.Equal("Не удалось определить кодировку текста: сохраните файл в UTF-8 или Windows-1251.", error.Message);
    }

    [Fact]
    public void Import_DoublyEncodedUtf8_IsRefused()
    {
        var text = File.ReadAllText(Seeds.PathOf(Seeds.Names[0]), Encoding.UTF8);
        var mojibake = Encoding.GetEncoding(1251).GetString(Encoding.UTF8.GetBytes(text));

        Fails(Encoding.UTF8.GetBytes(mojibake), "карта.txt");
    }

    [Fact]
    public void Import_EmptyFile_SaysItIsEmpty()
    {
        Assert.Equal("Файл пуст.", Fails([], "карта.docx").Message);
    }

    /// <summary>An Office 97–2003 file with neither a WordDocument nor a Workbook stream (PowerPoint, Outlook, a stub).</summary>
    [Theory]
    [InlineData("приказ.doc")]
    [InlineData("план.xls")]
    public void Import_Ole2FileThatIsNeitherWordNorExcel_SaysWhatIsExpected(string name)
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        Assert.Equal(Reading.Messages.LegacyOffice, Fails(ole, name).Message);
    }

    [Fact]
    public void Import_TruncatedPdf_SaysItIsDamaged()
    {
        Assert.Equal(Reading.Messages.PdfDamaged, Fails(Encoding.ASCII.GetBytes("%PDF-1.7\n..."), "приказ.pdf").Message);
    }

    [Fact]
    public void Import_TextWithoutTable_SaysNoTableFound()
    {
        Fails(Encoding.UTF8.GetBytes("Приказ\nУтвердить дорожную карту на 2022 год.\n"), "приказ.txt");
    }
}
