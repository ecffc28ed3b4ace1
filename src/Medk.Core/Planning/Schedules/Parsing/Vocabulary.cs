namespace Medk.Core.Planning.Schedules.Parsing;

internal enum Season
{
    Winter,
    Spring,
    Summer,
    Autumn,
}

/// <summary>The calendar units a deadline counts in.</summary>
internal enum CalendarUnit
{
    Day,
    Week,
    Month,
    Quarter,
    HalfYear,
    Year,
    SchoolQuarter,
    Decade,
}

/// <summary>
/// Russian calendar words in every case a deadline uses them («январь», «января», «январе», «янв»).
/// Forms are listed (stem + endings) rather than matched by prefix, so «мастер» is not May and
/// «среди» is not Wednesday.
/// </summary>
internal static class Vocabulary
{
    private static readonly string[] SoftNoun = ["ь", "я", "е", "ю", "ем"];
    private static readonly string[] HardNoun = ["", "а", "е", "у", "ом"];
    private static readonly string[] Adjective =
    [
        "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ую", "юю", "ого", "его", "ей", "ом", "ем", "ому", "ему", "ые", "ие", "ых", "их",
    ];

    private static readonly Dictionary<string, int> Months = BuildMonths();
    private static readonly Dictionary<string, DayOfWeek> Weekdays = BuildWeekdays();
    private static readonly Dictionary<string, int> Ordinals = BuildOrdinals();
    private static readonly Dictionary<string, (Season Season, bool Adjective)> Seasons = BuildSeasons();
    private static readonly Dictionary<string, CalendarUnit> Units = BuildUnits();

    public static int? Month(string word) => Months.TryGetValue(word, out var m) ? m : null;

    public static DayOfWeek? Weekday(string word) => Weekdays.TryGetValue(word, out var d) ? d : null;

    /// <summary>«первый» → 1 … «пятый» → 5, «последний» → -1; Roman numerals I–V as well.</summary>
    public static int? Ordinal(string word) => Ordinals.TryGetValue(word, out var n) ? n : null;

    public static (Season Season, bool Adjective)? SeasonOf(string word) =>
        Seasons.TryGetValue(word, out var s) ? s : null;

    public static CalendarUnit? Unit(string word) => Units.TryGetValue(word, out var u) ? u : null;

    /// <summary>Words that mark the number before them as a year: «2022 г.», «2022 года», «2021 - 2022 гг.».</summary>
    public static bool IsYearWord(string word) =>
        word is "г" or "гг" or "год" or "года" or "году" or "годы" or "годов" or "годах" or "годом" or "годам";

    /// <summary>«учебный», «учебного», «уч.»: the academic year, 1 September – 31 August.</summary>
    public static bool IsAcademic(string word) => word.StartsWith("учебн", StringComparison.Ordinal) || word == "уч";

    public static bool IsEach(string word) => word.StartsWith("кажд", StringComparison.Ordinal);

    private static Dictionary<string, int> BuildMonths()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        (string Stem, string[] Endings, int Month)[] forms =
        [
            ("январ", SoftNoun, 1), ("феврал", SoftNoun, 2), ("март", HardNoun, 3), ("апрел", SoftNoun, 4),
            ("ма", ["й", "я", "е", "ю", "ем"], 5), ("июн", SoftNoun, 6), ("июл", SoftNoun, 7), ("август", HardNoun, 8),
            ("сентябр", SoftNoun, 9), ("октябр", SoftNoun, 10), ("ноябр", SoftNoun, 11), ("декабр", SoftNoun, 12),
        ];
        foreach (var (stem, endings, month) in forms)
        {
            foreach (var ending in endings)
            {
                map[stem + ending] = month;
            }
        }
        string[] abbreviations = ["янв", "фев", "мар", "апр", "", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
        for (var i = 0; i < abbreviations.Length; i++)
        {
            if (abbreviations[i].Length > 0)
            {
                map.TryAdd(abbreviations[i], i + 1);
            }
        }
        map["февр"] = 2;
        map["сент"] = 9;
        map["нояб"] = 11;
        return map;
    }

