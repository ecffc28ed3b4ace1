using System.Text;
using Medk.Core.Common;
using Medk.Core.Planning.Schedules;

namespace Medk.Core.Planning.Roadmaps;

/// <summary>A field of an item as a correction names it.</summary>
public enum ItemField
{
    Number,
    Kind,
    Text,
    Deadline,
    Responsible,
    Result,
    Levels,
}

/// <summary>One field of a kept item that the new document words differently; for deadlines also the dates it implies.</summary>
public sealed record FieldChange(ItemField Field, string? Before, string? After)
{
    public IReadOnlyList<DateOnly> BeforeDates { get; init; } = [];
    public IReadOnlyList<DateOnly> AfterDates { get; init; } = [];
}

/// <summary>An item of the roadmap (<see cref="Before"/>, an index into the old list) found again in the new document (<see cref="After"/>).</summary>
public sealed record ItemMatch(int Before, int After, IReadOnlyList<FieldChange> Changes)
{
    public bool IsChanged => Changes.Count > 0;
}

/// <summary>
/// What a new version of a document changes in a roadmap, item by item: which items are found again (changed or not),
/// which are new, which are gone. Indices point into the two lists given to <see cref="Compare"/>.
/// </summary>
public sealed record RoadmapDiff(IReadOnlyList<ItemMatch> Matches, IReadOnlyList<int> Added, IReadOnlyList<int> Removed)
{
    /// <summary>Two items are taken for one when their wording shares this much (Dice over word stems) and their numbers agree.</summary>
    public const double SameNumberSimilarity = 0.35;

    /// <summary>Two items with different numbers are taken for one (the numbering moved) when their wording shares this much.</summary>
    public const double MovedSimilarity = 0.6;

    public IEnumerable<ItemMatch> Changed => Matches.Where(m => m.IsChanged);

    public int UnchangedCount => Matches.Count(m => !m.IsChanged);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && !Matches.Any(m => m.IsChanged);

    /// <summary>
    /// Finds each item of <paramref name="before"/> in <paramref name="after"/>: first the same wording under the same
    /// number, then the same wording under another number (the numbering moved), then similar wording under the same
    /// number (the item was reworded), then similar wording elsewhere. What stays unpaired is removed or added.
    /// Sections pair only with sections and actions with actions. With periods, deadline changes carry the dates.
    /// </summary>
    public static RoadmapDiff Compare(IReadOnlyList<ItemContent> before, IReadOnlyList<ItemContent> after,
        DatePeriod? beforePeriod = null, DatePeriod? afterPeriod = null)
    {
        var oldKeys = before.Select(Key.Of).ToArray();
        var newKeys = after.Select(Key.Of).ToArray();
        var pairOfOld = new int?[before.Count];
        var pairOfNew = new int?[after.Count];

        void Pair(int o, int n)
        {
            pairOfOld[o] = n;
            pairOfNew[n] = o;
        }

        IEnumerable<int> FreeOld() => Enumerable.Range(0, before.Count).Where(o => pairOfOld[o] is null);

        // 1–2. The same wording: under the same number, then under any number, nearest in document order first.
        foreach (var sameNumber in new[] { true, false })
        {
            foreach (var o in FreeOld().ToList())
            {
                var candidates = Enumerable.Range(0, after.Count)
                    .Where(n => pairOfNew[n] is null && newKeys[n].IsSection == oldKeys[o].IsSection && newKeys[n].Text == oldKeys[o].Text
                        && (!sameNumber || newKeys[n].Number == oldKeys[o].Number))
                    .OrderBy(n => Math.Abs(n - o));
                foreach (var n in candidates.Take(1))
                {
                    Pair(o, n);
                }
            }
        }

        // 3–4. Similar wording: under the same number, then anywhere; the most similar pairs first.
        foreach (var (sameNumber, threshold) in new[] { (true, SameNumberSimilarity), (false, MovedSimilarity) })
        {
            var scored = new List<(int Old, int New, double Score)>();
            foreach (var o in FreeOld())
            {
                for (var n = 0; n < after.Count; n++)
                {
                    if (pairOfNew[n] is not null || newKeys[n].IsSection != oldKeys[o].IsSection
                        || (sameNumber && (oldKeys[o].Number is null || newKeys[n].Number != oldKeys[o].Number)))
                    {
                        continue;
                    }
                    var score = Similarity(oldKeys[o].Stems, newKeys[n].Stems);
                    if (score >= threshold)
                    {
                        scored.Add((o, n, score));
                    }
                }
            }
            foreach (var (o, n, _) in scored.OrderByDescending(s => s.Score).ThenBy(s => Math.Abs(s.New - s.Old)))
            {
                if (pairOfOld[o] is null && pairOfNew[n] is null)
                {
                    Pair(o, n);
                }
            }
        }

        var matches = Enumerable.Range(0, after.Count).Where(n => pairOfNew[n] is not null)
            .Select(n => new ItemMatch(pairOfNew[n]!.Value, n, Changes(before[pairOfNew[n]!.Value], after[n], beforePeriod, afterPeriod)))
            .ToList();
        return new RoadmapDiff(matches,
            Enumerable.Range(0, after.Count).Where(n => pairOfNew[n] is null).ToList(),
            Enumerable.Range(0, before.Count).Where(o => pairOfOld[o] is null).ToList());
    }

