using Microsoft.AspNetCore.Identity;

namespace Medk.Data.Accounts;

/// <summary>
/// A password needs a letter of any alphabet. Identity's own "lower-case letter" rule knows only a–z, so
/// «пароль2024» was refused (issue 11); it is switched off and this rule counts Cyrillic (any Unicode letter).
/// </summary>
public sealed class LetterPasswordValidator : IPasswordValidator<MedkUser>
{
    public const string Code = "PasswordRequiresLetter";

    public Task<IdentityResult> ValidateAsync(UserManager<MedkUser> manager, MedkUser user, string? password) =>
        Task.FromResult(password is not null && password.Any(char.IsLetter)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = Code, Description = "Пароль должен содержать хотя бы одну букву (русскую или латинскую)." }));
}
