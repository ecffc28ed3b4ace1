using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Medk.Documents.Reading;

/// <summary>A horizontal or vertical ruling line of a page: <c>At</c> is its y (horizontal) or x (vertical).</summary>
internal readonly record struct Ruling(bool Horizontal, double At, double From, double To)
{
    public bool Covers(double position) => position >= From - PdfTableReader.Tolerance && position <= To + PdfTableReader.Tolerance;
}

/// <summary>The ruling lines of a page, and the grids they make.</summary>
internal static class PdfRulings
{
    /// <summary>Shorter strokes are underlines, ticks or glyph parts, not cell borders.</summary>
    private const double MinLength = 4;

    /// <summary>A filled rectangle thinner than this is a line drawn as a rectangle (Word draws borders so).</summary>
    private const double MaxThickness = 3;

    public static List<PdfGrid> FindGrids(Page page)
    {
        var rulings = Collect(page);
        var grids = new List<PdfGrid>();
        foreach (var group in Connected(rulings))
        {
            var horizontal = Cluster(group.Where(r => r.Horizontal).Select(r => r.At));
            var vertical = Cluster(group.Where(r => !r.Horizontal).Select(r => r.At));
            if (horizontal.Count >= 2 && vertical.Count >= 2)
            {
                grids.Add(new PdfGrid(vertical, horizontal.OrderByDescending(y => y).ToList(), group));
            }
        }
        return grids;
    }

