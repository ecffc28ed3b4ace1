using Microsoft.Playwright;

namespace Medk.Browser.Tests.Pages;

public sealed class LoginPage(IPage page)
{
    public async Task OpenAsync() => await page.GotoAsync("/Account/Login");

    public ILocator DemoAccounts => page.GetByRole(AriaRole.Table);

    public async Task LogInAsync(string email, string password)
    {
        await page.GetByLabel("Электронная почта").FillAsync(email);
        await page.GetByLabel("Пароль").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
    }
}
