using System.Linq.Expressions;
using Medk.Core.Platform.Access;
using Medk.Core.Platform.Organizations;
using Medk.Core.Planning.Roadmaps;
using Medk.Data.Persistence;

namespace Medk.Web.Infrastructure;

/// <summary>
/// Every query of organizations and roadmaps goes through these filters, so the database returns
/// only what the user's roles allow. Paths are digits and slashes, inlined as constants so that
/// PostgreSQL can use the path index for LIKE '/1/5/%'.
/// </summary>
public static class ScopeQueries
{
    /// <summary>Organizations in the user's territory (their subtree).</summary>
    public static IQueryable<Organization> Readable(this IQueryable<Organization> query, AccessScope scope) =>
        scope.IsAdministrator ? query : query.Where(PathFilter(scope.ReadableRoots, []));

    /// <summary>Organizations whose roadmaps the user writes.</summary>
    public static IQueryable<Organization> Writable(this IQueryable<Organization> query, AccessScope scope) =>
        scope.IsAdministrator ? query : Except(query.Where(PathFilter(scope.WritableRoots, [])), scope.WritableExceptions);

    /// <summary>Organizations the user manages (the directory, cycles, events, people of their territory).</summary>
    public static IQueryable<Organization> Manageable(this IQueryable<Organization> query, AccessScope scope) =>
        scope.IsAdministrator ? query : Except(query.Where(PathFilter(scope.ManageableRoots, [])), scope.ManageableExceptions);

    private static IQueryable<Organization> Except(IQueryable<Organization> query, IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            return query;
        }
        var excluded = paths.ToArray();
        return query.Where(o => !excluded.Contains(o.Path));
    }

    /// <summary>Organizations in the territory, and those above it (shown by name, to place oneself).</summary>
    public static IQueryable<Organization> Visible(this IQueryable<Organization> query, AccessScope scope) =>
        scope.IsAdministrator ? query : query.Where(PathFilter(scope.ReadableRoots, scope.AncestorPaths));

    /// <summary>Roadmaps owned inside the territory or above it.</summary>
    public static IQueryable<Roadmap> Visible(this IQueryable<Roadmap> query, MedkDbContext db, AccessScope scope)
    {
        if (scope.IsAdministrator)
        {
            return query;
        }
        var owners = db.Organizations.Visible(scope).Select(o => o.Id);
        return query.Where(r => owners.Contains(r.OwnerOrganizationId));
    }

    /// <summary>Organizations inside any of <paramref name="roots"/> (e.g. the roots a user manages).</summary>
    public static IQueryable<Organization> Within(this IQueryable<Organization> query, IReadOnlyList<string> roots) =>
        query.Where(PathFilter(roots, []));

    /// <summary>Organizations whose reports the user confirms: curated schools, and everything strictly below a coordinator's root.</summary>
    public static IQueryable<Organization> Confirmable(this IQueryable<Organization> query, AccessScope scope)
    {
        if (scope.IsAdministrator)
        {
            return query;
        }
        var roots = scope.ConfirmingRoots.ToArray();
        // A root is excluded (nobody confirms their own reports) unless another of the user's roots lies above it.
        var ownLevel = roots.Where(r => !roots.Any(other => other != r && r.StartsWith(other, StringComparison.Ordinal))).ToArray();
        return query.Where(PathFilter(roots, scope.CuratedSchools)).Where(o => !ownLevel.Contains(o.Path));
    }

    private static Expression<Func<Organization, bool>> PathFilter(IReadOnlyList<string> roots, IReadOnlyList<string> exact)
    {
        var o = Expression.Parameter(typeof(Organization), "o");
        var path = Expression.Property(o, nameof(Organization.Path));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression body = Expression.Constant(false);
        foreach (var root in roots)
        {
            body = Expression.OrElse(body, Expression.Call(path, startsWith, Expression.Constant(root)));
        }
        if (exact.Count > 0)
        {
            var contains = typeof(Enumerable).GetMethods()
                .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
                .MakeGenericMethod(typeof(string));
            body = Expression.OrElse(body, Expression.Call(contains, Expression.Constant(exact.ToArray()), path));
        }
        return Expression.Lambda<Func<Organization, bool>>(body, o);
    }
}
