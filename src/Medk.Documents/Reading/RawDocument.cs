namespace Medk.Documents.Reading;

/// <summary>How a cell of a grid came to be: written, or covered by a merged cell to its left or above.</summary>
internal enum CellMerge
{
    None,
    FromLeft,
    FromAbove,
}

/// <summary>
/// One grid cell. A merged cell's text is repeated in every cell it covers: header captions need it, and a
/// responsible cell merged down over several items belongs to each of them.
/// </summary>
internal readonly record struct RawCell(string Text, CellMerge Merge = CellMerge.None)
{
    public bool IsEmpty => Text.Length == 0;
}

/// <summary>A row as read, before anyone knows what its columns mean.</summary>
internal sealed class RawRow(int sourceRow, IReadOnlyList<RawCell> cells, bool markedAsHeader = false, bool isLoose = false)
{
    public int SourceRow { get; } = sourceRow;
    public IReadOnlyList<RawCell> Cells { get; } = cells;

    /// <summary>Marked by the document as a header repeated on every page (DOCX tblHeader).</summary>
    public bool MarkedAsHeader { get; } = markedAsHeader;

    /// <summary>A line of a text file inside the table region that has no cell separators at all.</summary>
    public bool IsLoose { get; } = isLoose;

    public string this[int index] => index >= 0 && index < Cells.Count ? Cells[index].Text : "";

    public bool IsEmpty => Cells.All(c => c.IsEmpty);

    public static RawRow FromTexts(int sourceRow, IEnumerable<string> texts, bool markedAsHeader = false) =>
        new(sourceRow, texts.Select(t => new RawCell(t)).ToList(), markedAsHeader);
}

internal abstract record Block;

internal sealed record ParagraphBlock(string Text) : Block;

internal sealed record TableBlock(IReadOnlyList<RawRow> Rows) : Block
{
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Count);
}

/// <summary>A document as a sequence of paragraphs and tables, whatever format it came from.</summary>
internal sealed record RawDocument(IReadOnlyList<Block> Blocks);
