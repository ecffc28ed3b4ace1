namespace Medk.Documents.Tests.Support;

/// <summary>Files made by other programs (LibreOffice…), committed under Fixtures/ThirdParty with a README saying how.</summary>
public static class Fixtures
{
    public static string PathOf(string name) =>
        Path.Combine(Seeds.RepositoryRoot(), "tests", "Medk.Documents.Tests", "Fixtures", "ThirdParty", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static ImportedRoadmap Import(string name) => Seeds.Import(Bytes(name), name);

    /// <summary>
    /// Two imports of the same order agree on what a person checks: the same items and sections in the same
    /// order, with the same numbers, depth, titles, deadlines, responsible and results (text compared on one
    /// line without list bullets, which formats draw differently), the same owner, approval and period.
    /// </summary>
    public static void AssertSameRoadmap(ImportedRoadmap expected, ImportedRoadmap actual, string what)
    {
        Assert.True(expected.Items.Count == actual.Items.Count,
            $"{what}: {actual.Items.Count} rows instead of {expected.Items.Count}: {string.Join(" | ", actual.Items.Select(i => i.Number + " " + Cut(i.Title)))}");
        for (var i = 0; i < expected.Items.Count; i++)
        {
            var (want, got) = (expected.Items[i], actual.Items[i]);
            var where = $"{what}, row {i} («{want.Number}» {Cut(want.Title)})";
            Assert.True(want.Kind == got.Kind, $"{where}: kind {got.Kind}");
            Assert.True(want.Number == got.Number, $"{where}: number «{got.Number}»");
            Assert.True(want.Depth == got.Depth, $"{where}: depth {got.Depth}");
            Assert.True(Flat(want.Title) == Flat(got.Title), $"{where}: title «{got.Title}»");
            Assert.True(want.DeadlineText == got.DeadlineText, $"{where}: deadline «{got.DeadlineText}»");
            Assert.True(want.Schedule?.Checkpoints.SequenceEqual(got.Schedule?.Checkpoints ?? []) ?? got.Schedule is null, $"{where}: checkpoints");
            Assert.True(Flat(want.ResponsibleText) == Flat(got.ResponsibleText), $"{where}: responsible «{got.ResponsibleText}»");
            Assert.True(Flat(want.Result) == Flat(got.Result), $"{where}: result «{got.Result}»");
        }
        Assert.Equal(expected.Owner, actual.Owner);
        Assert.Equal(expected.Approval, actual.Approval);
        Assert.Equal(expected.Period, actual.Period);
        Assert.Equal(expected.Title, actual.Title);
    }

    private static string Flat(string? text) =>
        string.Join(' ', (text ?? "").Replace("•", " ").Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Cut(string text) => text.Length > 40 ? text[..40] : text;
}
