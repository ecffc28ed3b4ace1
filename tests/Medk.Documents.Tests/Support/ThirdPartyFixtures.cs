using Medk.Documents;
using Medk.Documents.Reading;

namespace Medk.Documents.Tests.Support;

/// <summary>
/// Files written by other programs (Fixtures/ThirdParty, see its README.md) and the seed orders they were made
/// from (src/Medk.Data/Demo/Seeds): both inside the repository, found from the folder that holds Medk.slnx.
/// </summary>
public static class ThirdPartyFixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Medk.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Medk.slnx not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The seed orders by the names their fixtures carry.</summary>
    public static readonly string[] SeedNames =
    [
        "000-sretensky-2022",
        "001-pervouralsk-2022",
        "002-kalmykia-2022",
        "003-bauntovsky-2021-2022",
        "004-yaroslavl-2021",
    ];

    /// <summary>One LibreOffice for the whole test run: conversions run one at a time anyway.</summary>
    public static readonly LibreOfficeConverter LibreOffice = new(new LibreOfficeOptions { Timeout = TimeSpan.FromMinutes(3) });

    public static string PathOf(string fileName) => Path.Combine(Root.Value, "tests", "Medk.Documents.Tests", "Fixtures", "ThirdParty", fileName);

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(PathOf(fileName));

    public static ImportedRoadmap ImportSeed(string seed)
    {
        using var stream = File.OpenRead(Path.Combine(Root.Value, "src", "Medk.Data", "Demo", "Seeds", seed + ".txt"));
        return RoadmapImporter.Import(stream, seed + ".txt");
    }

    public static ImportedRoadmap Import(string fileName, RoadmapImportOptions? options = null) =>
        Import(Bytes(fileName), fileName, options);

    public static ImportedRoadmap Import(byte[] bytes, string fileName, RoadmapImportOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return RoadmapImporter.Import(stream, fileName, options: options);
    }
}
