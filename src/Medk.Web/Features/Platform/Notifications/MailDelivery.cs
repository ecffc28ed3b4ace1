using MailKit.Net.Smtp;
using MailKit.Security;
using Medk.Core.Platform.Notifications;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Medk.Web.Features.Platform.Notifications;

/// <summary>This app instance's name in leases: unique per process start, so two instances never share one.</summary>
public sealed class DeliveryInstance
{
    public DeliveryInstance()
    {
        var id = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        Id = id.Length <= OutgoingMail.LeaseOwnerMaxLength ? id : id[^OutgoingMail.LeaseOwnerMaxLength..];
    }

    public string Id { get; }
}

/// <summary>
/// Sends the outbox. Each letter is first leased with a conditional UPDATE (only if nobody holds a live lease), so
/// with several instances on one database each letter is sent by one of them; a lease that outlives a crashed
/// instance expires and the letter is taken over. A failure is recorded and retried later with a growing wait.
/// </summary>
public sealed class MailDelivery(MedkDbContext db, TimeProvider clock, IOptions<MailSettings> options, DeliveryInstance instance, ILogger<MailDelivery> log)
{
    public const int Batch = 20;

    /// <summary>Long enough to send a batch (each SMTP step times out sooner), short enough to take over soon.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private DbSet<OutgoingMail> Outbox => db.Set<OutgoingMail>();

    /// <summary>Sends what is due now; returns how many letters were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return 0;
        }
        var now = clock.GetUtcNow();
        var candidates = await Outbox.AsNoTracking()
            .Where(m => m.NextAttemptAt != null && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id).Take(Batch).ToListAsync(ct);
        var leased = new List<long>();
        var until = now + Lease;
        foreach (var id in candidates)
        {
            // The condition is re-checked by the database on the row itself: of two instances racing for it, the
            // second finds the lease taken (PostgreSQL re-evaluates the WHERE after the first commits).
            var taken = await Outbox
                .Where(m => m.Id == id && m.NextAttemptAt != null && (m.LeasedUntil == null || m.LeasedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, instance.Id).SetProperty(m => m.LeasedUntil, until), ct);
            if (taken == 1)
            {
                leased.Add(id);
            }
        }
        if (leased.Count == 0)
        {
            return 0;
        }
        var letters = await Outbox.AsNoTracking().Where(m => leased.Contains(m.Id) && m.LeaseOwner == instance.Id).OrderBy(m => m.Id).ToListAsync(ct);
        var sent = 0;
        using var smtp = new SmtpClient { Timeout = 30_000 };
        try
        {
            await smtp.ConnectAsync(settings.Host!, settings.Port, Secure(settings.Tls), ct);
            if (!string.IsNullOrEmpty(settings.User))
            {
                await smtp.AuthenticateAsync(settings.User, settings.Password ?? "", ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning("Почтовый сервер {Host}:{Port} недоступен: {Error}; письма ({Count}) будут отправлены позже.", settings.Host, settings.Port, e.Message, letters.Count);
            foreach (var letter in letters)
            {
                await FailedAsync(letter, e.Message, settings, ct);
            }
            return 0;
        }
        foreach (var letter in letters)
        {
            try
            {
                await smtp.SendAsync(Message(letter, settings), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning("Письмо {Id} для {To} не отправлено: {Error}", letter.Id, letter.To, e.Message);
                await FailedAsync(letter, e.Message, settings, ct);
                continue;
            }
            var at = clock.GetUtcNow();
            await Outbox.Where(m => m.Id == letter.Id && m.LeaseOwner == instance.Id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, at).SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), CancellationToken.None);
            sent++;
        }
        await smtp.DisconnectAsync(quit: true, ct);
        return sent;
    }

    private async Task FailedAsync(OutgoingMail letter, string error, MailSettings settings, CancellationToken ct)
    {
        var attempts = letter.Attempts + 1;
        var wait = DeliveryBackoff.After(attempts, TimeSpan.FromSeconds(settings.RetrySeconds));
        var now = clock.GetUtcNow();
        DateTimeOffset? next = wait is { } w ? now + w : null;
        DateTimeOffset? gaveUp = wait is null ? now : null;
        error = error.Length > OutgoingMail.ErrorMaxLength ? error[..OutgoingMail.ErrorMaxLength] : error;
        await Outbox.Where(m => m.Id == letter.Id && m.LeaseOwner == instance.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.GaveUpAt, gaveUp)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
    }

    private static MimeMessage Message(OutgoingMail letter, MailSettings settings)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From!));
        message.To.Add(MailboxAddress.Parse(letter.To));
        message.Subject = letter.Subject;
        // The letter's own id: a receiver (and the tests) can tell a second copy of one letter from another letter.
        message.MessageId = $"medk-{letter.Id}-{letter.CreatedAt.ToUnixTimeMilliseconds()}@{settings.Host}";
        message.Date = letter.CreatedAt;
        if (letter.UnsubscribeUrl is not null)
        {
            // One-click unsubscribe (RFC 8058): mail programs show their own «Отписаться» button.
            message.Headers.Add("List-Unsubscribe", $"<{letter.UnsubscribeUrl}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        message.Body = new BodyBuilder { TextBody = letter.TextBody, HtmlBody = letter.HtmlBody }.ToMessageBody();
        return message;
    }

    private static SecureSocketOptions Secure(MailTls tls) => tls switch
    {
        MailTls.None => SecureSocketOptions.None,
        MailTls.StartTls => SecureSocketOptions.StartTls,
        MailTls.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}

/// <summary>Runs the delivery every few seconds in each instance; the leases keep the instances from sending twice.</summary>
public sealed class MailDeliveryWorker(IServiceScopeFactory scopes, IOptions<MailSettings> options, ILogger<MailDeliveryWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsConfigured)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.2, options.Value.PollSeconds)));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MailDelivery>().RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database hiccup must not stop the worker for good; the next tick tries again.
                log.LogError(e, "Рассылка писем прервалась");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
