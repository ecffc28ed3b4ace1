using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Medk.Documents.Reading;

/// <summary>
/// Word's automatic numbering turned into the label a reader sees («1.», «1.2.», «а)», «•»). A numbered
/// paragraph names a list (w:numId, directly or through its paragraph style) and a level (w:ilvl); the list
/// points to an abstract numbering whose levels give the start value, the format of the digits and the label
/// text («%1.%2.»). Lists sharing one abstract numbering continue each other's count, as in Word, unless a list
/// overrides the start of a level (w:lvlOverride/w:startOverride), which is how Word restarts numbering.
/// Deeper levels restart when a higher level is used (or as w:lvlRestart says). Paragraphs must be asked in
/// document order: counting is the state.
/// </summary>
internal sealed class DocxNumbering
{
    private const int Levels = 9;

    private readonly XNamespace _w;
    private readonly Dictionary<string, string> _abstractOfNum = [];
    private readonly Dictionary<string, Dictionary<int, Level>> _levels = [];
    private readonly Dictionary<(string Num, int Level), int> _startOverrides = [];
    private readonly Dictionary<(string Num, int Level), Level> _levelOverrides = [];
    private readonly Dictionary<string, Counter> _counters = [];
    private readonly HashSet<(string Num, int Level)> _overrideApplied = [];
    private readonly DocxStyles _styles;

    public DocxNumbering(XDocument? numbering, DocxStyles styles, XNamespace w)
    {
        _w = w;
        _styles = styles;
        var root = numbering?.Root;
        if (root is null)
        {
            return;
        }
        var links = new Dictionary<string, string>();
        foreach (var abs in root.Elements(w + "abstractNum"))
        {
            if (Val(abs, "abstractNumId") is not { } id)
            {
                continue;
            }
            _levels[id] = abs.Elements(w + "lvl").Select(ReadLevel).Where(l => l is not null).GroupBy(l => l!.Index).ToDictionary(g => g.Key, g => g.First()!);
            // A list defined by a numbering style: the abstract numbering is the one that style's list uses.
            if (abs.Element(w + "numStyleLink") is { } link && PackageXml.Attr(link, w, "val") is { } style)
            {
                links[id] = style;
            }
        }
        foreach (var num in root.Elements(w + "num"))
        {
            if (Val(num, "numId") is not { } numId || PackageXml.Attr(num.Element(w + "abstractNumId"), w, "val") is not { } abs)
            {
                continue;
            }
            _abstractOfNum[numId] = abs;
            foreach (var over in num.Elements(w + "lvlOverride"))
            {
                if (PackageXml.IntAttr(over, w, "ilvl") is not { } ilvl)
                {
                    continue;
                }
                if (PackageXml.IntAttr(over.Element(w + "startOverride"), w, "val") is { } start)
                {
                    _startOverrides[(numId, ilvl)] = start;
                }
                if (over.Element(w + "lvl") is { } lvl && ReadLevel(lvl) is { } level)
                {
                    _levelOverrides[(numId, ilvl)] = level with { Index = ilvl };
                    _startOverrides.TryAdd((numId, ilvl), level.Start);
                }
            }
        }
        foreach (var (abs, style) in links)
        {
            if (styles.NumberingOf(style) is { NumId: { } linkedNum } && _abstractOfNum.TryGetValue(linkedNum, out var real) && _levels.TryGetValue(real, out var levels))
            {
                _levels[abs] = levels;
            }
        }
    }

    /// <summary>The label of a paragraph, or null when it is not numbered; «•» for bullets, "" for a list without a label.</summary>
    /// <param name="resolved">False when the paragraph asks for numbering the document does not define.</param>
    public string? LabelOf(XElement paragraph, out bool resolved)
    {
        resolved = true;
        var properties = paragraph.Element(_w + "pPr");
        var own = properties?.Element(_w + "numPr");
        var styleId = PackageXml.Attr(properties?.Element(_w + "pStyle"), _w, "val") ?? _styles.DefaultParagraphStyle;
        var fromStyle = styleId is null ? null : _styles.NumberingOf(styleId);
        var numId = PackageXml.Attr(own?.Element(_w + "numId"), _w, "val") ?? fromStyle?.NumId;
        if (numId is null || numId == "0")
        {
            return null;
        }
        if (!_abstractOfNum.TryGetValue(numId, out var abs) || !_levels.TryGetValue(abs, out var levels))
        {
            resolved = false;
            return null;
        }
        var ilvl = PackageXml.IntAttr(own?.Element(_w + "ilvl"), _w, "val") ?? fromStyle?.Level
            ?? levels.Values.FirstOrDefault(l => styleId is not null && l.Style == styleId)?.Index ?? 0;
        ilvl = Math.Clamp(ilvl, 0, Levels - 1);
        var level = LevelOf(numId, abs, ilvl);
        if (level is null)
        {
            resolved = false;
            return null;
        }
        var counter = Count(numId, abs, ilvl, level);
        return Format(numId, abs, level, counter);
    }

