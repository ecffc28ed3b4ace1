using System.Text;
using Medk.Browser.Tests.Pages;
using Medk.Data.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Medk.Browser.Tests;

/// <summary>The «500+» year in a real browser: the school prepares its concept and sees its risk profile; its curator verifies and confirms.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SchoolYearJourneyTests(BrowserFixture fixture)
{
    private static async Task LogInAsync(IPage page, string email)
    {
        await page.Context.ClearCookiesAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync(email, DemoData.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Здравствуйте");
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, name) });

    [Fact]
    public Task School_PreparesConcept_Curator_VerifiesProfileAndConfirms() =>
        fixture.RunJourneyAsync("school-year-journey", async page =>
        {
            await LogInAsync(page, "vitim@demo.medk");
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "«500+»" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "500+ 2022" }).ClickAsync();
            var cycleUrl = page.Url;
            await page.GetByRole(AriaRole.Link, new() { Name = "Рисковые профили" }).ClickAsync();
            await ShotAsync(page, "20-school-heat-map.png");

            await page.GotoAsync(cycleUrl);
            await page.GetByRole(AriaRole.Link, new() { Name = "Концептуальные документы и итоги этапов" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "добавить документ" }).ClickAsync();
            await page.GetByLabel("Вид").SelectOptionAsync(new SelectOptionValue { Label = "Концепция развития" });
            await page.GetByLabel("Название").FillAsync("Концепция развития МБОУ «Витимская СОШ» на 2022–2024 годы");
            await page.GetByLabel("Файлы").SetInputFilesAsync(new FilePayload { Name = "Концепция.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n%%EOF") });
            await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Отправить куратору" }).ClickAsync();
            await Expect(page.GetByText("Документ отправлен куратору.")).ToBeVisibleAsync();
            var documentUrl = page.Url;
            await ShotAsync(page, "21-school-concept-submitted.png");

            await LogInAsync(page, "curator@demo.medk");
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Куратор" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Мои школы" })).ToBeVisibleAsync();
            await ShotAsync(page, "22-curator-schools.png");

            await page.GotoAsync(documentUrl);
            await page.GetByRole(AriaRole.Button, new() { Name = "Подтвердить" }).ClickAsync();
            await Expect(page.GetByText("Документ подтверждён.")).ToBeVisibleAsync();
            await ShotAsync(page, "23-curator-confirmed-concept.png");
        });
}
