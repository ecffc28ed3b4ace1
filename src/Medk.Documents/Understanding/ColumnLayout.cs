namespace Medk.Documents.Understanding;

/// <summary>
/// What each column of the table means. Several columns may share a meaning («Срок начала», «Срок окончания»);
/// their texts are joined in the way that keeps the meaning (a range, a list of parties).
/// </summary>
internal sealed class ColumnLayout(IReadOnlyList<ColumnKind?> kinds)
{
    public IReadOnlyList<ColumnKind?> Kinds { get; } = kinds;

    public int Width => Kinds.Count;

    public bool Has(ColumnKind kind) => Kinds.Contains(kind);

    public IEnumerable<int> IndicesOf(ColumnKind kind) => Enumerable.Range(0, Kinds.Count).Where(i => Kinds[i] == kind);

    public int FirstIndexOf(ColumnKind kind)
    {
        for (var i = 0; i < Kinds.Count; i++)
        {
            if (Kinds[i] == kind)
            {
                return i;
            }
        }
        return -1;
    }

    public string Get(IReadOnlyList<string> cells, ColumnKind kind) =>
        string.Join(Separator(kind), IndicesOf(kind).Where(i => i < cells.Count).Select(i => cells[i]).Where(t => t.Length > 0));

    private static string Separator(ColumnKind kind) => kind switch
    {
        ColumnKind.Deadline => " – ",
        ColumnKind.Responsible => ", ",
        ColumnKind.Levels => " ",
        _ => "\n",
    };
}
