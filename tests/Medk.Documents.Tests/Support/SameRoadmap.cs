using Medk.Documents;
using Medk.Documents.Reading;

namespace Medk.Documents.Tests.Support;

/// <summary>
/// Compares a roadmap read from a re-made document with the one read from its text seed: the same items and
/// sections in the same order, with the same numbers, depth, texts and deadlines, and with the preamble the same
/// owner, approval, title, period and so the same checkpoints.
/// Line breaks inside a cell are compared as spaces: a writer wraps long lines where its page ends.
/// </summary>
public static class SameRoadmap
{
    public static void AssertEqual(ImportedRoadmap expected, ImportedRoadmap actual, string what, bool withPreamble)
    {
        if (withPreamble)
        {
            Assert.Equal(expected.Owner, actual.Owner);
            Assert.Equal(expected.Approval, actual.Approval);
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Period, actual.Period);
        }
        Assert.Equal(expected.Columns.Select(c => c.Kind), actual.Columns.Select(c => c.Kind));
        var want = expected.Items.Select(Describe).ToList();
        var got = actual.Items.Select(Describe).ToList();
        for (var i = 0; i < Math.Min(want.Count, got.Count); i++)
        {
            Assert.True(want[i] == got[i], $"{what}, item {i}:\nexpected {want[i]}\nactual   {got[i]}");
        }
        Assert.Equal(want.Count, got.Count);
        // Without the preamble the period is guessed from the deadlines, so the checkpoints may fall in another year.
        for (var i = 0; withPreamble && i < expected.Items.Count; i++)
        {
            Assert.Equal(expected.Items[i].Schedule?.Checkpoints ?? [], actual.Items[i].Schedule?.Checkpoints ?? []);
        }
    }

    private static string Describe(ImportedItem item) =>
        $"{item.Kind} {item.Depth} «{item.Number}» «{Line(item.Title)}» | «{Line(item.DeadlineText)}» | «{Line(item.ResponsibleText)}» | «{Line(item.Result)}»";

    private static string Line(string? text) => text is null ? "" : CellText.OneLine(text);
}