    /// <summary>
    /// The correction in Russian, one line each, as a revision records it: «Добавлен пункт 5: …», «Пункт 1.2: срок «…» → «…»»,
    /// «Исключён пункт 7 …». <paramref name="removedLine"/> words a removal (deleted, or excluded with reports kept).
    /// </summary>
    public IReadOnlyList<string> Describe(IReadOnlyList<ItemContent> before, IReadOnlyList<ItemContent> after, Func<int, string> removedLine)
    {
        var lines = new List<string>();
        foreach (var n in Added)
        {
            lines.Add($"Добавлен {(after[n].IsSection ? "раздел" : "пункт")} {after[n].Number ?? "без номера"}: «{Short(after[n].Text)}»");
        }
        foreach (var m in Changed)
        {
            lines.AddRange(RoadmapRevision.Describe(before[m.Before].Number, before[m.Before], after[m.After]));
        }
        lines.AddRange(Removed.Select(removedLine));
        return lines;
    }

    private static IReadOnlyList<FieldChange> Changes(ItemContent a, ItemContent b, DatePeriod? beforePeriod, DatePeriod? afterPeriod)
    {
        var changes = new List<FieldChange>();
        void Compare(ItemField field, string? x, string? y)
        {
            if (Spaces(x) != Spaces(y))
            {
                changes.Add(new FieldChange(field, x, y));
            }
        }
        Compare(ItemField.Number, a.Number, b.Number);
        if (a.IsSection != b.IsSection)
        {
            changes.Add(new FieldChange(ItemField.Kind, a.IsSection ? "раздел" : "мероприятие", b.IsSection ? "раздел" : "мероприятие"));
        }
        Compare(ItemField.Text, a.Text, b.Text);
        var beforeDates = Dates(a, beforePeriod);
        var afterDates = Dates(b, afterPeriod ?? beforePeriod);
        if (Spaces(a.DeadlineText) != Spaces(b.DeadlineText) || !beforeDates.SequenceEqual(afterDates))
        {
            changes.Add(new FieldChange(ItemField.Deadline, a.DeadlineText, b.DeadlineText) { BeforeDates = beforeDates, AfterDates = afterDates });
        }
        Compare(ItemField.Responsible, a.ResponsibleText, b.ResponsibleText);
        Compare(ItemField.Result, a.ResultText, b.ResultText);
        if (a.Levels != b.Levels)
        {
            changes.Add(new FieldChange(ItemField.Levels, Glossary.ImplementationLevelsText(a.Levels), Glossary.ImplementationLevelsText(b.Levels)));
        }
        return changes;
    }

    private static IReadOnlyList<DateOnly> Dates(ItemContent item, DatePeriod? period) =>
        period is { } p && !item.IsSection && !string.IsNullOrWhiteSpace(item.DeadlineText)
            ? ScheduleParser.Parse(item.DeadlineText, p).Checkpoints
            : [];

    /// <summary>Dice coefficient of two sets of stems: 1 for the same words, 0 for none in common.</summary>
    internal static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 1 : 2.0 * a.Count(b.Contains) / (a.Count + b.Count);

    /// <summary>Whitespace and line breaks differ between readers of one document; they are not a change.</summary>
    private static string Spaces(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Short(string text) => text.Length <= 120 ? text : text[..120] + "…";

    private sealed record Key(string? Number, bool IsSection, string Text, IReadOnlySet<string> Stems)
    {
        public static Key Of(ItemContent c) => new(Numbering(c.Number), c.IsSection, SearchText.Fold(Spaces(c.Text)), StemsOf(c.Text));

        /// <summary>«1.2.», «1.2» and « 1.2 » are one number.</summary>
        private static string? Numbering(string? number)
        {
            var n = number?.Trim().TrimEnd('.', ')').Trim();
            return string.IsNullOrEmpty(n) ? null : n.ToLowerInvariant();
        }

        /// <summary>Words of three letters and more, cut to six: Russian endings change with the wording, stems less.</summary>
        private static HashSet<string> StemsOf(string text)
        {
            var stems = new HashSet<string>(StringComparer.Ordinal);
            var word = new StringBuilder();
            foreach (var ch in SearchText.Fold(text).Append(' '))
            {
                if (char.IsLetterOrDigit(ch))
                {
                    word.Append(ch);
                    continue;
                }
                if (word.Length >= 3)
                {
                    var w = word.ToString();
                    stems.Add(w.Length > 6 ? w[..6] : w);
                }
                word.Clear();
            }
            return stems;
        }
    }
}
