using Medk.Core.Platform.Notifications;
using Medk.Data.Persistence;
using Medk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Features.Platform.Notifications;

public sealed record NotificationView(long Id, NotificationKind Kind, string KindName, string Title, string? Text, string Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record NotificationList(int Unread, Page<NotificationView> Notifications);

/// <summary>The signed-in person's notifications: the bell's count, the list, marking read. Nobody sees another's.</summary>
public sealed class NotificationService(MedkDbContext db, CurrentUser user, TimeProvider clock)
{
    private IQueryable<Notification> Mine => db.Set<Notification>().Where(n => n.RecipientId == user.RequiredId);

    /// <summary>One COUNT on an index, on every page: the bell.</summary>
    public Task<int> UnreadCountAsync(CancellationToken ct = default) =>
        user.Id is null ? Task.FromResult(0) : Mine.CountAsync(n => n.ReadAt == null, ct);

    public async Task<NotificationList> ListAsync(bool unreadOnly, int? page, int? pageSize, CancellationToken ct)
    {
        var query = Mine.AsNoTracking();
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new { n.Id, n.Kind, n.Title, n.Text, n.Link, n.CreatedAt, n.ReadAt })
            .ToPageAsync(page, pageSize, ct);
        var views = rows.Items.Select(n => new NotificationView(n.Id, n.Kind, NotificationGlossary.Kind(n.Kind), n.Title, n.Text, n.Link, n.CreatedAt, n.ReadAt)).ToList();
        return new NotificationList(await UnreadCountAsync(ct), new Page<NotificationView>(views, rows.Total, rows.PageNumber, rows.PageSize));
    }

    /// <summary>Marks one read and returns where it leads.</summary>
    public async Task<string> MarkReadAsync(long id, CancellationToken ct)
    {
        var notification = await Mine.FirstOrDefaultAsync(n => n.Id == id, ct)
            ?? throw new NotFoundException("Уведомление не найдено.");
        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return notification.Link;
    }

    /// <summary>Marks every unread one read, in one UPDATE; returns how many.</summary>
    public Task<int> MarkAllReadAsync(CancellationToken ct)
    {
        DateTimeOffset? now = clock.GetUtcNow();
        return Mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }
}
