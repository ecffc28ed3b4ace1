using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Medk.Cli.Tests;

/// <summary>
/// Issue 9, «Done when»: every seed order re-made by LibreOffice as DOCX, ODT, ODS, DOC and PDF, and as a DOCX
/// whose № column is numbered automatically, imports through `medk import --dry-run --format json` (the real
/// entry point) with the same items, sections, numbers, depths, titles and deadlines (text, kind, checkpoints)
/// as the text seed itself. Nothing expected is copied: both sides are the command's own JSON.
/// The fixtures and how they were made: tests/Medk.Documents.Tests/Fixtures/ThirdParty/README.md.
/// </summary>
public sealed partial class ImportFormatsTests : IDisposable
{
    private static readonly string[] Seeds =
        ["000-sretensky-2022", "001-pervouralsk-2022", "002-kalmykia-2022", "003-bauntovsky-2021-2022", "004-yaroslavl-2021"];

    private readonly string _root = Directory.CreateTempSubdirectory("medk-cli-formats-").FullName;

    public ImportFormatsTests()
    {
        File.WriteAllText(Path.Combine(_root, "appsettings.json"), """{ "Database": { "Provider": "Sqlite" } }""");
        Environment.SetEnvironmentVariable("MEDK_CONTENT_ROOT", _root);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("MEDK_CONTENT_ROOT", null);
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>Every fixture of every seed: (seed, fixture file name).</summary>
    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds)
        {
            var number = seed[..3];
            foreach (var file in new[] { $"seed-{number}.docx", $"seed-{number}.odt", $"seed-{number}.ods", $"{seed}.doc", $"{seed}.pdf" })
            {
                data.Add(seed, file);
            }
            foreach (var numbered in Directory.EnumerateFiles(FixtureDirectory(), $"seed-{number}-*numbering*.docx")
                .Concat(Directory.EnumerateFiles(FixtureDirectory(), $"seed-{number}-numbered-*.docx")).Order())
            {
                data.Add(seed, Path.GetFileName(numbered));
            }
        }
        return data;
    }

    [Fact]
    public void EverySeed_HasEveryFormat_AndAnAutomaticallyNumberedDocx()
    {
        var fixtures = Fixtures().Select(row => ((string)row[0], (string)row[1])).ToList();
        Assert.All(fixtures, f => Assert.True(File.Exists(Path.Combine(FixtureDirectory(), f.Item2)), f.Item2));
        Assert.All(Seeds, seed => Assert.Contains(fixtures, f => f.Item1 == seed && f.Item2 == $"seed-{seed[..3]}-word-numbering.docx"));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task ImportDryRunJson_OfFixture_MatchesTheTextSeed(string seed, string fixture)
    {
        var expected = await ItemsAsync(Path.Combine(SeedDirectory(), seed + ".txt"));
        var actual = await ItemsAsync(Path.Combine(FixtureDirectory(), fixture));

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count(i => i.StartsWith("section", StringComparison.Ordinal)), actual.Count(i => i.StartsWith("section", StringComparison.Ordinal)));
        for (var i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(expected[i] == actual[i], $"{fixture}, item {i + 1}:\n  text seed: {expected[i]}\n  fixture:   {actual[i]}");
        }
        Assert.Equal(expected.Count, actual.Count);
    }

    /// <summary>The items of `medk import FILE --dry-run --format json`, one comparable line each.</summary>
    private static async Task<List<string>> ItemsAsync(string path)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        int code;
        try
        {
            code = await MedkCli.RunAsync(["import", path, "--dry-run", "--format", "json"]);
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }
        Assert.True(code == 0, $"{Path.GetFileName(path)}: exit {code}: {error}");
        var json = JsonNode.Parse(output.ToString())!;
        return [.. json["items"]!.AsArray().Select(item =>
        {
            var deadline = item!["deadline"];
            var checkpoints = deadline?["checkpoints"]?.AsArray().Select(c => (string)c!) ?? [];
            return string.Join(" | ",
                (string)item["kind"]!,
                (string?)item["number"] ?? "—",
                (int)item["depth"]!,
                Text((string?)item["title"]),
                Text((string?)deadline?["text"]),
                (string?)deadline?["kind"] ?? "—",
                string.Join(" ", checkpoints));
        })];
    }

    /// <summary>Whitespace as one space: line breaks of a cell are a layout matter, not content.</summary>
    private static string Text(string? text) => Spaces().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Medk.slnx")))
        {
            dir = dir.Parent;
        }
        return dir.FullName;
    }

    private static string SeedDirectory() => Path.Combine(RepositoryRoot(), "src", "Medk.Data", "Demo", "Seeds");

    private static string FixtureDirectory() => Path.Combine(RepositoryRoot(), "tests", "Medk.Documents.Tests", "Fixtures", "ThirdParty");
}
