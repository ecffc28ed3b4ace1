using Medk.Core.Common;

namespace Medk.Core.Platform.Notifications;

/// <summary>
/// An e-mail waiting to be sent (the outbox). Written in the same save as its cause; a delivery worker leases it,
/// sends it and records the outcome. A failing server delays mail, it never fails the person's action.
/// </summary>
public class OutgoingMail
{
    public const int AddressMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int ErrorMaxLength = 1000;
    public const int LeaseOwnerMaxLength = 100;
    public const int UnsubscribeMaxLength = 1000;

    private OutgoingMail()
    {
    }

    public OutgoingMail(string to, string subject, string textBody, string htmlBody, DateTimeOffset now, string? unsubscribeUrl = null)
    {
        if (string.IsNullOrWhiteSpace(to) || to.Length > AddressMaxLength)
        {
            throw new DomainException("Не указан адрес получателя письма.");
        }
        To = to.Trim();
        Subject = Notification.Cut(subject.Trim(), SubjectMaxLength);
        TextBody = textBody;
        HtmlBody = htmlBody;
        CreatedAt = now;
        NextAttemptAt = now;
        UnsubscribeUrl = unsubscribeUrl is { Length: > UnsubscribeMaxLength } ? null : unsubscribeUrl;
    }

    public long Id { get; private set; }
    public string To { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The one-click unsubscribe address for this letter's kind (RFC 8058 headers), when it has one.</summary>
    public string? UnsubscribeUrl { get; private set; }

    /// <summary>When the next try may be made; null once sent or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? GaveUpAt { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>The instance that is sending it now, and until when; another instance may take it over after that.</summary>
    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeasedUntil { get; private set; }
}

/// <summary>When to try again after a failed delivery: doubling from a base, capped, and a limit of tries.</summary>
public static class DeliveryBackoff
{
    public const int MaxAttempts = 12;
    public static readonly TimeSpan Cap = TimeSpan.FromHours(2);

    /// <summary>The wait after <paramref name="attempts"/> failed tries (1 → base, 2 → 2×base, …), or null to give up.</summary>
    public static TimeSpan? After(int attempts, TimeSpan baseDelay)
    {
        if (attempts >= MaxAttempts)
        {
            return null;
        }
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var delay = TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, Cap.Ticks));
        return delay;
    }
}
