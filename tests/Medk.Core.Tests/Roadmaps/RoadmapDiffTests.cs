using Medk.Core.Monitoring;
using Medk.Core.Planning.Roadmaps;
using Medk.Core.Planning.Schedules;

namespace Medk.Core.Tests.Roadmaps;

public class RoadmapDiffTests
{
    private static ItemContent Item(string? number, string text, string? deadline = "до 1 марта", string? responsible = "РУО", string? result = "Проведено") =>
        new(number, false, text, responsible, deadline, result);

    private static readonly ItemContent[] Order =
    [
        new("1", true, "Организационные мероприятия"),
        Item("1.1", "Назначение муниципального координатора проекта «500+»"),
        Item("1.2", "Создание группы в мессенджере для руководителей школ"),
        Item("1.3", "Проведение совещания с руководителями школ по итогам анкетирования"),
        new("2", true, "Методическое сопровождение"),
        Item("2.1", "Разработка концептуальных документов школами"),
        Item("2.2", "Экспертиза концептуальных документов муниципальной командой"),
    ];

    [Fact]
    public void Compare_TheSameDocument_ChangesNothing()
    {
        var diff = RoadmapDiff.Compare(Order, Order.Select(i => i with { Text = "  " + i.Text.Replace(" ", "\n ") + " " }).ToList());

        Assert.True(diff.IsEmpty);
        Assert.Equal(Order.Length, diff.UnchangedCount);
        Assert.Equal(Enumerable.Range(0, Order.Length), diff.Matches.Select(m => m.Before));
    }

    [Fact]
    public void Compare_ReportsAddedRemovedAndChangedFields()
    {
        var after = Order.ToList();
        after[1] = after[1] with { DeadlineText = "до 15 марта" };
        after[3] = after[3] with { ResponsibleText = "РУО, ИМЦ", ResultText = "Протокол совещания" };
        after.RemoveAt(6);
        after.Add(Item("2.3", "Участие школ в региональном конкурсе лучших практик"));

        var diff = RoadmapDiff.Compare(Order, after, DatePeriod.Year(2022), DatePeriod.Year(2022));

        Assert.Equal([6], diff.Added);
        Assert.Equal([6], diff.Removed);
        var changed = diff.Changed.ToList();
        Assert.Equal([1, 3], changed.Select(m => m.Before));
        var deadline = Assert.Single(changed[0].Changes);
        Assert.Equal(ItemField.Deadline, deadline.Field);
        Assert.Equal(("до 1 марта", "до 15 марта"), (deadline.Before, deadline.After));
        Assert.Equal([new DateOnly(2022, 3, 1)], deadline.BeforeDates);
        Assert.Equal([new DateOnly(2022, 3, 15)], deadline.AfterDates);
        Assert.Equal([ItemField.Responsible, ItemField.Result], changed[1].Changes.Select(c => c.Field));
        Assert.Equal(4, diff.UnchangedCount);
    }

    [Fact]
    public void Compare_ItemRemovedInTheMiddle_RenumbersTheFollowingInsteadOfRewordingThem()
    {
        // 1.2 goes; the old 1.3 is now numbered 1.2. By number alone «1.2» would look reworded and 1.3 removed.
        var after = Order.Where((_, i) => i != 2).ToList();
        after[2] = after[2] with { Number = "1.2" };

        var diff = RoadmapDiff.Compare(Order, after);

        Assert.Equal([2], diff.Removed);
        Assert.Empty(diff.Added);
        var renumbered = Assert.Single(diff.Changed);
        Assert.Equal((3, 2), (renumbered.Before, renumbered.After));
        var change = Assert.Single(renumbered.Changes);
        Assert.Equal((ItemField.Number, "1.3", "1.2"), (change.Field, change.Before, change.After));
    }

    [Fact]
    public void Compare_RewordedItemUnderItsNumber_IsChangedNotReplaced()
    {
        var after = Order.ToList();
        after[5] = after[5] with { Text = "Разработка школами концептуальных документов и программ развития" };

        var diff = RoadmapDiff.Compare(Order, after);

        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        var change = Assert.Single(Assert.Single(diff.Changed).Changes);
        Assert.Equal(ItemField.Text, change.Field);
    }

