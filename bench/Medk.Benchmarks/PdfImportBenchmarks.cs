using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Medk.Documents;
using UglyToad.PdfPig;

namespace Medk.Benchmarks;

/// <summary>
/// A long roadmap as a PDF with a text layer, the way an authority publishes a signed order: our DOCX export of a
/// generated roadmap printed to PDF by LibreOffice (ruled table, header repeated on every page) at setup. Needs
/// <c>soffice</c> on PATH (Debian: libreoffice-writer-nogui). The target of issue 9: under 5 s for 200 pages.
/// </summary>
[MemoryDiagnoser]
public class LargePdfBenchmarks
{
    /// <summary>Rows of the generated roadmap; about 10 fit a page of the export layout.</summary>
    private const int Rows = 2200;

    private byte[] _pdf = [];

    public int Pages { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _pdf = PrintToPdf(RoadmapDocxWriter.ToBytes(LargeDocxBenchmarks.Generate(Rows)));
        using var document = PdfDocument.Open(_pdf);
        Pages = document.NumberOfPages;
        Console.WriteLine($"// generated PDF: {Pages} pages, {_pdf.Length / 1024} KB");
        if (Pages < 200)
        {
            throw new InvalidOperationException($"The generated PDF has {Pages} pages, fewer than 200: raise Rows.");
        }
    }

    [Benchmark]
    public ImportedRoadmap ImportPdf200Pages() => RoadmapImporter.Import(new MemoryStream(_pdf, false), "карта.pdf");

    private static byte[] PrintToPdf(byte[] docx)
    {
        var work = Directory.CreateTempSubdirectory("medk-bench-pdf-");
        try
        {
            var source = Path.Combine(work.FullName, "roadmap.docx");
            File.WriteAllBytes(source, docx);
            var start = new ProcessStartInfo("soffice") { UseShellExecute = false };
            foreach (var argument in new[]
            {
                "--headless", "--norestore", "-env:UserInstallation=" + new Uri(Path.Combine(work.FullName, "profile") + "/").AbsoluteUri,
                "--convert-to", "pdf:writer_pdf_Export", "--outdir", work.FullName, source,
            })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
            process.WaitForExit();
            return File.ReadAllBytes(Path.Combine(work.FullName, "roadmap.pdf"));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