    private static List<Ruling> Collect(Page page)
    {
        var rulings = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled))
            {
                continue;
            }
            foreach (var subpath in path)
            {
                var box = subpath.GetBoundingRectangle();
                if (box is null)
                {
                    continue;
                }
                var rect = box.Value;
                if (path.IsFilled && !path.IsStroked)
                {
                    // A filled shape is a border only when it is a thin bar; a shaded cell is not a line.
                    if (rect.Height <= MaxThickness && rect.Width >= MinLength)
                    {
                        rulings.Add(new Ruling(true, (rect.Bottom + rect.Top) / 2, rect.Left, rect.Right));
                    }
                    else if (rect.Width <= MaxThickness && rect.Height >= MinLength)
                    {
                        rulings.Add(new Ruling(false, (rect.Left + rect.Right) / 2, rect.Bottom, rect.Top));
                    }
                    continue;
                }
                var start = new PdfPoint(0, 0);
                var current = start;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move move:
                            start = current = move.Location;
                            break;
                        case PdfSubpath.Line line:
                            AddSegment(rulings, line.From, line.To);
                            current = line.To;
                            break;
                        case PdfSubpath.Close:
                            AddSegment(rulings, current, start);
                            current = start;
                            break;
                        case PdfSubpath.BezierCurve curve:
                            current = curve.EndPoint;
                            break;
                    }
                }
            }
        }
        return rulings;
    }

    private static void AddSegment(List<Ruling> rulings, PdfPoint a, PdfPoint b)
    {
        if (Math.Abs(a.Y - b.Y) <= 0.5 && Math.Abs(a.X - b.X) >= MinLength)
        {
            rulings.Add(new Ruling(true, a.Y, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        }
        else if (Math.Abs(a.X - b.X) <= 0.5 && Math.Abs(a.Y - b.Y) >= MinLength)
        {
            rulings.Add(new Ruling(false, a.X, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
    }

    /// <summary>Rulings that touch each other, directly or through others, form one table.</summary>
    private static List<List<Ruling>> Connected(List<Ruling> rulings)
    {
        var parent = Enumerable.Range(0, rulings.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        var horizontal = Enumerable.Range(0, rulings.Count).Where(i => rulings[i].Horizontal).ToList();
        var vertical = Enumerable.Range(0, rulings.Count).Where(i => !rulings[i].Horizontal).ToList();
        foreach (var h in horizontal)
        {
            foreach (var v in vertical)
            {
                if (rulings[h].Covers(rulings[v].At) && rulings[v].Covers(rulings[h].At))
                {
                    parent[Find(h)] = Find(v);
                }
            }
        }
        return Enumerable.Range(0, rulings.Count).GroupBy(Find).Select(g => g.Select(i => rulings[i]).ToList()).ToList();
    }

    /// <summary>Positions closer than the tolerance are one line (a double border, or a line drawn in pieces).</summary>
    private static List<double> Cluster(IEnumerable<double> positions)
    {
        var result = new List<double>();
        foreach (var p in positions.Order())
        {
            if (result.Count > 0 && p - result[^1] <= PdfTableReader.Tolerance)
            {
                continue;
            }
            result.Add(p);
        }
        return result;
    }
}

/// <summary>
/// A ruled table on one page: column edges left to right, row edges top to bottom. A cell whose left border is
/// missing continues the cell to its left; one whose top border is missing continues the cell above, as in a
/// Word table's gridSpan and vMerge. The text of a merged cell is repeated in every cell it covers, as the
/// DOCX reader does.
/// </summary>
internal sealed class PdfGrid(List<double> columns, List<double> rows, List<Ruling> rulings)
{
    public double Top => rows[0];

    public bool Contains(PdfPoint point) =>
        point.X > columns[0] && point.X < columns[^1] && point.Y < rows[0] && point.Y > rows[^1];

    public TableBlock ToTable(List<Word> words, ref int rowCounter)
    {
        var rowCount = rows.Count - 1;
        var columnCount = columns.Count - 1;
        var cellWords = new List<Word>[rowCount, columnCount];
        for (var r = 0; r < rowCount; r++)
        {
            for (var c = 0; c < columnCount; c++)
            {
                cellWords[r, c] = [];
            }
        }
        foreach (var word in words)
        {
            var center = PdfTableReader.Center(word);
            var c = columns.FindLastIndex(x => x < center.X);
            var r = rows.FindLastIndex(y => y > center.Y);
            if (r >= 0 && r < rowCount && c >= 0 && c < columnCount)
            {
                cellWords[r, c].Add(word);
            }
        }

        // Each cell points at the top-left cell of the merged area it belongs to.
        var origin = new (int Row, int Column)[rowCount, columnCount];
        for (var r = 0; r < rowCount; r++)
        {
            var middleY = (rows[r] + rows[r + 1]) / 2;
            for (var c = 0; c < columnCount; c++)
            {
                var middleX = (columns[c] + columns[c + 1]) / 2;
                if (c > 0 && !HasLine(false, columns[c], middleY))
                {
                    origin[r, c] = origin[r, c - 1];
                }
                else if (r > 0 && !HasLine(true, rows[r], middleX))
                {
                    origin[r, c] = origin[r - 1, c];
                }
                else
                {
                    origin[r, c] = (r, c);
                }
            }
        }

        var texts = new Dictionary<(int, int), string>();
        foreach (var group in Enumerable.Range(0, rowCount).SelectMany(r => Enumerable.Range(0, columnCount).Select(c => (r, c))).GroupBy(rc => origin[rc.r, rc.c]))
        {
            var right = group.Max(rc => rc.c) + 1;
            texts[group.Key] = PdfTableReader.CellText(group.SelectMany(rc => cellWords[rc.r, rc.c]), columns[group.Key.Column], columns[right]);
        }

        var result = new List<RawRow>(rowCount);
        for (var r = 0; r < rowCount; r++)
        {
            rowCounter++;
            var cells = new List<RawCell>(columnCount);
            for (var c = 0; c < columnCount; c++)
            {
                var (or, oc) = origin[r, c];
                var text = texts[(or, oc)];
                cells.Add((or, oc) == (r, c) ? new RawCell(text) : new RawCell(text, or == r ? CellMerge.FromLeft : CellMerge.FromAbove));
            }
            result.Add(new RawRow(rowCounter, cells));
        }
        return new TableBlock(result);
    }

    private bool HasLine(bool horizontal, double at, double across) =>
        rulings.Any(l => l.Horizontal == horizontal && Math.Abs(l.At - at) <= PdfTableReader.Tolerance && l.Covers(across));
}
