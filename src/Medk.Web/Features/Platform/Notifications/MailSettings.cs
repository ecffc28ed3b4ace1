namespace Medk.Web.Features.Platform.Notifications;

/// <summary>How TLS is used with the SMTP server (setting <c>Mail:Tls</c>).</summary>
public enum MailTls
{
    /// <summary>TLS from the first byte on port 465, STARTTLS when the server offers it elsewhere.</summary>
    Auto,
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>
/// The SMTP server (section <c>Mail</c>; environment variables <c>Mail__Host</c> etc.). Without a host and a sender
/// no e-mail is written or sent: notifications stay in Medk.
/// </summary>
public sealed class MailSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public MailTls Tls { get; set; } = MailTls.Auto;
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender, «Medk &lt;noreply@example.ru&gt;» or a bare address.</summary>
    public string? From { get; set; }

    /// <summary>How often the delivery worker looks for mail to send.</summary>
    public double PollSeconds { get; set; } = 15;

    /// <summary>The wait after the first failed try; it doubles with each further failure.</summary>
    public double RetrySeconds { get; set; } = 60;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