    private static Dictionary<string, DayOfWeek> BuildWeekdays()
    {
        var map = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal);
        string[] masculine = ["", "а", "у", "ом", "е", "и", "ам", "ов", "ами", "ах"];
        string[] feminine = ["а", "ы", "и", "е", "у", "ой", "ей", "ам", "ами", "ах", ""];
        string[] neuter = ["е", "я", "ю", "ем", "ям", "ями", "ях"];
        (string Stem, string[] Endings, DayOfWeek Day, string Short)[] forms =
        [
            ("понедельник", masculine, DayOfWeek.Monday, "пн"), ("вторник", masculine, DayOfWeek.Tuesday, "вт"),
            ("сред", feminine, DayOfWeek.Wednesday, "ср"), ("четверг", masculine, DayOfWeek.Thursday, "чт"),
            ("пятниц", feminine, DayOfWeek.Friday, "пт"), ("суббот", feminine, DayOfWeek.Saturday, "сб"),
            ("воскресень", neuter, DayOfWeek.Sunday, "вс"),
        ];
        foreach (var (stem, endings, day, shortName) in forms)
        {
            foreach (var ending in endings)
            {
                map[stem + ending] = day;
            }
            map[shortName] = day;
        }
        // «сред» alone would also be read in «среди», so only real forms of «среда» stay.
        map.Remove("сред" + "и");
        return map;
    }

    private static Dictionary<string, int> BuildOrdinals()
    {
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        (string Stem, int Value)[] regular = [("перв", 1), ("втор", 2), ("четверт", 4), ("пят", 5), ("последн", -1)];
        foreach (var (stem, value) in regular)
        {
            // «по первым и третьим вторникам»: the plural dative and instrumental as well.
            foreach (var ending in Adjective.Concat(["ым", "им", "ыми", "ими"]))
            {
                map[stem + ending] = value;
            }
        }
        foreach (var ending in new[] { "ий", "ья", "ье", "ью", "ьего", "ьей", "ьем", "ьему", "ьи", "ьих", "ьим", "ьими" })
        {
            map["трет" + ending] = 3;
        }
        map["i"] = 1;
        map["ii"] = 2;
        map["iii"] = 3;
        map["iv"] = 4;
        map["v"] = 5;
        return map;
    }

    private static Dictionary<string, (Season, bool)> BuildSeasons()
    {
        var map = new Dictionary<string, (Season, bool)>(StringComparer.Ordinal);
        void Nouns(Season season, params string[] forms)
        {
            foreach (var form in forms)
            {
                map[form] = (season, false);
            }
        }
        void Adjectives(Season season, string stem)
        {
            foreach (var ending in Adjective)
            {
                map[stem + ending] = (season, true);
            }
        }

        Nouns(Season.Winter, "зима", "зимы", "зиме", "зиму", "зимой", "зимою");
        Nouns(Season.Spring, "весна", "весны", "весне", "весну", "весной", "весною");
        Nouns(Season.Summer, "лето", "лету", "летом", "лете");
        Nouns(Season.Autumn, "осень", "осени", "осенью");
        Adjectives(Season.Winter, "зимн");
        Adjectives(Season.Spring, "весенн");
        Adjectives(Season.Summer, "летн");
        Adjectives(Season.Autumn, "осенн");
        return map;
    }

    private static Dictionary<string, CalendarUnit> BuildUnits()
    {
        var map = new Dictionary<string, CalendarUnit>(StringComparer.Ordinal);
        void Add(CalendarUnit unit, params string[] forms)
        {
            foreach (var form in forms)
            {
                map[form] = unit;
            }
        }

        Add(CalendarUnit.Day, "день", "дня", "дней", "дни", "дням", "днем");
        Add(CalendarUnit.Week, "неделя", "недели", "неделю", "недель", "неделе", "неделям", "неделями", "неделей");
        Add(CalendarUnit.Month, "месяц", "месяца", "месяцев", "месяцу", "месяце", "месяцы", "месяцам", "месяцами", "мес");
        Add(CalendarUnit.Quarter, "квартал", "квартала", "кварталу", "кварталом", "квартале", "кварталы", "кварталов", "кварталам", "кварталах", "кв");
        Add(CalendarUnit.HalfYear, "полугодие", "полугодия", "полугодию", "полугодии", "полугодием", "полугодий", "полугодиям", "полгода");
        Add(CalendarUnit.Year, "год", "года", "году", "годы", "годов", "лет", "годам");
        Add(CalendarUnit.SchoolQuarter, "четверть", "четверти", "четвертью", "четвертей", "четвертям");
        Add(CalendarUnit.Decade, "декада", "декады", "декаде", "декаду", "декадой");
        return map;
    }
}
