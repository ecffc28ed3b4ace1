using System.Text;
using System.Xml.Linq;

namespace Medk.Documents.Reading;

/// <summary>
/// The labels of OpenDocument list items as a reader sees them. LibreOffice does not store the label: it is drawn
/// from the list style (text:list-style in content.xml or styles.xml: per level a format «1», «a», «I», «а»,
/// prefix, suffix, start value, and how many levels to show, so «1.2.»). A list continues an earlier one when it
/// says so (text:continue-numbering, text:continue-list), which is how a № column numbered cell by cell counts on
/// through the table. Items must be asked in document order: counting is the state.
/// </summary>
internal sealed class OdfListNumbering
{
    private const int Levels = 10;

    private readonly Dictionary<string, Dictionary<int, Level>> _styles = [];
    private readonly Dictionary<string, Counter> _byId = [];
    private readonly Dictionary<string, Counter> _lastOfStyle = [];
    private Counter? _last;

    public OdfListNumbering(params XDocument?[] documents)
    {
        foreach (var style in documents.SelectMany(d => d?.Descendants(OdfTables.Text + "list-style") ?? []))
        {
            if (PackageXml.Attr(style, OdfTables.Style, "name") is not { } name || _styles.ContainsKey(name))
            {
                continue;
            }
            var levels = new Dictionary<int, Level>();
            foreach (var level in style.Elements())
            {
                if (PackageXml.IntAttr(level, OdfTables.Text, "level") is not { } index || index is < 1 or > Levels)
                {
                    continue;
                }
                levels[index] = level.Name.LocalName == "list-level-style-number"
                    ? new Level(
                        false,
                        FormatOf(PackageXml.Attr(level, OdfTables.Style, "num-format")),
                        PackageXml.Attr(level, OdfTables.Style, "num-prefix") ?? "",
                        PackageXml.Attr(level, OdfTables.Style, "num-suffix") ?? "",
                        PackageXml.IntAttr(level, OdfTables.Text, "start-value") ?? 1,
                        Math.Clamp(PackageXml.IntAttr(level, OdfTables.Text, "display-levels") ?? 1, 1, index))
                    : new Level(true, "none", "", "", 1, 1);
            }
            _styles[name] = levels;
        }
    }

    /// <summary>The counter a top-level text:list counts on: its own, or the one of the list it continues.</summary>
    public Counter Begin(XElement list)
    {
        var style = PackageXml.Attr(list, OdfTables.Text, "style-name") ?? "";
        Counter? counter = null;
        if (PackageXml.Attr(list, OdfTables.Text, "continue-list") is { } id)
        {
            _byId.TryGetValue(id, out counter);
        }
        else if (PackageXml.Attr(list, OdfTables.Text, "continue-numbering") is { } continues && OnOff.IsOn(continues))
        {
            counter = _lastOfStyle.GetValueOrDefault(style) ?? _last;
        }
        counter ??= new Counter(style);
        if (PackageXml.Attr(list, XNamespace.Xml, "id") is { } own)
        {
            _byId[own] = counter;
        }
        _lastOfStyle[counter.Style] = counter;
        _last = counter;
        return counter;
    }

    /// <summary>The label of the item at <paramref name="depth"/> (1 for the top list) of the list begun by <see cref="Begin"/>; null when the style does not number it.</summary>
    public string? Next(Counter counter, int depth, XElement item)
    {
        depth = Math.Clamp(depth, 1, Levels);
        if (!_styles.TryGetValue(counter.Style, out var levels) || !levels.TryGetValue(depth, out var level))
        {
            return null;
        }
        if (level.Bullet)
        {
            return "•";
        }
        var start = PackageXml.IntAttr(item, OdfTables.Text, "start-value");
        counter.Values[depth] = start ?? (counter.Started[depth] ? counter.Values[depth] + 1 : level.Start);
        counter.Started[depth] = true;
        for (var deeper = depth + 1; deeper < Levels + 1; deeper++)
        {
            counter.Started[deeper] = false;
        }
        var sb = new StringBuilder(level.Prefix);
        for (var shown = depth - level.DisplayLevels + 1; shown <= depth; shown++)
        {
            var format = levels.TryGetValue(shown, out var own) ? own : level;
            var value = counter.Started[shown] ? counter.Values[shown] : format.Start;
            sb.Append(ListLabels.Digits(value, format.Format));
            if (shown < depth)
            {
                sb.Append('.');
            }
        }
        return sb.Append(level.Suffix).ToString().Trim();
    }

    private static string FormatOf(string? format) => format switch
    {
        "1" => "decimal",
        "a" => "lowerLetter",
        "A" => "upperLetter",
        "i" => "lowerRoman",
        "I" => "upperRoman",
        "а" => "russianLower",
        "А" => "russianUpper",
        null or "" => "none",
        _ => "decimal",
    };

    private sealed record Level(bool Bullet, string Format, string Prefix, string Suffix, int Start, int DisplayLevels);

    /// <summary>The count of one list and of the lists continuing it.</summary>
    internal sealed class Counter(string style)
    {
        public string Style { get; } = style;
        public int[] Values { get; } = new int[Levels + 1];
        public bool[] Started { get; } = new bool[Levels + 1];
    }
}
