using Medk.Documents;

namespace Medk.Documents.Tests.Support;

/// <summary>
/// The seed orders live in shared/seeds beside the repository (CI clones the repository with shared/ next to
/// it): found by walking up from the test binaries to the folder that holds Medk.slnx.
/// </summary>
public static class Seeds
{
    private static readonly Lazy<string> Folder = new(Locate);

    public static readonly string[] Names =
    [
        "000_2b94ed8a7abfe5d2.txt",
        "001_d8f0f3e2d1a98477.txt",
        "002_c8175a3c917fff77.txt",
        "003_23b71da14f8a7190.txt",
        "004_56a8ab7795a4e84a.txt",
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

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Medk.slnx")))
            {
                var seeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
                if (Directory.Exists(seeds))
                {
                    return seeds;
                }
                throw new DirectoryNotFoundException($"Seeds not found at {seeds}.");
            }
        }
        throw new DirectoryNotFoundException("Medk.slnx not found above " + AppContext.BaseDirectory);
    }
}
