using Medk.Core.Common;

namespace Medk.Core.Platform.Notifications;

/// <summary>
/// Something a person should know, shown by the bell until read. Written in the same save as the change that
/// caused it, so a change is never made without telling, nor told without being made.
/// </summary>
public class Notification
{
    public const int TitleMaxLength = 300;
    public const int TextMaxLength = 2000;
    public const int LinkMaxLength = 500;

    private Notification()
    {
    }

    public Notification(Guid recipientId, NotificationKind kind, string title, string? text, string link, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new DomainException("У уведомления должен быть заголовок.");
        }
        if (!link.StartsWith('/') || link.StartsWith("//", StringComparison.Ordinal) || link.Length > LinkMaxLength)
        {
            // Links are addresses inside Medk: e-mail makes them absolute with the public address, and the
            // «open» action redirects only there, never to another site.
            throw new DomainException("Ссылка уведомления должна вести на страницу Medk.");
        }
        RecipientId = recipientId;
        Kind = kind;
        Title = Cut(title.Trim(), TitleMaxLength);
        Text = string.IsNullOrWhiteSpace(text) ? null : Cut(text.Trim(), TextMaxLength);
        Link = link;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public Guid RecipientId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string? Text { get; private set; }
    public string Link { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    internal static string Cut(string text, int max) => text.Length > max ? text[..(max - 1)] + "…" : text;
}
