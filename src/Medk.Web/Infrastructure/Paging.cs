using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Infrastructure;

/// <summary>A page of a list. Lists are always paged: a region has thousands of schools.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
    public bool HasPrevious => PageNumber > 1;
    public bool HasNext => PageNumber < PageCount;
}

public static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    public static (int Page, int Size) Normalize(int? page, int? size) =>
        (Math.Clamp(page ?? 1, 1, InputHygiene.MaxPage), Math.Clamp(size ?? DefaultSize, 1, MaxSize));

    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int? page, int? size, CancellationToken ct)
    {
        var (p, s) = Normalize(page, size);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((p - 1) * s).Take(s).ToListAsync(ct);
        return new Page<T>(items, total, p, s);
    }
}
