using Medk.Documents.Reading;

namespace Medk.Documents.Understanding;

/// <summary>An item while the tree is being built; continuation rows still add to it.</summary>
internal sealed class DraftItem
{
    public string? Number { get; set; }
    public int[]? Segments { get; set; }
    public ImportedItemKind Kind { get; set; }
    public int Depth { get; set; }
    public string Title { get; set; } = "";
    public string Responsible { get; set; } = "";
    public string Deadline { get; set; } = "";
    public string Result { get; set; } = "";
    public string Levels { get; set; } = "";
    public int SourceRow { get; set; }
}

/// <summary>
/// Turns body rows into sections and items. A numbered row with no deadline, result or responsible is a
/// section heading; a row without a number continues the row above (a page break cut it) unless it is a full
/// item of its own, with a deadline and a text that starts like a sentence. Depth comes from hierarchical
/// numbers (1 → 1.1 → 1.1.1); flat numbers (seed 003: 1…63 across headings) go under the latest section.
/// </summary>
internal sealed class ItemTreeBuilder
{
    private readonly ColumnLayout _layout;
    private readonly List<DraftItem> _items = [];
    private readonly List<ImportWarning> _warnings = [];
    private readonly List<DraftItem> _stack = [];
    private readonly int _numberColumn;
    private readonly bool _hasFieldColumns;
    private int[]? _lastItemNumber;
    private int[]? _lastSectionNumber;
    private int[]? _lastNumber;
    private string? _lastNumberText;

    private ItemTreeBuilder(ColumnLayout layout)
    {
        _layout = layout;
        _numberColumn = layout.FirstIndexOf(ColumnKind.Number);
        _hasFieldColumns = layout.Has(ColumnKind.Deadline) || layout.Has(ColumnKind.Result) || layout.Has(ColumnKind.Responsible);
    }

    public static (IReadOnlyList<DraftItem> Items, IReadOnlyList<ImportWarning> Warnings) Build(IEnumerable<AlignedRow> rows, ColumnLayout layout)
    {
        var builder = new ItemTreeBuilder(layout);
        foreach (var row in rows)
        {
            builder.Add(row);
        }
        return (builder._items, builder._warnings);
    }

    private DraftItem? Last => _items.Count == 0 ? null : _items[^1];

    private void Add(AlignedRow row)
    {
        if (row.IsLoose)
        {
            // A line with no cells at all: the end of a cut cell (seed 003), or a signature under the table.
            if (Last is { } last && StartsAsContinuation(row[0]))
            {
                last.Title = Join(last.Title, row[0]);
            }
            return;
        }
        var fields = Read(row);
        if (fields.IsEmpty)
        {
            return;
        }
        if (_numberColumn >= 0 && row.FromAbove[_numberColumn] && Last is { } merged)
        {
            Continue(merged, row);
        }
        else if (fields.Number.Length == 0)
        {
            AddUnnumbered(row, fields);
        }
        else if (!fields.HasFields && (_hasFieldColumns || fields.HeadingInNumberColumn))
        {
            AddSection(fields.Number, fields.Title, row.SourceRow);
        }
        else
        {
            AddItem(fields.Number, fields, row.SourceRow);
        }
    }

    /// <summary>The texts of a row by meaning; a number written together with its heading is taken apart.</summary>
    private RowFields Read(AlignedRow row)
    {
        var number = _numberColumn >= 0 ? row[_numberColumn] : "";
        var title = _layout.Get(row.Cells, ColumnKind.Text);
        var heading = false;
        if (number.Length > 0 && !ItemNumber.IsNumberLike(number))
        {
            if (title.Length == 0)
            {
                // «1. Управление реализацией…» or an unnumbered heading merged across the table.
                heading = true;
                (number, title) = ItemNumber.TrySplitLeading(number, out var n, out var rest) ? (n, rest) : ("", number);
            }
            else
            {
                number = CellText.OneLine(number);
            }
        }
        else if (_numberColumn < 0 && ItemNumber.TrySplitLeading(title, out var n, out var rest))
        {
            (number, title) = (n, rest);
        }
        return new RowFields(
            ItemNumber.IsNumberLike(number) ? ItemNumber.Normalize(number) : number,
            title,
            _layout.Get(row.Cells, ColumnKind.Deadline),
            _layout.Get(row.Cells, ColumnKind.Responsible),
            _layout.Get(row.Cells, ColumnKind.Result),
            _layout.Get(row.Cells, ColumnKind.Levels),
            heading);
    }

    /// <summary>
    /// An unnumbered row is the rest of the row above cut by a page break, unless it reads as an item of its
    /// own (seed 000 after 3.3): a deadline, and a text that starts with a capital.
    /// </summary>
    private void AddUnnumbered(AlignedRow row, RowFields fields)
    {
        if (fields.HeadingInNumberColumn && !fields.HasFields)
        {
            AddSection(null, fields.Title, row.SourceRow);
        }
        else if (Last is { } last && (fields.Deadline.Length == 0 || fields.Title.Length == 0 || !char.IsUpper(fields.Title[0])))
        {
            Continue(last, row);
        }
        else
        {
            _warnings.Add(new ImportWarning(row.SourceRow, "Строка без номера принята как отдельный пункт."));
            AddItem(null, fields, row.SourceRow);
        }
    }

