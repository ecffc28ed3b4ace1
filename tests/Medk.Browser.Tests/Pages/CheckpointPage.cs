using Microsoft.Playwright;

namespace Medk.Browser.Tests.Pages;

public sealed class CheckpointPage(IPage page)
{
    public async Task WriteReportAsync(string text, string fileName, byte[] content)
    {
        await page.GetByLabel("Что сделано").FillAsync(text);
        await page.GetByLabel("Подтверждающие документы").SetInputFilesAsync(new FilePayload { Name = fileName, MimeType = "application/pdf", Buffer = content });
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить черновик" }).ClickAsync();
    }

    public Task SubmitAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Отправить на проверку" }).ClickAsync();

    public async Task ReturnAsync(string comment)
    {
        await page.GetByLabel("Комментарий (обязателен при возврате)").FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Вернуть на доработку" }).ClickAsync();
    }

    public Task ConfirmAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Подтвердить" }).ClickAsync();

    public ILocator Status => page.Locator("dd .badge").First;

    public ILocator History => page.GetByRole(AriaRole.List).Last;
}
