using System.IO.Compression;
using System.Text;
using Medk.Core.Common;
using Medk.Core.Monitoring.Evidence;

namespace Medk.Core.Tests.Evidence;

public class EvidencePolicyTests
{
    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public void Pdf_IsAcceptedByItsSignature() =>
        Assert.Equal(EvidenceKind.Pdf, EvidencePolicy.Check("Протокол.pdf", Encoding.ASCII.GetBytes("%PDF-1.7\n...")));

    [Fact]
    public void ExeRenamedPdf_IsRefused()
    {
        var exe = new byte[] { (byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0 };
        var e = Assert.Throws<DomainException>(() => EvidencePolicy.Check("отчёт.pdf", exe));
        Assert.Contains("не соответствует", e.Message);
        Assert.Equal("files", e.Field);
    }

    [Fact]
    public void WordDocument_IsToldFromAPlainZip()
    {
        Assert.Equal(EvidenceKind.Word, EvidencePolicy.Check("Приказ.docx", Zip("[Content_Types].xml", "word/document.xml")));
        Assert.Equal(EvidenceKind.Archive, EvidencePolicy.Check("фото.zip", Zip("1.jpg", "2.jpg")));
        Assert.Throws<DomainException>(() => EvidencePolicy.Check("фото.docx", Zip("1.jpg")));
        Assert.Throws<DomainException>(() => EvidencePolicy.Check("таблица.xlsx", Zip("[Content_Types].xml", "word/document.xml")));
    }

    [Fact]
    public void ImagesAndArchives_ByMagicNumbers()
    {
        Assert.Equal(EvidenceKind.Image, EvidencePolicy.Check("фото.JPG", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]));
        Assert.Equal(EvidenceKind.Image, EvidencePolicy.Check("схема.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10]));
        Assert.Equal(EvidenceKind.Archive, EvidencePolicy.Check("архив.7z", [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4]));
    }

    [Theory]
    [InlineData("script.exe")]
    [InlineData("макрос.docm")]
    [InlineData("без расширения")]
    [InlineData("страница.html")]
    public void OtherTypes_AreRefusedWithTheAllowedList(string name)
    {
        var e = Assert.Throws<DomainException>(() => EvidencePolicy.Check(name, Encoding.ASCII.GetBytes("%PDF-1.4")));
        Assert.Contains("PDF, DOCX", e.Message);
    }

    [Fact]
    public void EmptyAndOversizedFiles_AreRefused()
    {
        Assert.Contains("пуст", Assert.Throws<DomainException>(() => EvidencePolicy.Check("a.pdf", [])).Message);
        var big = new byte[EvidencePolicy.MaxFileBytes + 1];
        "%PDF-"u8.CopyTo(big);
        Assert.Contains("МБ", Assert.Throws<DomainException>(() => EvidencePolicy.Check("a.pdf", big)).Message);
    }

    [Fact]
    public void TruncatedZip_IsNotTakenForADocument()
    {
        var zip = Zip("[Content_Types].xml", "word/document.xml");
        Assert.Throws<DomainException>(() => EvidencePolicy.Check("обрезан.docx", zip[..(zip.Length / 2)]));
    }
}