    private void AddSection(string? number, string title, int sourceRow)
    {
        var segments = ItemNumber.Segments(number);
        CheckNumbering(number, segments, _lastSectionNumber, sourceRow);
        if (segments is not null)
        {
            while (_stack.Count > 0 && !(_stack[^1].Kind == ImportedItemKind.Section && _stack[^1].Segments is { } s && ItemNumber.IsAncestor(s, segments)))
            {
                _stack.RemoveAt(_stack.Count - 1);
            }
            _lastSectionNumber = segments;
        }
        else
        {
            // An unnumbered heading stands beside the latest heading.
            while (_stack.Count > 0 && _stack[^1].Kind == ImportedItemKind.Item)
            {
                _stack.RemoveAt(_stack.Count - 1);
            }
            if (_stack.Count > 0)
            {
                _stack.RemoveAt(_stack.Count - 1);
            }
        }
        Push(new DraftItem { Number = number, Segments = segments, Kind = ImportedItemKind.Section, Title = title, SourceRow = sourceRow });
    }

    private void AddItem(string? number, RowFields fields, int sourceRow)
    {
        var segments = ItemNumber.Segments(number);
        CheckNumbering(number, segments, _lastItemNumber, sourceRow);
        if (segments is not null)
        {
            var parent = _stack.FindLastIndex(n => n.Segments is { } s && ItemNumber.IsAncestor(s, segments));
            if (parent < 0)
            {
                parent = _stack.FindLastIndex(n => n.Kind == ImportedItemKind.Section);
            }
            _stack.RemoveRange(parent + 1, _stack.Count - parent - 1);
            _lastItemNumber = segments;
        }
        else if (_stack.Count > 0 && _stack[^1].Kind == ImportedItemKind.Item)
        {
            _stack.RemoveAt(_stack.Count - 1);
        }
        Push(new DraftItem
        {
            Number = number,
            Segments = segments,
            Kind = ImportedItemKind.Item,
            Title = fields.Title,
            Deadline = fields.Deadline,
            Responsible = fields.Responsible,
            Result = fields.Result,
            Levels = fields.Levels,
            SourceRow = sourceRow,
        });
    }

    private void Push(DraftItem item)
    {
        item.Depth = _stack.Count;
        _stack.Add(item);
        _items.Add(item);
    }

    /// <summary>Broken numbering («331» after «30» in seed 001) is kept as written and reported.</summary>
    private void CheckNumbering(string? number, int[]? segments, int[]? previousOfKind, int sourceRow)
    {
        if (segments is null)
        {
            return;
        }
        var ok = previousOfKind is null
            ? ItemNumber.IsFirst(segments) || _lastNumber is not null && ItemNumber.Follows(_lastNumber, segments)
            : ItemNumber.Follows(previousOfKind, segments) || _lastNumber is not null && ItemNumber.Follows(_lastNumber, segments);
        if (!ok)
        {
            var after = _lastNumberText is null ? "в начале таблицы" : $"после «{_lastNumberText}»";
            _warnings.Add(new ImportWarning(sourceRow, $"Нарушена нумерация: {after} идёт «{number}». Номер сохранён как в документе."));
        }
        _lastNumber = segments;
        _lastNumberText = number;
    }

    /// <summary>A row cut by a page break: its cells go on with the cells of the row above.</summary>
    private void Continue(DraftItem target, AlignedRow row)
    {
        string Part(ColumnKind kind) => string.Join(
            "\n",
            _layout.IndicesOf(kind).Where(i => !row.FromAbove[i] && row[i].Length > 0).Select(i => row[i]));
        target.Title = Join(target.Title, Part(ColumnKind.Text));
        if (target.Kind == ImportedItemKind.Section)
        {
            return;
        }
        target.Deadline = Join(target.Deadline, Part(ColumnKind.Deadline));
        target.Responsible = Join(target.Responsible, Part(ColumnKind.Responsible));
        target.Result = Join(target.Result, Part(ColumnKind.Result));
        target.Levels = Join(target.Levels, Part(ColumnKind.Levels));
    }

    /// <summary>Cut text goes on in the same line; a list item or a text after a colon starts a new one.</summary>
    private static string Join(string head, string tail)
    {
        if (tail.Length == 0)
        {
            return head;
        }
        if (head.Length == 0)
        {
            return tail;
        }
        var newLine = tail[0] is '-' or '•' or '–' or '—' or '*' or '·' || head.EndsWith(':');
        return head + (newLine ? "\n" : " ") + tail;
    }

    private static bool StartsAsContinuation(string text) =>
        text.Length > 0 && (char.IsLower(text[0]) || text[0] is '(' or '«' or '"' or '-' or '–' or ',' or ';' or '•');

    private readonly record struct RowFields(string Number, string Title, string Deadline, string Responsible, string Result, string Levels, bool HeadingInNumberColumn)
    {
        public bool HasFields => Deadline.Length > 0 || Result.Length > 0 || Responsible.Length > 0;

        public bool IsEmpty => Number.Length == 0 && Title.Length == 0 && !HasFields && Levels.Length == 0;
    }
}
