using Medk.Documents.Understanding;
using UglyToad.PdfPig.Content;

namespace Medk.Documents.Reading;

/// <summary>
/// A table drawn without lines: the first line whose word groups (words separated by wide gaps) read as a
/// roadmap header starts it and tells how many columns there are; the columns begin where the text below
/// starts most often, and a gap wider than the line spacing starts a new row.
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
            var body = lines.Skip(i + 1).ToList();
            var edges = ColumnEdges(body, groups.Count);
            return new PdfUnruledTables(lines[i].Max(w => w.BoundingBox.Top), edges, [lines[i]], body);
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
        var spacing = TypicalSpacing(body);
        double previousBaseline = 0;
        foreach (var line in body)
        {
            var cells = Split(line);
            var baseline = PdfTableReader.Baseline(line[0]);
            // Cells may be centred vertically, so the № is not on a row's first line: rows are told by the wider
            // gap that cell padding leaves between them.
            if (current is null || previousBaseline - baseline > spacing * 1.4)
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

    /// <summary>
    /// Text in a column is left-aligned at the column's start whatever its captions do (they are often centred):
    /// the places where many word groups start are the columns, as many as the header has captions.
    /// </summary>
    private static List<double> ColumnEdges(List<List<Word>> body, int captions)
    {
        var starts = body.SelectMany(Groups).Select(g => g[0].BoundingBox.Left).Order().ToList();
        var clusters = new List<(double X, int Count)>();
        foreach (var x in starts)
        {
            if (clusters.Count > 0 && x - clusters[^1].X <= 3)
            {
                clusters[^1] = (clusters[^1].X, clusters[^1].Count + 1);
            }
            else
            {
                clusters.Add((x, 1));
            }
        }
        var columns = clusters.OrderByDescending(c => c.Count).Take(captions).Select(c => c.X).Order().ToList();
        var edges = new List<double> { double.NegativeInfinity };
        edges.AddRange(columns.Skip(1).Select(x => x - 1));
        edges.Add(double.PositiveInfinity);
        return edges;
    }

    /// <summary>
    /// The line spacing inside a cell: the most common distance between baselines, but not less than the font
    /// gives (cells of different heights centred side by side put baselines half a line apart).
    /// </summary>
    private static double TypicalSpacing(List<List<Word>> lines)
    {
        if (lines.Count == 0)
        {
            return 12;
        }
        var sizes = lines.Select(l => l[0].Letters[0].PointSize).Order().ToList();
        var byFont = sizes[sizes.Count / 2] * 1.15;
        var gaps = lines.Zip(lines.Skip(1), (a, b) => Math.Round(PdfTableReader.Baseline(a[0]) - PdfTableReader.Baseline(b[0]), 1))
            .Where(g => g > 0).ToList();
        var common = gaps.Count == 0 ? 0 : gaps.GroupBy(g => g).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return Math.Max(common, byFont);
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
