using Medk.Core.Common;

namespace Medk.Core.Planning.Roadmaps;

/// <summary>
/// The item tree of one roadmap, built from (parent, position) pairs. A roadmap holds hundreds of
/// items, not millions, so the tree is assembled in memory after one query.
/// </summary>
public sealed class RoadmapOutline
{
    private readonly Dictionary<int, RoadmapItem> _byId;
    private readonly Dictionary<int, List<RoadmapItem>> _children;
    private readonly List<RoadmapItem> _roots;

    public RoadmapOutline(IEnumerable<RoadmapItem> items)
    {
        var list = items.ToList();
        _byId = list.ToDictionary(i => i.Id);
        _roots = [];
        _children = [];
        foreach (var item in list.OrderBy(i => i.Position).ThenBy(i => i.Id))
        {
            // An item whose parent is missing is shown at the top rather than lost.
            if (item.ParentId is { } p && _byId.ContainsKey(p))
            {
                if (!_children.TryGetValue(p, out var siblings))
                {
                    _children[p] = siblings = [];
                }
                siblings.Add(item);
            }
            else
            {
                _roots.Add(item);
            }
        }
    }

    /// <summary>Items in document order with their depth (0 for top level).</summary>
    public IReadOnlyList<(RoadmapItem Item, int Depth)> Flatten()
    {
        var result = new List<(RoadmapItem, int)>(_byId.Count);
        var visited = new HashSet<int>();
        void Walk(IEnumerable<RoadmapItem> level, int depth)
        {
            foreach (var item in level)
            {
                if (!visited.Add(item.Id))
                {
                    continue;
                }
                result.Add((item, depth));
                if (_children.TryGetValue(item.Id, out var kids))
                {
                    Walk(kids, depth + 1);
                }
            }
        }
        Walk(_roots, 0);
        return result;
    }

    public RoadmapItem? Find(int id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<RoadmapItem> ChildrenOf(int? parentId) =>
        parentId is { } p ? (_children.TryGetValue(p, out var kids) ? kids : []) : _roots;

    /// <summary>The item and everything below it.</summary>
    public IReadOnlyList<RoadmapItem> Subtree(int itemId)
    {
        var result = new List<RoadmapItem>();
        var stack = new Stack<int>([itemId]);
        while (stack.Count > 0)
        {
            var id = stack.Pop();
            if (!_byId.TryGetValue(id, out var item))
            {
                continue;
            }
            result.Add(item);
            foreach (var child in ChildrenOf(id))
            {
                stack.Push(child.Id);
            }
        }
        return result;
    }

    /// <summary>The position a new last child of <paramref name="parentId"/> takes.</summary>
    public int NextPosition(int? parentId)
    {
        var siblings = ChildrenOf(parentId);
        return siblings.Count == 0 ? 0 : siblings.Max(s => s.Position) + 1;
    }

    /// <summary>Swaps the item with its previous (-1) or next (+1) sibling. Returns false at an edge.</summary>
    public bool Move(int itemId, int direction)
    {
        if (direction is not (-1 or 1))
        {
            throw new ArgumentOutOfRangeException(nameof(direction));
        }
        var item = Get(itemId);
        var siblings = ChildrenOf(item.ParentId).ToList();
        var index = siblings.FindIndex(s => s.Id == itemId);
        var target = index + direction;
        if (target < 0 || target >= siblings.Count)
        {
            return false;
        }
        (siblings[index], siblings[target]) = (siblings[target], siblings[index]);
        Renumber(item.ParentId, siblings);
        return true;
    }

    /// <summary>Moves the item under a new parent, as its last child. Refuses cycles.</summary>
    public void Reparent(int itemId, int? newParentId)
    {
        var item = Get(itemId);
        if (newParentId is { } p)
        {
            Get(p);
            if (Subtree(itemId).Any(i => i.Id == p))
            {
                throw new DomainException("Пункт нельзя переместить внутрь самого себя.");
            }
        }
        if (item.ParentId == newParentId)
        {
            return;
        }
        var oldSiblings = ChildrenOf(item.ParentId).Where(s => s.Id != itemId).ToList();
        Renumber(item.ParentId, oldSiblings);
        var newSiblings = ChildrenOf(newParentId).Where(s => s.Id != itemId).ToList();
        newSiblings.Add(item);
        Renumber(newParentId, newSiblings);
    }

    private void Renumber(int? parentId, List<RoadmapItem> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].PlaceAt(parentId, i);
        }
        if (parentId is { } p)
        {
            _children[p] = ordered;
        }
        else
        {
            _roots.Clear();
            _roots.AddRange(ordered);
        }
    }

    private RoadmapItem Get(int id) =>
        _byId.TryGetValue(id, out var item) ? item : throw new DomainException("Пункт не найден в этой дорожной карте.");
}
