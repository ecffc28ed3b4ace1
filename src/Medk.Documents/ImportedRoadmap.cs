using Medk.Core.Planning.Schedules;

namespace Medk.Documents;

/// <summary>
/// A roadmap as read from a document, before it becomes entities: everything is kept as written, with
/// structured readings (parties, levels, schedule) beside the text. The writers take the same model, so the
/// web application exports its own roadmaps by mapping them to it.
/// </summary>
public sealed record ImportedRoadmap
{
    public required string Title { get; init; }

    /// <summary>The issuing body as written in the document («Департамент образования Ярославской области»).</summary>
    public string? Owner { get; init; }

    public ImportedApproval? Approval { get; init; }

    public required DatePeriod Period { get; init; }

    /// <summary>The columns the source table had, in order; empty means the standard set.</summary>
    public IReadOnlyList<ImportedColumn> Columns { get; init; } = [];

    /// <summary>Sections and items in document order; the tree is given by <see cref="ImportedItem.Depth"/>.</summary>
    public IReadOnlyList<ImportedItem> Items { get; init; } = [];

    public IReadOnlyList<ImportWarning> Warnings { get; init; } = [];
}

/// <summary>The approving document: «Приказ № 102-1 от 04.03.2022», signed by И.А. Магон.</summary>
public sealed record ImportedApproval(string Kind, string? Number, DateOnly? Date, string? Signatory);

public enum ImportedItemKind
{
    Section,
    Item,
}

/// <summary>What a column of a roadmap table means.</summary>
public enum ColumnKind
{
    /// <summary>№, № п/п.</summary>
    Number,

    /// <summary>Описание действий, Мероприятия, Наименование мероприятия, Содержание действия.</summary>
    Text,

    /// <summary>Дата, Сроки.</summary>
    Deadline,

    /// <summary>Ответственный, Ответственные, Ответственный исполнитель.</summary>
    Responsible,

    /// <summary>Ожидаемый / Планируемый результат, Результаты исполнения, Муниципальный показатель.</summary>
    Result,

    /// <summary>Уровни реализации.</summary>
    Levels,
}

/// <summary>A column of the source table: its meaning and its caption as written.</summary>
public sealed record ImportedColumn(ColumnKind Kind, string Caption);

/// <summary>One row of the roadmap: a section heading or an action.</summary>
public sealed record ImportedItem
{
    /// <summary>As written, without a trailing dot («1.1.1», «331»); null for an unnumbered row.</summary>
    public string? Number { get; init; }

    public ImportedItemKind Kind { get; init; } = ImportedItemKind.Item;

    /// <summary>0 for the top level.</summary>
    public int Depth { get; init; }

    public required string Title { get; init; }

    /// <summary>The parties named in the responsible cell, one per entry.</summary>
    public IReadOnlyList<string> Responsible { get; init; } = [];

    /// <summary>The responsible cell as written.</summary>
    public string? ResponsibleText { get; init; }

    public string? Result { get; init; }

    /// <summary>Canonical level names: федеральный, региональный, муниципальный, институциональный.</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>The deadline as written («До 1 марта», «Еженедельно, пятница, 15.00»).</summary>
    public string? DeadlineText { get; init; }

    /// <summary>The deadline understood within the roadmap's period; null when the item was not built by the importer.</summary>
    public Schedule? Schedule { get; init; }

    /// <summary>Where the row starts in the source: a line of a text file, a row of a sheet, a row of the document's tables.</summary>
    public int SourceRow { get; init; }

    public bool IsSection => Kind == ImportedItemKind.Section;
}

/// <summary>Something the person importing should check; <see cref="Row"/> is null for the document as a whole.</summary>
public sealed record ImportWarning(int? Row, string Message);