    [Fact]
    public void Compare_MovedAndReworded_IsFoundBySimilarWording()
    {
        // The document gained a section in front: every number moved, and one item was lightly reworded.
        var after = new List<ItemContent> { new("1", true, "Нормативное обеспечение"), Item("1.1", "Приказ о проекте") };
        after.AddRange(Order.Select(i => i with { Number = Shift(i.Number) }));
        after[^1] = after[^1] with { Text = "Экспертиза концептуальных документов муниципальной командой проекта" };

        var diff = RoadmapDiff.Compare(Order, after);

        Assert.Equal([0, 1], diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Equal(Enumerable.Range(0, Order.Length), diff.Matches.Select(m => m.Before));
        Assert.Equal(Enumerable.Range(2, Order.Length), diff.Matches.Select(m => m.After));
        Assert.Contains(diff.Matches[^1].Changes, c => c.Field == ItemField.Text);
    }

    [Fact]
    public void Compare_SameNumberButAnotherMeasure_IsRemovedAndAdded()
    {
        var after = Order.ToList();
        after[2] = Item("1.2", "Закупка оборудования для кабинета физики");

        var diff = RoadmapDiff.Compare(Order, after);

        Assert.Equal([2], diff.Added);
        Assert.Equal([2], diff.Removed);
    }

    [Fact]
    public void Compare_SectionsPairOnlyWithSections()
    {
        var after = Order.ToList();
        after[0] = Item("1", "Организационные мероприятия");

        var diff = RoadmapDiff.Compare(Order, after);

        Assert.Equal([0], diff.Added);
        Assert.Equal([0], diff.Removed);
    }

    [Fact]
    public void Compare_SameDeadlineInAnotherPeriod_ReportsTheNewDates()
    {
        var diff = RoadmapDiff.Compare([Order[1]], [Order[1]], DatePeriod.Year(2022), DatePeriod.Year(2023));

        var change = Assert.Single(Assert.Single(diff.Changed).Changes);
        Assert.Equal(ItemField.Deadline, change.Field);
        Assert.Equal([new DateOnly(2023, 3, 1)], change.AfterDates);
    }

    [Fact]
    public void Describe_WritesTheRevisionLinesInRussian()
    {
        var after = Order.ToList();
        after[1] = after[1] with { DeadlineText = "до 15 марта" };
        after.RemoveAt(6);
        after.Add(Item("2.3", "Участие в конкурсе"));
        var diff = RoadmapDiff.Compare(Order, after);

        var lines = diff.Describe(Order, after, i => $"Удалён пункт {Order[i].Number}");

        Assert.Equal(["Добавлен пункт 2.3: «Участие в конкурсе»", "Пункт 1.1: срок «до 1 марта» → «до 15 марта»", "Удалён пункт 2.2"], lines);
    }

    [Fact]
    public void Withdraw_CancelsOpenCheckpointsWithoutReports_AndKeepsReportedOnes()
    {
        var item = new RoadmapItem(1, null, 0, Item("1", "Совещания", deadline: "ежемесячно, 25 числа"));
        item.Understand(DatePeriod.Year(2022));
        for (var i = 0; i < item.Checkpoints.Count; i++)
        {
            typeof(Checkpoint).GetProperty(nameof(Checkpoint.Id))!.SetValue(item.Checkpoints[i], i + 1);
        }
        var today = new DateOnly(2022, 6, 1);
        item.Checkpoints[0].Apply(CheckpointAction.Submit, today);
        item.Checkpoints[0].Apply(CheckpointAction.Confirm, today);
        item.Checkpoints[1].Apply(CheckpointAction.Submit, today);

        item.Withdraw("Исключён корректировкой № 1", new HashSet<int> { 1, 2 }, today, DateTimeOffset.UnixEpoch);

        Assert.True(item.IsWithdrawn);
        Assert.Equal("Исключён корректировкой № 1", item.WithdrawalReason);
        Assert.Equal(CheckpointStatus.Done, item.Checkpoints[0].Status);
        Assert.Equal(CheckpointStatus.UnderReview, item.Checkpoints[1].Status);
        Assert.All(item.Checkpoints.Skip(2), c => Assert.Equal((CheckpointStatus.Cancelled, "Исключён корректировкой № 1"), (c.Status, c.CancelReason)));
    }

    [Fact]
    public void Understand_NeverDropsAReportedCheckpoint_EvenIfPlannedAgain()
    {
        var item = new RoadmapItem(1, null, 0, Item("1", "Совещание", deadline: "до 1 марта"));
        item.Understand(DatePeriod.Year(2022));
        typeof(Checkpoint).GetProperty(nameof(Checkpoint.Id))!.SetValue(item.Checkpoints[0], 7);
        item.Apply(Item("1", "Совещание", deadline: "до 1 апреля"));

        item.Understand(DatePeriod.Year(2022), new HashSet<int> { 7 });

        Assert.Equal([new DateOnly(2022, 3, 1), new DateOnly(2022, 4, 1)], item.Checkpoints.Select(c => c.DueDate));
        item.Understand(DatePeriod.Year(2022));
        Assert.Equal([new DateOnly(2022, 4, 1)], item.Checkpoints.Select(c => c.DueDate));
    }

    private static string? Shift(string? number) => number is null ? null
        : (int.Parse(number.Split('.')[0]) + 1) + number[number.Split('.')[0].Length..];
}
