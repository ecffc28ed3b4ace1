using BenchmarkDotNet.Attributes;
using Medk.Core.Planning.Schedules;
using Medk.Documents;

namespace Medk.Benchmarks;

/// <summary>Importing each seed order (text as the authorities send it), end to end: decoding, table, preamble, schedules.</summary>
[MemoryDiagnoser]
public class SeedImportBenchmarks
{
    private byte[] _content = [];

    public static IEnumerable<string> Seeds() => Directory.GetFiles(BenchmarkFiles.SeedsFolder(), "*.txt").Select(Path.GetFileName).OfType<string>().Order();

    [ParamsSource(nameof(Seeds))]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _content = File.ReadAllBytes(Path.Combine(BenchmarkFiles.SeedsFolder(), Seed));

    [Benchmark]
    public ImportedRoadmap Import() => RoadmapImporter.Import(new MemoryStream(_content, false), Seed);
}

/// <summary>A large Word roadmap (500 rows in sections), imported and exported.</summary>
[MemoryDiagnoser]
public class LargeDocxBenchmarks
{
    private const int Rows = 500;
    private ImportedRoadmap _roadmap = null!;
    private byte[] _docx = [];
    private byte[] _xlsx = [];

    [GlobalSetup]
    public void Setup()
    {
        _roadmap = Generate(Rows);
        _docx = RoadmapDocxWriter.ToBytes(_roadmap);
        _xlsx = RoadmapXlsxWriter.ToBytes(_roadmap);
    }

    [Benchmark]
    public ImportedRoadmap ImportDocx500() => RoadmapImporter.Import(new MemoryStream(_docx, false), "карта.docx");

    [Benchmark]
    public ImportedRoadmap ImportXlsx500() => RoadmapImporter.Import(new MemoryStream(_xlsx, false), "карта.xlsx");

    [Benchmark]
    public byte[] ExportDocx500() => RoadmapDocxWriter.ToBytes(_roadmap);

    [Benchmark]
    public byte[] ExportXlsx500() => RoadmapXlsxWriter.ToBytes(_roadmap);

    internal static ImportedRoadmap Generate(int rows)
    {
        string[] deadlines = ["до 1 марта", "Еженедельно, пятница, 15.00", "В течение года", "25.04-01.06.2022г.", "По графику ФИОКО", "март"];
        string[] parties = ["РУО, ОО", "О.А. Ефимова, руководители ОО, кураторы", "МОиН РК, БУ ДПО РК «КРИПКРО»", "ИМЦ РУО"];
        var items = new List<ImportedItem>(rows);
        var section = 0;
        var inSection = 0;
        for (var i = 0; i < rows; i++)
        {
            if (i % 25 == 0)
            {
                section++;
                inSection = 0;
                items.Add(new ImportedItem { Kind = ImportedItemKind.Section, Number = $"{section}", Title = $"Направление {section}: преодоление рисков низкой учебной мотивации" });
                continue;
            }
            inSection++;
            items.Add(new ImportedItem
            {
                Number = $"{section}.{inSection}",
                Depth = 1,
                Title = $"Мероприятие {section}.{inSection}: организация участия кураторов и ответственных от школ в вебинарах ФИОКО и ИРО по вопросам проекта",
                DeadlineText = deadlines[i % deadlines.Length],
                ResponsibleText = parties[i % parties.Length],
                Result = "Доля 100% из числа включенных в проект, разместивших концептуальные документы, подтвержденные кураторами",
            });
        }
        return new ImportedRoadmap
        {
            Title = "Дорожная карта реализации проекта адресной методической помощи «500+» в 2022 году",
            Owner = "Управление образованием администрации МР «Сретенский район» Забайкальского края",
            Approval = new ImportedApproval("Приказ", "102-1", new DateOnly(2022, 3, 4), "И.А. Магон"),
            Period = DatePeriod.Year(2022),
            Items = items,
        };
    }
}

internal static class BenchmarkFiles
{
    /// <summary>The seed orders in the repository (src/Medk.Data/Demo/Seeds), found from the folder that holds Medk.slnx.</summary>
    public static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Medk.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Medk.Data", "Demo", "Seeds");
            }
        }
        throw new DirectoryNotFoundException("Medk.slnx not found above " + AppContext.BaseDirectory);
    }
}
