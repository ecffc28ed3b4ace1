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
}
