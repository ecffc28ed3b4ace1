using Medk.Core.Common;
using Medk.Core.Planning.Roadmaps;

namespace Medk.Core.Tests.Roadmaps;

public class RoadmapOutlineTests
{
    // Items get their ids from the database; tests set them the way EF does.
    private static RoadmapItem Item(int id, int? parent, int position, string number)
    {
        var item = new RoadmapItem(1, parent, position, new ItemContent(number, false, "Пункт " + number));
        typeof(RoadmapItem).GetProperty(nameof(RoadmapItem.Id))!.SetValue(item, id);
        return item;
    }

    private static List<RoadmapItem> Sample() =>
    [
        Item(1, null, 0, "1"),
        Item(2, 1, 0, "1.1"),
        Item(3, 2, 0, "1.1.1"),
        Item(4, 2, 1, "1.1.2"),
        Item(5, 1, 1, "1.2"),
        Item(6, null, 1, "2"),
        Item(7, 6, 0, "2.1"),
    ];

    private static string Order(RoadmapOutline outline) =>
        string.Join(" ", outline.Flatten().Select(x => $"{x.Item.Number}@{x.Depth}"));

    [Fact]
    public void Flatten_IsDocumentOrderWithDepth()
    {
        Assert.Equal("1@0 1.1@1 1.1.1@2 1.1.2@2 1.2@1 2@0 2.1@1", Order(new RoadmapOutline(Sample())));
    }

    [Fact]
    public void Flatten_OrdersSiblingsByPositionNotByInsertion()
    {
        var items = Sample();
        items.Reverse();
        Assert.Equal("1@0 1.1@1 1.1.1@2 1.1.2@2 1.2@1 2@0 2.1@1", Order(new RoadmapOutline(items)));
    }

    [Fact]
    public void Flatten_KeepsOrphansAtTopLevel()
    {
        var orphan = Item(9, 99, 5, "9");
        var outline = new RoadmapOutline([.. Sample(), orphan]);
        Assert.Contains(outline.Flatten(), x => x.Item.Id == 9 && x.Depth == 0);
    }

    [Fact]
    public void MoveDown_SwapsWithNextSibling_SubtreeTravelsAlong()
    {
        var outline = new RoadmapOutline(Sample());
        Assert.True(outline.Move(2, +1));
        Assert.Equal("1@0 1.2@1 1.1@1 1.1.1@2 1.1.2@2 2@0 2.1@1", Order(outline));
    }

    [Fact]
    public void MoveUp_AtTheTop_DoesNothing()
    {
        var outline = new RoadmapOutline(Sample());
        Assert.False(outline.Move(1, -1));
        Assert.Equal("1@0 1.1@1 1.1.1@2 1.1.2@2 1.2@1 2@0 2.1@1", Order(outline));
    }

    [Fact]
    public void Positions_StayDenseAfterMoves()
    {
        var items = Sample();
        var outline = new RoadmapOutline(items);
        outline.Move(4, -1);
        outline.Move(6, -1);
        Assert.Equal([0, 1], items.Where(i => i.ParentId == 2).Select(i => i.Position).Order());
        Assert.Equal([0, 1], items.Where(i => i.ParentId == null).Select(i => i.Position).Order());
    }

    [Fact]
    public void Reparent_MovesSubtreeToTheEndOfNewParent()
    {
        var outline = new RoadmapOutline(Sample());
        outline.Reparent(2, 6);
        Assert.Equal("1@0 1.2@1 2@0 2.1@1 1.1@1 1.1.1@2 1.1.2@2", Order(outline));
    }

    [Fact]
    public void Reparent_IntoOwnDescendant_IsRefused()
    {
        var outline = new RoadmapOutline(Sample());
        Assert.Throws<DomainException>(() => outline.Reparent(1, 3));
    }

    [Fact]
    public void Subtree_HasItemAndAllDescendants()
    {
        var outline = new RoadmapOutline(Sample());
        Assert.Equal([1, 2, 3, 4, 5], outline.Subtree(1).Select(i => i.Id).Order());
        Assert.Equal(2, outline.NextPosition(1));
        Assert.Equal(0, outline.NextPosition(3));
    }

    [Fact]
    public void ItemContent_RequiresText()
    {
        var e = Assert.Throws<DomainException>(() => new ItemContent("1", false, "   ").Normalized().Validate());
        Assert.Equal("text", e.Field);
    }
}
