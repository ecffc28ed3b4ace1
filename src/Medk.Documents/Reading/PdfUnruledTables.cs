using Medk.Documents.Understanding;
using UglyToad.PdfPig.Content;

namespace Medk.Documents.Reading;

/// <summary>
/// A table drawn without lines: the columns are told by the header. The first line whose word groups (words
/// separated by wide gaps) read as a roadmap header gives the columns, split halfway between its captions;
/// each following line puts its words into those columns, and a line that has text in the first column, or
/// comes after a gap wider than a line, starts a new row.
/// </summary>
internal sealed class PdfUnruledTables
{
    private readonly List<double> edges;
    private readonly List<List<Word>> body;

    private PdfUnruledTables(double top, List<double> edges, List<List<Word>> header, List<List<Word>> body)
    {
        Top = top;
        this.edges = edges;
        Header = header;
        this.body = body;
        Words = header.Concat(body).SelectMany(l => l).ToList();
    }

    public double Top { get; }

    public List<List<Word>> Header { get; }

    public IReadOnlyList<Word> Words { get; }

    public static PdfUnruledTables? Find(List<Word> words)
    {
        var lines = PdfTableReader.Lines(words);
        for (var i = 0; i < lines.Count; i++)
        {
            var groups = Groups(lines[i]);
            if (groups.Count < 2)
            {
                continue;
            }
            var row = RawRow.FromTexts(0, groups.Select(g => PdfTableReader.LineText(g)));
            if (HeaderDetector.FindHeader([row]) is null)
            {
                continue;
            }
            var edges = new List<double> { double.NegativeInfinity };
            for (var g = 1; g < groups.Count; g++)
            {
                edges.Add((groups[g - 1][^1].BoundingBox.Right + groups[g][0].BoundingBox.Left) / 2);
            }
            edges.Add(double.PositiveInfinity);
            return new PdfUnruledTables(lines[i].Max(w => w.BoundingBox.Top), edges, [lines[i]], lines.Skip(i + 1).ToList());
        }
        return null;
    }

    public TableBlock ToTable(ref int rowCounter)
    {
        var rows = new List<RawRow>();
        var width = edges.Count - 1;
        rowCounter++;
        rows.Add(RawRow.FromTexts(rowCounter, Split(Header[0]).Select(c => c.Count == 0 ? "" : PdfTableReader.LineText(c)), markedAsHeader: true));
        List<Word>[]? current = null;
        double previousBaseline = 0;
        foreach (var line in body)
        {
            var cells = Split(line);
            var baseline = PdfTableReader.Baseline(line[0]);
            var lineHeight = line.Max(w => w.Letters[0].PointSize) * 1.6;
            if (current is null || cells[0].Count > 0 || previousBaseline - baseline > lineHeight * 1.5)
            {
                if (current is not null)
                {
                    rowCounter++;
                    rows.Add(ToRow(current, rowCounter));
                }
                current = Enumerable.Range(0, width).Select(_ => new List<Word>()).ToArray();
            }
            for (var c = 0; c < width; c++)
            {
                current[c].AddRange(cells[c]);
            }
            previousBaseline = baseline;
        }
        if (current is not null)
        {
            rowCounter++;
            rows.Add(ToRow(current, rowCounter));
        }
        return new TableBlock(rows);
    }

    private RawRow ToRow(List<Word>[] cells, int sourceRow) =>
        new(sourceRow, cells.Select((words, c) => new RawCell(PdfTableReader.CellText(words, Left(words, c), Right(words, c)))).ToList());

    /// <summary>Without borders the cell's width is what its own lines show.</summary>
    private double Left(List<Word> words, int column) =>
        double.IsInfinity(edges[column]) ? (words.Count == 0 ? 0 : words.Min(w => w.BoundingBox.Left)) : edges[column];

    private double Right(List<Word> words, int column) =>
        double.IsInfinity(edges[column + 1]) ? (words.Count == 0 ? 0 : words.Max(w => w.BoundingBox.Right)) : edges[column + 1];

    private List<Word>[] Split(List<Word> line)
    {
        var cells = Enumerable.Range(0, edges.Count - 1).Select(_ => new List<Word>()).ToArray();
        foreach (var word in line)
        {
            var x = PdfTableReader.Center(word).X;
            cells[Math.Max(0, edges.FindLastIndex(e => e < x))].Add(word);
        }
        return cells;
    }

    /// <summary>Words of a line split where the gap is wider than two spaces.</summary>
    private static List<List<Word>> Groups(List<Word> line)
    {
        var groups = new List<List<Word>> { new() { line[0] } };
        for (var i = 1; i < line.Count; i++)
        {
            var gap = line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right;
            if (gap > line[i].Letters[0].PointSize * 1.2)
            {
                groups.Add([]);
            }
            groups[^1].Add(line[i]);
        }
        return groups;
    }
}