    private Level? LevelOf(string numId, string abs, int ilvl) =>
        _levelOverrides.TryGetValue((numId, ilvl), out var over) ? over
        : _levels.TryGetValue(abs, out var levels) && levels.TryGetValue(ilvl, out var level) ? level
        : null;

    private Counter Count(string numId, string abs, int ilvl, Level level)
    {
        if (!_counters.TryGetValue(abs, out var counter))
        {
            counter = new Counter();
            _counters[abs] = counter;
        }
        if (_startOverrides.TryGetValue((numId, ilvl), out var start) && _overrideApplied.Add((numId, ilvl)))
        {
            counter.Values[ilvl] = start;
        }
        else if (!counter.Started[ilvl])
        {
            counter.Values[ilvl] = level.Start;
        }
        else
        {
            counter.Values[ilvl]++;
        }
        counter.Started[ilvl] = true;
        for (var deeper = ilvl + 1; deeper < Levels; deeper++)
        {
            // w:lvlRestart names the 1-based level after which this one restarts; 0 means never.
            var restart = LevelOf(numId, abs, deeper)?.RestartAfter;
            if (restart is null || restart > ilvl)
            {
                counter.Started[deeper] = false;
            }
        }
        return counter;
    }

    private string Format(string numId, string abs, Level level, Counter counter)
    {
        if (level.Format == "bullet")
        {
            return "•";
        }
        var sb = new StringBuilder();
        var text = level.Text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                var index = text[i + 1] - '1';
                var shown = LevelOf(numId, abs, index);
                var value = counter.Started[index] || index == level.Index ? counter.Values[index] : shown?.Start ?? 1;
                sb.Append(ListLabels.Digits(value, level.Legal || shown is null ? "decimal" : shown.Format));
                i++;
            }
            else
            {
                sb.Append(text[i]);
            }
        }
        return sb.ToString().Trim();
    }

    private Level? ReadLevel(XElement lvl)
    {
        if (PackageXml.IntAttr(lvl, _w, "ilvl") is not { } index || index is < 0 or >= Levels)
        {
            return null;
        }
        // Newer Word writes custom formats in mc:AlternateContent with a plain fallback; the fallback is enough.
        var format = lvl.Element(_w + "numFmt")
            ?? lvl.Elements().Where(e => e.Name.LocalName == "AlternateContent").Elements().Where(e => e.Name.LocalName == "Fallback").Elements(_w + "numFmt").FirstOrDefault();
        var isLgl = lvl.Element(_w + "isLgl") is { } legal && OnOff.IsOn(PackageXml.Attr(legal, _w, "val"));
        return new Level(
            index,
            PackageXml.IntAttr(lvl.Element(_w + "start"), _w, "val") ?? 0,
            PackageXml.Attr(format, _w, "val") ?? "decimal",
            PackageXml.Attr(lvl.Element(_w + "lvlText"), _w, "val") ?? "",
            isLgl,
            PackageXml.IntAttr(lvl.Element(_w + "lvlRestart"), _w, "val"),
            PackageXml.Attr(lvl.Element(_w + "pStyle"), _w, "val"));
    }

    private string? Val(XElement element, string name) => PackageXml.Attr(element, _w, name);

    private sealed record Level(int Index, int Start, string Format, string Text, bool Legal, int? RestartAfter, string? Style);

    private sealed class Counter
    {
        public int[] Values { get; } = new int[Levels];
        public bool[] Started { get; } = new bool[Levels];
    }
}

/// <summary>Paragraph styles of a Word document, only as far as numbering needs them: the list a style carries, through basedOn.</summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, (string? BasedOn, string? NumId, int? Level)> _styles = [];

    public DocxStyles(XDocument? styles, XNamespace w)
    {
        foreach (var style in styles?.Root?.Elements(w + "style") ?? [])
        {
            if (PackageXml.Attr(style, w, "styleId") is not { } id)
            {
                continue;
            }
            var numPr = style.Element(w + "pPr")?.Element(w + "numPr");
            _styles[id] = (
                PackageXml.Attr(style.Element(w + "basedOn"), w, "val"),
                PackageXml.Attr(numPr?.Element(w + "numId"), w, "val"),
                PackageXml.IntAttr(numPr?.Element(w + "ilvl"), w, "val"));
            if (PackageXml.Attr(style, w, "type") == "paragraph" && PackageXml.Attr(style, w, "default") is { } isDefault && OnOff.IsOn(isDefault))
            {
                DefaultParagraphStyle = id;
            }
        }
    }

    public string? DefaultParagraphStyle { get; }

    /// <summary>The list and level a style gives its paragraphs, looking through the styles it is based on.</summary>
    public (string? NumId, int? Level)? NumberingOf(string styleId)
    {
        string? numId = null;
        int? level = null;
        var id = styleId;
        for (var depth = 0; depth < 16 && id is not null && _styles.TryGetValue(id, out var style); depth++)
        {
            numId ??= style.NumId;
            level ??= style.Level;
            id = style.BasedOn;
        }
        return numId is null && level is null ? null : (numId, level);
    }
}
