namespace Medk.Core.Planning.Schedules.Parsing;

/// <summary>
/// Turns lexemes into atoms: calendar terms («28 января 2022», «II квартал», «конец года»),
/// links («до», «с», «по»), frequencies, weekdays, markers of the whole period and of external
/// schedules. Each reader either consumes what it recognises or leaves the position untouched.
/// </summary>
internal sealed partial class Atomizer
{
    private static readonly HashSet<string> OrdinalSuffixes =
        ["й", "го", "ого", "его", "ой", "ый", "ий", "е", "я", "ая", "ое", "м", "ом", "ем", "ее", "му", "ему", "ому", "ю", "ую", "х", "ых", "их"];

    private static readonly HashSet<string> Fillers =
    [
        "в", "во", "на", "за", "срок", "срока", "сроком", "чем", "включительно", "числа", "число", "текущего", "текущий",
        "текущем", "этого", "этом", "сего", "г", "гг", "год", "года", "году", "годы", "ч", "час", "часов", "мин",
        "минут", "дата", "даты", "датой", "также", "начиная", "как", "правило", "не", "новому", "нового", "новый",
        "новом", "следующему", "следующего", "следующий", "очередному", "очередного",
    ];

    private readonly List<Lexeme> _lx;
    private readonly List<Atom> _atoms = [];
    private int _i;

    private Atomizer(List<Lexeme> lexemes) => _lx = lexemes;

    public static List<Atom> Read(List<Lexeme> lexemes)
    {
        var atomizer = new Atomizer(lexemes);
        while (atomizer._i < lexemes.Count)
        {
            atomizer.Step();
        }
        return atomizer._atoms;
    }

    private void Step()
    {
        var start = _i;
        if (TryTerm() is Term term)
        {
            Emit(new TermAtom(term));
            return;
        }
        _i = start;
        var lx = _lx[_i];
        switch (lx.Kind)
        {
            case LexemeKind.Separator:
            case LexemeKind.Slash:
                _i++;
                Emit(new SeparatorAtom(false));
                break;
            case LexemeKind.Dash:
                _i++;
                Emit(new DashAtom());
                break;
            case LexemeKind.Symbol:
                _i++;
                Emit(new WordAtom(lx.Text));
                break;
            case LexemeKind.Numeric:
                _i++;
                Emit(TimeOf(lx) is TimeOnly time ? new TimeAtom(time) : new WordAtom(lx.Text));
                break;
            case LexemeKind.Number:
                ReadNumber();
                break;
            default:
                ReadWord();
                break;
        }
        if (_i == start)
        {
            _i++;
        }
    }

    private void Emit(Atom atom) => _atoms.Add(atom);

    private Lexeme? At(int index) => index >= 0 && index < _lx.Count ? _lx[index] : null;

    private string? WordAt(int index) => At(index) is { Kind: LexemeKind.Word } lx ? lx.Text : null;

    private bool IsKind(int index, LexemeKind kind) => At(index)?.Kind == kind;

    private static TimeOnly? TimeOf(Lexeme lx) =>
        lx.Parts.Count == 2 && lx.Parts[0] is >= 0 and <= 23 && lx.Parts[1] is >= 0 and <= 59
            ? new TimeOnly(lx.Parts[0], lx.Parts[1])
            : null;

    /// <summary>Position after a number's ordinal ending («1-го», «2-й», «3-ем»), and whether there was one.</summary>
    private int SkipOrdinalSuffix(int index, out bool hadSuffix)
    {
        hadSuffix = true;
        if (WordAt(index) is string w && OrdinalSuffixes.Contains(w))
        {
            return index + 1;
        }
        if (IsKind(index, LexemeKind.Dash) && WordAt(index + 1) is string w2 && OrdinalSuffixes.Contains(w2))
        {
            return index + 2;
        }
        hadSuffix = false;
        return index;
    }

    /// <summary>A year written after a date or a month: «2022», «2022 г.», «22 г.», «2022года».</summary>
    private int? TryYear()
    {
        if (At(_i) is not { Kind: LexemeKind.Number } lx)
        {
            return null;
        }
        int? year = null;
        if (lx.Value is >= 1990 and <= 2100)
        {
            year = lx.Value;
        }
        else if (lx.Text.Length == 2 && WordAt(_i + 1) is string w && Vocabulary.IsYearWord(w))
        {
            year = 2000 + lx.Value;
        }
        if (year is null)
        {
            return null;
        }
        _i++;
        SkipYearWords();
        return year;
    }

    private void SkipYearWords()
    {
        while (WordAt(_i) is string w && Vocabulary.IsYearWord(w))
        {
            _i++;
        }
    }

    /// <summary>Number of a number-or-numeral at the position («2», «два», «двух»), and where it ends.</summary>
    private int? CountAt(int index, out int next)
    {
        next = index;
        if (At(index) is { Kind: LexemeKind.Number } lx)
        {
            next = index + 1;
            return lx.Value;
        }
        var words = new List<string>();
        for (var k = index; k < index + 2 && WordAt(k) is string w; k++)
        {
            words.Add(w);
        }
        var taken = RussianNumerals.Read(words, 0, out var value);
        if (taken == 0)
        {
            return null;
        }
        next = index + taken;
        return value;
    }

    private static bool StartsWith(string word, params string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
