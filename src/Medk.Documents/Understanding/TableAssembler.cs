using System.Text.RegularExpressions;
using Medk.Documents.Reading;

namespace Medk.Documents.Understanding;

/// <summary>The roadmap table put together: the text before it, its columns, and its body rows.</summary>
internal sealed record AssembledTable(
    IReadOnlyList<string> Preamble,
    IReadOnlyList<ImportedColumn> Columns,
    ColumnLayout Layout,
    IReadOnlyList<AlignedRow> Body,
    IReadOnlyList<ImportWarning> Warnings);

/// <summary>
/// Picks the roadmap table of a document (the first with a roadmap header, or the largest table when none
/// has one), appends the tables that continue it, and drops what is not content: repeated header rows, the
/// row of column numbers, empty and dash-only rows. Everything before the table is the preamble.
/// </summary>
internal static partial class TableAssembler
{
    public static AssembledTable Assemble(RawDocument document)
    {
        var blocks = document.Blocks;
        var (mainIndex, header) = FindMainTable(blocks);
        if (mainIndex < 0)
        {
            throw new RoadmapImportException(Messages.NoTable);
        }
        var main = (TableBlock)blocks[mainIndex];
        var preamble = new List<string>();
        foreach (var block in blocks.Take(mainIndex))
        {
            preamble.AddRange(block switch
            {
                ParagraphBlock p => p.Text.Split('\n'),
                TableBlock t => t.Rows.Select(RowAsLine),
                _ => [],
            });
        }
        var warnings = new List<ImportWarning>();
        IReadOnlyList<ColumnKind?> kinds;
        IReadOnlyList<string> captions;
        List<RawRow> rows;
        if (header is not null)
        {
            preamble.AddRange(main.Rows.Take(header.RowIndex).Select(RowAsLine));
            kinds = header.Kinds;
            captions = header.Captions;
            rows = main.Rows.Skip(header.RowIndex + header.RowCount).ToList();
        }
        else
        {
            rows = main.Rows.ToList();
            var width = MostCommonWidth(rows);
            kinds = HeaderDetector.GuessColumns(rows, width);
            captions = kinds.Select(k => k is { } kind ? StandardCaption(kind) : "").ToList();
            warnings.Add(new ImportWarning(null, "У таблицы нет строки заголовков: назначение столбцов определено по их содержимому."));
        }
        kinds = EnsureTextColumn(kinds, captions);
        var layout = new ColumnLayout(kinds);
        rows.AddRange(ContinuingTables(blocks, mainIndex, main, header, layout.Width));

        var headerTexts = header is null ? [] : main.Rows.Skip(header.RowIndex).Take(header.RowCount).Select(Fingerprint).ToHashSet();
        var body = rows
            .Where(r => !r.IsEmpty && !IsNoise(r) && !HeaderDetector.IsColumnNumbering(r) && !headerTexts.Contains(Fingerprint(r)))
            .Where(r => !(r.MarkedAsHeader && HeaderDetector.FindHeader([r]) is not null))
            .Select(r => RowAligner.Align(r, layout))
            .ToList();

        var columns = new List<ImportedColumn>();
        for (var i = 0; i < kinds.Count; i++)
        {
            var caption = i < captions.Count ? captions[i] : "";
            if (kinds[i] is { } kind)
            {
                if (columns.All(c => c.Kind != kind))
                {
                    columns.Add(new ImportedColumn(kind, caption.Length > 0 ? caption : StandardCaption(kind)));
                }
            }
            else if (caption.Length > 0)
            {
                warnings.Add(new ImportWarning(null, $"Столбец «{caption}» не распознан и не импортирован."));
            }
        }
        return new AssembledTable(preamble, columns, layout, body, warnings);
    }

    public static string StandardCaption(ColumnKind kind) => kind switch
    {
        ColumnKind.Number => "№",
        ColumnKind.Text => "Мероприятие",
        ColumnKind.Deadline => "Сроки",
        ColumnKind.Responsible => "Ответственный",
        ColumnKind.Result => "Ожидаемый результат",
        ColumnKind.Levels => "Уровни реализации",
        _ => "",
    };

