using Medk.Documents;

namespace Medk.Documents.Tests.Support;

/// <summary>
/// The seed orders are the repository's own copies in src/Medk.Data/Demo/Seeds (the demo embeds the same files),
/// found by walking up from the test binaries to the folder that holds Medk.slnx: a plain clone needs nothing else.
/// </summary>
public static class Seeds
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static readonly string[] Names =
    [
        "000-sretensky-2022.txt",
        "001-pervouralsk-2022.txt",
        "002-kalmykia-2022.txt",
        "003-bauntovsky-2021-2022.txt",
        "004-yaroslavl-2021.txt",
    ];

    public static string PathOf(string name) => Path.Combine(Folder.Value, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static ImportedRoadmap Import(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return RoadmapImporter.Import(stream, name);
    }

    public static ImportedRoadmap Import(byte[] bytes, string fileName, int? year = null)
    {
        using var stream = new MemoryStream(bytes);
        return RoadmapImporter.Import(stream, fileName, year);
    }

    /// <summary>The repository's root: the folder above the test binaries that holds Medk.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Medk.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Medk.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string Locate()
    {
        var seeds = Path.Combine(RepositoryRoot(), "src", "Medk.Data", "Demo", "Seeds");
        return Directory.Exists(seeds) ? seeds : throw new DirectoryNotFoundException($"Seeds not found at {seeds}.");
    }
}
