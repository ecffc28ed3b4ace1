namespace Medk.Core.Platform.Organizations;

/// <summary>Operations on materialized paths "/1/5/23/".</summary>
public static class OrganizationPath
{
    public static string Child(string? parentPath, int id) => (parentPath ?? "/") + id + "/";

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or lies below it.</summary>
    public static bool IsWithin(string path, string root) => path.StartsWith(root, StringComparison.Ordinal);

    /// <summary>The paths of every ancestor of the node, root first, the node itself excluded.</summary>
    public static IReadOnlyList<string> Ancestors(string path)
    {
        var ids = Ids(path);
        var result = new List<string>(ids.Count);
        var current = "/";
        for (var i = 0; i < ids.Count - 1; i++)
        {
            current += ids[i] + "/";
            result.Add(current);
        }
        return result;
    }

    public static IReadOnlyList<int> Ids(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
}
