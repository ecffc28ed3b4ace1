using System.Linq.Expressions;
using Medk.Core.Platform.Access;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Infrastructure;

/// <summary>
/// The one way in from the web to the access rules (decision 014): find an object among those the user sees (404
/// otherwise, decision 003), then require a policy of <see cref="Policies"/> (403 with the policy's sentence).
/// This is the only place that throws <see cref="ForbiddenException"/>.
/// </summary>
public static class AccessGuard
{
    /// <summary>403 with the policy's refusal unless <paramref name="policy"/> allows the user this on <paramref name="target"/>.</summary>
    public static void Require<TTarget>(this AccessScope scope, Func<AccessScope, TTarget, Decision> policy, TTarget target) =>
        policy(scope, target).Require();

    /// <summary>403 with the policy's refusal unless <paramref name="policy"/> allows the user this at all.</summary>
    public static void Require(this AccessScope scope, Func<AccessScope, Decision> policy) => policy(scope).Require();

    /// <summary>403 with the refusal unless the decision allows.</summary>
    public static void Require(this Decision decision)
    {
        if (decision.Refusal is { } refusal)
        {
            throw new ForbiddenException(refusal);
        }
    }

    /// <summary>
    /// The first object of <paramref name="visible"/> (a query already filtered by the user's scope) matching
    /// <paramref name="match"/>; 404 with <paramref name="notFound"/> when there is none.
    /// </summary>
    public static async Task<T> FindVisibleAsync<T>(this IQueryable<T> visible, Expression<Func<T, bool>> match, string notFound, CancellationToken ct)
        where T : class =>
        await visible.FirstOrDefaultAsync(match, ct) ?? throw new NotFoundException(notFound);

    /// <summary>404 with <paramref name="notFound"/> unless the user sees the object (a check made in memory).</summary>
    public static T Visible<T>(this T? found, bool sees, string notFound) where T : class =>
        found is not null && sees ? found : throw new NotFoundException(notFound);
}
