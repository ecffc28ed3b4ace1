using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Core.Planning.Schedules;

namespace Medk.LoadTest;

/// <summary>One row of the template roadmap, as the domain understood it (deadline kind, checkpoints, indicator).</summary>
public sealed record TemplateItem(
    int Index,
    int? ParentIndex,
    int Position,
    string Number,
    bool IsSection,
    string Text,
    string? ResponsibleText,
    string? DeadlineText,
    string? ResultText,
    bool Cascades,
    RoadmapItem Understood,
    IReadOnlyList<DateOnly> DueDates);

/// <summary>
/// The roadmap every organization of the dataset has: 4 sections of 9 actions (40 items). Deadlines mix single
/// dates, ranges, monthly, bimonthly and quarterly recurrences and the whole year, read by the app's own
/// <see cref="RoadmapItem.Understand"/>, so the checkpoints are the ones Medk would make from the text.
/// Items marked as cascading are implemented by the same item of the roadmaps one level below.
/// </summary>
public static class RoadmapTemplate
{
    private sealed record Row(string Text, string Deadline, string Result, bool Cascades = false);

    private static readonly (string Section, Row[] Actions)[] Sections =
    [
        ("Организационно-управленческие мероприятия",
        [
            new("Назначение ответственного за реализацию проекта", "до 1 февраля", "Приказ о назначении ответственного"),
            new("Разработка и утверждение дорожной карты", "до 15 февраля", "Утвержденная дорожная карта размещена на сайте"),
            new("Заседание рабочей группы по реализации дорожной карты", "ежемесячно, до 25 числа", "Протокол заседания рабочей группы"),
            new("Анализ рисковых профилей", "с 20 февраля по 10 марта", "Аналитическая справка по рисковым профилям"),
            new("Отчёт о ходе реализации дорожной карты", "ежеквартально", "Отчёт направлен на вышестоящий уровень"),
            new("Участие в совещаниях по реализации проекта", "до 20 числа последнего месяца квартала", "Участие 100%", true),
            new("Корректировка дорожной карты по итогам полугодия", "до 15 июля", "Изменения в дорожную карту утверждены"),
            new("Размещение информации о проекте на официальном сайте", "до 1 июля", "Информация размещена на сайте"),
            new("Подведение итогов реализации дорожной карты", "до 20 декабря", "Итоговый отчёт"),
        ]),
        ("Методическая поддержка педагогов",
        [
            new("Диагностика профессиональных дефицитов педагогов", "с 10 по 20 мая", "Доля педагогов, прошедших диагностику, не менее 90%", true),
            new("Повышение квалификации педагогов по индивидуальным образовательным маршрутам", "в течение года", "Доля педагогов, прошедших обучение, не менее 80%", true),
            new("Методические семинары для педагогов", "ежемесячно", "Проведено не менее 8 семинаров"),
            new("Взаимопосещение уроков", "ежемесячно с сентября по декабрь", "Справка по итогам посещения уроков"),
            new("Участие в стажировках на базе школ-лидеров", "с 1 марта до 1 апреля", "Участие 100%", true),
            new("Организация наставничества для молодых педагогов", "до 1 сентября", "Доля молодых педагогов, закреплённых за наставниками, 100%", true),
            new("Открытые уроки", "до 15 мая и до 15 октября", "Проведено не менее двух открытых уроков"),
            new("Консультации муниципального методиста", "1 раз в 2 месяца", "Журнал консультаций"),
            new("Обобщение педагогического опыта", "до 1 декабря", "Сборник лучших практик"),
        ]),
        ("Мониторинг и оценка качества образования",
        [
            new("Проведение всероссийских проверочных работ", "с 1 по 15 октября", "Участие 100%", true),
            new("Анализ результатов всероссийских проверочных работ", "до 15 июня", "Аналитическая справка по результатам ВПР"),
            new("Мониторинг успеваемости обучающихся", "ежеквартально", "Доля обучающихся с неудовлетворительными результатами не более 5%"),
            new("Мониторинг посещаемости занятий", "1 раз в 3 месяца", "Справка о посещаемости"),
            new("Внутришкольный контроль качества преподавания", "до 1 марта", "Справка по итогам контроля"),
            new("Самообследование образовательной организации", "до 20 апреля", "Отчёт о самообследовании размещён на сайте"),
            new("Диагностические работы по математике и русскому языку", "29.04 16.05 01.06", "Протоколы диагностических работ"),
            new("Анализ рисков учебной неуспешности", "до 30.03", "Карта рисков"),
            new("Подготовка к государственной итоговой аттестации", "до 20 мая", "План подготовки к ГИА"),
        ]),
        ("Работа с родителями и социальными партнёрами",
        [
            new("Родительские собрания", "ежеквартально", "Доля родителей, принявших участие, не менее 70%"),
            new("Анкетирование родителей", "с 20 февраля по 10 марта", "Участие в анкетировании 100%", true),
            new("Заключение соглашений с социальными партнёрами", "до 1 апреля", "Заключено не менее 2 соглашений"),
            new("Совместные мероприятия с учреждениями культуры", "до 15 мая и до 15 октября", "Проведено не менее двух мероприятий"),
            new("Информирование о ходе проекта в средствах массовой информации", "до 1 октября", "Публикации в СМИ"),
            new("День открытых дверей", "не позднее 30 апреля", "Проведён день открытых дверей"),
            new("Работа школьной службы медиации", "в течение года", "Отчёт службы медиации"),
            new("Профориентационные мероприятия", "с 1 по 15 октября", "Доля обучающихся 8–11 классов, охваченных мероприятиями, не менее 90%"),
            new("Публичный отчёт", "до 1 сентября", "Публичный отчёт размещён на сайте"),
        ]),
    ];