    /// <summary>
    /// Of the tables with a roadmap header, the one that with its continuations has the most filled rows (an
    /// order may carry a small table before the roadmap: a list of schools, an approval sheet); the first wins a
    /// tie. Without any header, the largest table.
    /// </summary>
    private static (int Index, HeaderMatch? Header) FindMainTable(IReadOnlyList<Block> blocks)
    {
        var best = (Index: -1, Header: (HeaderMatch?)null, Rows: -1);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is TableBlock table && HeaderDetector.FindHeader(table.Rows) is { } header)
            {
                var width = new ColumnLayout(header.Kinds).Width;
                var rows = Filled(table.Rows.Skip(header.RowIndex + header.RowCount)) + Filled(ContinuingTables(blocks, i, table, header, width));
                if (rows > best.Rows)
                {
                    best = (i, header, rows);
                }
            }
        }
        if (best.Index >= 0)
        {
            return (best.Index, best.Header);
        }
        var largest = -1;
        var largestRows = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is TableBlock table && table.ColumnCount >= 2)
            {
                var filled = Filled(table.Rows);
                if (filled > largestRows)
                {
                    (largest, largestRows) = (i, filled);
                }
            }
        }
        return (largest, null);
    }

    private static int Filled(IEnumerable<RawRow> rows) => rows.Count(r => r.Cells.Count(c => !c.IsEmpty) >= 2);

    /// <summary>
    /// A long table is often cut into several, one per page, each repeating the header or none at all. A later
    /// table of the same width continues it; one with a header of its own that is not the same is another table,
    /// and ends the roadmap.
    /// </summary>
    private static IEnumerable<RawRow> ContinuingTables(IReadOnlyList<Block> blocks, int mainIndex, TableBlock main, HeaderMatch? header, int width)
    {
        var captions = header is null ? null : CaptionsOf(header);
        for (var i = mainIndex + 1; i < blocks.Count; i++)
        {
            if (blocks[i] is not TableBlock table || !(TrimmedWidth(table) == width || table.ColumnCount == main.ColumnCount))
            {
                continue;
            }
            if (captions is not null && HeaderDetector.FindHeader(table.Rows) is { } own && CaptionsOf(own) != captions)
            {
                yield break;
            }
            foreach (var row in table.Rows)
            {
                yield return row;
            }
        }
    }

    private static string CaptionsOf(HeaderMatch header) => string.Join("|", header.Captions.Select(ColumnMapper.Fold));

    private static int TrimmedWidth(TableBlock table) =>
        table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Cells.Count - r.Cells.Reverse().TakeWhile(c => c.IsEmpty).Count());

    private static int MostCommonWidth(List<RawRow> rows) =>
        rows.Where(r => !r.IsLoose && !r.IsEmpty)
            .Select(r => r.Cells.Count - r.Cells.Reverse().TakeWhile(c => c.IsEmpty).Count())
            .GroupBy(w => w).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).Select(g => g.Key).FirstOrDefault(1);

    /// <summary>Without an action column nothing can be imported; take the first unnamed column for it.</summary>
    private static IReadOnlyList<ColumnKind?> EnsureTextColumn(IReadOnlyList<ColumnKind?> kinds, IReadOnlyList<string> captions)
    {
        if (kinds.Contains(ColumnKind.Text))
        {
            return kinds;
        }
        var list = kinds.ToList();
        var free = list.FindIndex(k => k is null);
        if (free < 0)
        {
            throw new RoadmapImportException(Messages.NoTable);
        }
        list[free] = ColumnKind.Text;
        return list;
    }

    /// <summary>Cells of a row above the table become one line; a tab keeps «Директор … И.В. Лобода» apart for the signatory.</summary>
    private static string RowAsLine(RawRow row) =>
        string.Join("\t", row.Cells.Where(c => c.Merge == CellMerge.None && !c.IsEmpty).Select(c => CellText.OneLine(c.Text)));

    private static string Fingerprint(RawRow row) =>
        string.Join("|", row.Cells.Select(c => ColumnMapper.Fold(c.Text))).TrimEnd('|');

    private static bool IsNoise(RawRow row) => row.Cells.All(c => c.IsEmpty || Punctuation().IsMatch(c.Text));

    [GeneratedRegex(@"^[\p{P}\p{S}\s_]+$")]
    private static partial Regex Punctuation();
}
