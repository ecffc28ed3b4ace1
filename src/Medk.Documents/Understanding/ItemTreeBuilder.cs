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
        var number = _numberColumn >= 0 ? row[_numberColumn] : "";
        var title = _layout.Get(row.Cells, ColumnKind.Text);
        var deadline = _layout.Get(row.Cells, ColumnKind.Deadline);
        var responsible = _layout.Get(row.Cells, ColumnKind.Responsible);
        var result = _layout.Get(row.Cells, ColumnKind.Result);
        var levels = _layout.Get(row.Cells, ColumnKind.Levels);
        var headingInNumberColumn = false;

        if (number.Length > 0 && !ItemNumber.IsNumberLike(number))
        {
            if (title.Length == 0)
            {
                headingInNumberColumn = true;
                if (ItemNumber.TrySplitLeading(number, out var n, out var rest))
                {
                    (number, title) = (n, rest);
                }
                else
                {
                    (number, title) = ("", number);
                }
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
        number = ItemNumber.IsNumberLike(number) ? ItemNumber.Normalize(number) : number;

        var hasFields = deadline.Length > 0 || result.Length > 0 || responsible.Length > 0;
        if (number.Length == 0 && title.Length == 0 && !hasFields && levels.Length == 0)
        {
            return;
        }
        if (_numberColumn >= 0 && row.FromAbove[_numberColumn] && Last is not null)
        {
            Continue(Last, row);
            return;
        }
        if (number.Length == 0)
        {
            if (headingInNumberColumn && !hasFields)
            {
                AddSection(null, title, row.SourceRow);
            }
            else if (Last is { } last && (deadline.Length == 0 || title.Length == 0 || !char.IsUpper(title[0])))
            {
                Continue(last, row);
            }
            else
            {
                _warnings.Add(new ImportWarning(row.SourceRow, "Строка без номера принята как отдельный пункт."));
                AddItem(null, title, deadline, responsible, result, levels, row.SourceRow);
            }
            return;
        }
        if (!hasFields && (_hasFieldColumns || headingInNumberColumn))
        {
            AddSection(number, title, row.SourceRow);
        }
        else
        {
            AddItem(number, title, deadline, responsible, result, levels, row.SourceRow);
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

    private void AddItem(string? number, string title, string deadline, string responsible, string result, string levels, int sourceRow)
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
            Title = title,
            Deadline = deadline,
            Responsible = responsible,
            Result = result,
            Levels = levels,
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
}