    public static string ResponsibleFor(OrganizationLevel level) => level switch
    {
        OrganizationLevel.Region => "Министерство образования, ИРО",
        OrganizationLevel.Municipality => "Управление образования, ИМЦ",
        _ => "Директор, заместитель директора по УВР",
    };

    /// <summary>The template for one level and year.</summary>
    public static IReadOnlyList<TemplateItem> For(OrganizationLevel level, int year)
    {
        var period = DatePeriod.Year(year);
        var responsible = ResponsibleFor(level);
        var result = new List<TemplateItem>();
        for (var s = 0; s < Sections.Length; s++)
        {
            var (section, actions) = Sections[s];
            var sectionIndex = result.Count;
            result.Add(Make(sectionIndex, null, s, $"{s + 1}.", true, section, null, null, null, false));
            for (var a = 0; a < actions.Length; a++)
            {
                var row = actions[a];
                result.Add(Make(result.Count, sectionIndex, a, $"{s + 1}.{a + 1}.", false, row.Text, responsible, row.Deadline, row.Result, row.Cascades));
            }
        }
        return result;

        TemplateItem Make(int index, int? parent, int position, string number, bool isSection, string text, string? who, string? deadline, string? outcome, bool cascades)
        {
            var item = new RoadmapItem(0, null, position, new ItemContent(number, isSection, text, who, deadline, outcome).Normalized());
            item.Understand(period);
            return new TemplateItem(index, parent, position, number, isSection, text, who, deadline, outcome, cascades, item,
                item.Checkpoints.Select(c => c.DueDate).ToList());
        }
    }

    /// <summary>What the template became, for the console: kinds, checkpoints and indicators.</summary>
    public static string Describe(IReadOnlyList<TemplateItem> items)
    {
        var actions = items.Where(i => !i.IsSection).ToList();
        var kinds = actions.GroupBy(i => i.Understood.DeadlineKind?.ToString() ?? "none")
            .OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()} ({g.Sum(i => i.DueDates.Count)} checkpoints)");
        var warnings = actions.Where(i => i.Understood.DeadlineWarning is not null).Select(i => $"«{i.DeadlineText}»: {i.Understood.DeadlineWarning}").ToList();
        var indicators = actions.GroupBy(i => i.Understood.IndicatorKind?.ToString() ?? "none").Select(g => $"{g.Key} {g.Count()}");
        return $"{items.Count} items ({items.Count - actions.Count} sections), {actions.Sum(i => i.DueDates.Count)} checkpoints per roadmap; " +
               $"deadlines: {string.Join(", ", kinds)}; indicators: {string.Join(", ", indicators)}; cascading items: {actions.Count(i => i.Cascades)}" +
               (warnings.Count > 0 ? "; warnings: " + string.Join("; ", warnings) : "");
    }
}
