using System.Text;
using Medk.Core.Platform.Notifications;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Medk.Web.Features.Platform.Notifications;

public enum ResetRequestOutcome
{
    /// <summary>Said the same whether or not the address is known, so the form does not reveal who has an account.</summary>
    SentIfKnown,
    MailNotConfigured,
}

/// <summary>
/// «Забыли пароль?»: a link with ASP.NET Identity's reset token goes to the address by the outbox. The token lives
/// <see cref="Lifetime"/> and is bound to the account's security stamp, which the reset changes: it works once.
/// </summary>
public sealed class PasswordReset(UserManager<MedkUser> users, SessionService sessions, ApiTokenService tokens, MedkDbContext db, IOptions<MailSettings> mail, PublicAddress address, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public async Task<ResetRequestOutcome> RequestAsync(string email, CancellationToken ct)
    {
        if (!mail.Value.IsConfigured)
        {
            return ResetRequestOutcome.MailNotConfigured;
        }
        var user = await users.FindByEmailAsync(email.Trim());
        if (user?.Email is null)
        {
            return ResetRequestOutcome.SentIfKnown;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = address.Absolute($"/Account/ResetPassword?user={user.Id}&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}");
        var letter = MailComposer.Compose("Восстановление пароля",
            $"Здравствуйте, {user.FullName}!\nКто-то (надеемся, вы) попросил сменить пароль к Medk для {user.Email}. " +
            $"Ссылка действует {Lifetime.TotalMinutes:0} минут и только один раз. Если вы не просили, ничего не делайте: пароль останется прежним.",
            "Задать новый пароль", link, "Письмо отправлено Medk автоматически.");
        db.Add(new OutgoingMail(user.Email, "Medk: " + letter.Subject, letter.Text, letter.Html, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return ResetRequestOutcome.SentIfKnown;
    }

    /// <summary>Null on success, otherwise the errors to show (a stale or used link is one of them).</summary>
    public async Task<IReadOnlyList<string>?> ResetAsync(Guid userId, string encodedToken, string newPassword)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(encodedToken));
        }
        catch (FormatException)
        {
            token = "";
        }
        if (user is null || token.Length == 0)
        {
            return [StaleLink];
        }
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded)
        {
            // The reset changed the security stamp, which ends every session; the account may have been taken over,
            // so its API tokens go too (a blocked account stays blocked: a reset is not an unblock).
            await sessions.EndAllAsync(user.Id);
            await tokens.RevokeAllAsync(user.Id);
            return null;
        }
        return result.Errors.Select(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken) ? StaleLink : e.Description).Distinct().ToList();
    }

    public const string StaleLink = "Ссылка недействительна: она устарела или уже использована. Запросите новую на странице «Забыли пароль?».";
}
