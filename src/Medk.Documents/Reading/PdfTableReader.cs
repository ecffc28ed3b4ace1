using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Medk.Documents.Reading;

/// <summary>
/// Reads a PDF that has a text layer as paragraphs and tables, the same model the DOCX reader produces.
/// PdfPig gives the words with their positions and the drawn paths; a table is where ruling lines cross: the
/// vertical lines make the columns, the horizontal ones the rows, a missing line between two cells merges them.
/// A page without ruling lines gets its columns from the header words (<see cref="PdfUnruledTables"/>). Every page's
/// table is its own block: the assembler joins a table continued over pages and drops its repeated header, and the
/// tree builder joins a row cut by the page break. Text outside tables is paragraphs; page numbers are dropped.
/// A PDF without any text is a scan and is refused with a message that says so.
/// </summary>
internal static partial class PdfTableReader
{
    /// <summary>Lines closer than this (points) are the same line; 2 pt is well under any cell padding.</summary>
    internal const double Tolerance = 2;

    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public static RawDocument Read(byte[] bytes)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new RoadmapImportException(Messages.PdfEncrypted, ex);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or RoadmapImportException))
        {
            throw new RoadmapImportException(Messages.PdfDamaged, ex);
        }
        using (document)
        {
            var blocks = new List<Block>();
            var rowCounter = 0;
            var anyText = false;
            foreach (var page in document.GetPages())
            {
                var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text) && w.Letters.Count > 0).ToList();
                anyText |= words.Count > 0;
                ReadPage(page, words, blocks, ref rowCounter);
            }
            if (!anyText)
            {
                throw new RoadmapImportException(Messages.PdfScanned);
            }
            return new RawDocument(blocks);
        }
    }

    private static void ReadPage(Page page, List<Word> words, List<Block> blocks, ref int rowCounter)
    {
        var grids = PdfRulings.FindGrids(page);
        var placed = new HashSet<Word>();
        var items = new List<(double Top, Block Block)>();
        foreach (var grid in grids)
        {
            var inside = words.Where(w => grid.Contains(Center(w))).ToList();
            placed.UnionWith(inside);
            items.Add((grid.Top, grid.ToTable(inside, ref rowCounter)));
        }
        var loose = words.Where(w => !placed.Contains(w)).ToList();
        if (grids.Count == 0 && PdfUnruledTables.Find(loose) is { } unruled)
        {
            placed.UnionWith(unruled.Words);
            items.Add((unruled.Top, unruled.ToTable(ref rowCounter)));
            loose = words.Where(w => !placed.Contains(w)).ToList();
        }
        foreach (var line in Lines(loose))
        {
            var text = LineText(line);
            if (!IsPageFurniture(text, Top(line), page.Height))
            {
                items.Add((Top(line), new ParagraphBlock(text)));
            }
        }
        blocks.AddRange(items.OrderByDescending(i => i.Top).Select(i => i.Block));
    }

    /// <summary>A page number or «Страница 2 из 7» in the top or bottom margin is not the order's text.</summary>
    internal static bool IsPageFurniture(string text, double top, double pageHeight) =>
        (top < pageHeight * 0.1 || top > pageHeight * 0.9) && PageNumber().IsMatch(text.Trim());

    internal static PdfPoint Center(Word word) =>
        new((word.BoundingBox.Left + word.BoundingBox.Right) / 2, (word.BoundingBox.Bottom + word.BoundingBox.Top) / 2);

    internal static double Baseline(Word word) => word.Letters[0].StartBaseLine.Y;

    private static double Top(IReadOnlyList<Word> line) => line.Max(w => w.BoundingBox.Top);

    /// <summary>Words on one baseline, top to bottom, each line left to right.</summary>
    internal static List<List<Word>> Lines(IEnumerable<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            var size = Math.Max(word.Letters[0].PointSize, 4);
            var line = lines.LastOrDefault();
            if (line is not null && Math.Abs(Baseline(line[0]) - Baseline(word)) <= size * 0.3)
            {
                line.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }
        foreach (var line in lines)
        {
            line.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
        }
        return lines;
    }

    /// <summary>
    /// The words of a line with spaces where there is room for one: a writer may put «10» and «.» apart as
    /// two words with no gap between them.
    /// </summary>
    internal static string LineText(IReadOnlyList<Word> line)
    {
        var sb = new StringBuilder(line[0].Text);
        for (var i = 1; i < line.Count; i++)
        {
            var gap = line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right;
            if (gap > line[i].Letters[0].PointSize * 0.1)
            {
                sb.Append(' ');
            }
            sb.Append(line[i].Text);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The text of a cell. A line that was wrapped because the cell was too narrow goes on with a space; a line
    /// after which the next line's first word would still have fitted was ended by the writer, and keeps its
    /// break, as does a line that opens with a bullet or a dash.
    /// </summary>
    internal static string CellText(IEnumerable<Word> words, double left, double right)
    {
        var lines = Lines(words);
        if (lines.Count == 0)
        {
            return "";
        }
        var padding = Math.Max(0, lines.Min(l => l[0].BoundingBox.Left) - left);
        var limit = right - padding;
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i > 0)
            {
                var previous = lines[i - 1];
                var first = line[0];
                var space = Math.Max(first.Letters[0].PointSize * 0.28, 1);
                var wouldFit = previous[^1].BoundingBox.Right + space + first.BoundingBox.Width <= limit - Tolerance;
                var last = previous[^1].Text;
                if (wouldFit || Bullet().IsMatch(first.Text))
                {
                    sb.Append('\n');
                }
                else if (!(last.Length > 1 && last[^1] == '-' && (char.IsLetter(last[^2]) && char.IsLower(first.Text[0]) || char.IsDigit(last[^2]) && char.IsDigit(first.Text[0]))))
                {
                    // A writer breaks a compound word after its hyphen («школ-» / «участников»): no space there.
                    sb.Append(' ');
                }
            }
            sb.Append(LineText(line));
        }
        return Reading.CellText.Clean(sb.ToString());
    }

    [GeneratedRegex(@"^(?:[-–—]?\s*\d{1,4}\s*[-–—]?|(?:стр\.?|страница)\s*\d{1,4}(?:\s*(?:из|/)\s*\d{1,4})?|\d{1,4}\s*(?:из|/)\s*\d{1,4})$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[•·▪◦●■–—-]")]
    private static partial Regex Bullet();
}
