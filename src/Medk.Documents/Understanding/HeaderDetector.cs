using System.Text.RegularExpressions;
using Medk.Documents.Reading;

namespace Medk.Documents.Understanding;

/// <summary>The header row of a roadmap table, and the column meanings read from it.</summary>
internal sealed record HeaderMatch(int RowIndex, int RowCount, IReadOnlyList<string> Captions, IReadOnlyList<ColumnKind?> Kinds);

/// <summary>
/// Finds the header row (by captions that mean something: «№», «Мероприятия», «Сроки»…), joins a second
/// header row under merged captions, and guesses the columns of a table that has no header at all.
/// </summary>
internal static partial class HeaderDetector
{
    public const int SearchWindow = 25;
    private const int MaxSubCaptionLength = 40;

    public static HeaderMatch? FindHeader(IReadOnlyList<RawRow> rows)
    {
        for (var i = 0; i < Math.Min(rows.Count, SearchWindow); i++)
        {
            var row = rows[i];
            if (row.IsLoose || row.IsEmpty || ItemNumber.IsNumberLike(row[0]))
            {
                continue;
            }
            var kinds = row.Cells.Select(c => ColumnMapper.Classify(c.Text)).ToList();
            if (!LooksLikeHeader(kinds))
            {
                continue;
            }
            var captions = row.Cells.Select(c => CellText.OneLine(c.Text)).ToList();
            if (i + 1 < rows.Count && IsSubHeader(row, rows[i + 1]))
            {
                var sub = rows[i + 1];
                for (var c = 0; c < captions.Count; c++)
                {
                    var below = c < sub.Cells.Count && sub.Cells[c].Merge == CellMerge.None ? CellText.OneLine(sub.Cells[c].Text) : "";
                    if (below.Length > 0 && !string.Equals(below, captions[c], StringComparison.OrdinalIgnoreCase))
                    {
                        captions[c] = captions[c].Length == 0 ? below : captions[c] + " " + below;
                        kinds[c] = ColumnMapper.Classify(captions[c]) ?? kinds[c] ?? ColumnMapper.Classify(below);
                    }
                }
                return new HeaderMatch(i, 2, Trim(captions), kinds.Take(Trim(captions).Count).ToList());
            }
            var trimmed = Trim(captions);
            return new HeaderMatch(i, 1, trimmed, kinds.Take(trimmed.Count).ToList());
        }
        return null;
    }

    /// <summary>Two different meanings, one of them the action itself, or three meanings of any kind.</summary>
    private static bool LooksLikeHeader(List<ColumnKind?> kinds)
    {
        var distinct = kinds.Where(k => k is not null).Distinct().Count();
        return distinct >= 2 && kinds.Contains(ColumnKind.Text) || distinct >= 3;
    }

    /// <summary>A second header row sits under merged captions: «Сроки» over «начало» and «окончание».</summary>
    private static bool IsSubHeader(RawRow header, RawRow next)
    {
        var mergedAcross = header.Cells.Any(c => c.Merge == CellMerge.FromLeft);
        var mergedDown = next.Cells.Any(c => c.Merge == CellMerge.FromAbove);
        if (!mergedAcross && !mergedDown || next.IsLoose || ItemNumber.IsNumberLike(next[0]) || IsColumnNumbering(next))
        {
            return false;
        }
        var own = next.Cells.Where(c => c.Merge == CellMerge.None && !c.IsEmpty).ToList();
        return own.Count > 0 && own.All(c => c.Text.Length <= MaxSubCaptionLength && !DeadlineLike().IsMatch(c.Text));
    }

    /// <summary>«1 2 3 4 5» under the header: the columns' own numbers, printed on every page by some authorities.</summary>
    public static bool IsColumnNumbering(RawRow row)
    {
        var texts = row.Cells.Where(c => c.Merge != CellMerge.FromLeft).Select(c => c.Text.Trim().TrimEnd('.')).Where(t => t.Length > 0).ToList();
        if (texts.Count < 3)
        {
            return false;
        }
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i] != (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A table without a header: the number column is the one of item numbers, the deadline column the one of
    /// dates and periods, levels the one of level words; of the rest, the first is the action, the one that reads
    /// like names of people and bodies is the responsible, and the last is the result.
    /// </summary>
    public static IReadOnlyList<ColumnKind?> GuessColumns(IReadOnlyList<RawRow> rows, int width)
    {
        var kinds = new ColumnKind?[width];
        var data = rows.Where(r => !r.IsLoose && !r.IsEmpty).ToList();
        double Share(int column, Func<string, bool> test)
        {
            var values = data.Select(r => r[column]).Where(t => t.Length > 0).ToList();
            return values.Count == 0 ? 0 : (double)values.Count(test) / values.Count;
        }
        void Assign(ColumnKind kind, Func<string, bool> test, double threshold)
        {
            var best = Enumerable.Range(0, width).Where(c => kinds[c] is null)
                .Select(c => (Column: c, Share: Share(c, test))).Where(x => x.Share >= threshold)
                .OrderByDescending(x => x.Share).ThenBy(x => x.Column).FirstOrDefault((-1, 0));
            if (best.Column >= 0)
            {
                kinds[best.Column] = kind;
            }
        }
        Assign(ColumnKind.Number, ItemNumber.IsNumberLike, 0.6);
        Assign(ColumnKind.Deadline, t => DeadlineLike().IsMatch(t), 0.5);
        Assign(ColumnKind.Levels, LevelsParser.IsLevelsText, 0.6);
        var rest = Enumerable.Range(0, width).Where(c => kinds[c] is null && data.Any(r => r[c].Length > 0)).ToList();
        if (rest.Count > 0)
        {
            kinds[rest[0]] = ColumnKind.Text;
            rest.RemoveAt(0);
        }
        if (rest.Count > 0)
        {
            var responsible = rest.OrderByDescending(c => Share(c, t => PartyLike().IsMatch(t) && t.Length < 150)).First();
            if (Share(responsible, t => PartyLike().IsMatch(t) && t.Length < 150) >= 0.5)
            {
                kinds[responsible] = ColumnKind.Responsible;
                rest.Remove(responsible);
            }
        }
        if (rest.Count > 0)
        {
            kinds[rest[^1]] = ColumnKind.Result;
        }
        return kinds;
    }

    private static List<string> Trim(List<string> captions)
    {
        var count = captions.Count;
        while (count > 0 && captions[count - 1].Length == 0)
        {
            count--;
        }
        return captions.Take(count).ToList();
    }

    [GeneratedRegex(@"\d{1,2}\.\d{1,2}|январ|феврал|март|апрел|\bма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|в течение|постоянно|ежемесячно|еженедельно|ежекварт|ежегодно|квартал|\bдо\s+\d|по графику|по плану|\b20\d\d\s*г", RegexOptions.IgnoreCase)]
    internal static partial Regex DeadlineLike();

    [GeneratedRegex(@"\b[А-ЯЁ]\.\s?[А-ЯЁ]\.|\b[А-ЯЁ]{2,}\b|руководител|куратор|координатор|управлени|министерств|муниципалитет", RegexOptions.None)]
    private static partial Regex PartyLike();
}
