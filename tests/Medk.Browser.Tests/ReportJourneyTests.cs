using System.Text;
using Medk.Browser.Tests.Pages;
using Medk.Data.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Medk.Browser.Tests;

/// <summary>The monitoring journey in a real browser: a school reports with proof, its curator returns it, the school resubmits, the curator confirms.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportJourneyTests(BrowserFixture fixture)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");

    private static async Task LogInAsync(IPage page, string email)
    {
        await page.Context.ClearCookiesAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync(email, DemoData.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Здравствуйте");
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, name), FullPage = false });

    [Fact]
    public Task SchoolReports_CuratorReturns_SchoolResubmits_CuratorConfirms() =>
        fixture.RunJourneyAsync("report-journey", async page =>
        {
            await LogInAsync(page, "vitim@demo.medk");
            await ShotAsync(page, "10-school-home.png");
            // The school's home page lists what is overdue; the first one is where the journey goes.
            await page.Locator("a[href^='/Checkpoints/Details/']").First.ClickAsync();
            var checkpointUrl = page.Url;
            var checkpoint = new CheckpointPage(page);
            await checkpoint.WriteReportAsync("Проведено заседание, протокол приложен.", "Протокол.pdf", Pdf);
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Протокол.pdf" })).ToBeVisibleAsync();
            await checkpoint.SubmitAsync();
            await Expect(page.GetByText("Отчёт отправлен на проверку.")).ToBeVisibleAsync();
            await ShotAsync(page, "11-school-submitted.png");

            await LogInAsync(page, "curator@demo.medk");
            await Expect(page.GetByText("Ждут моего подтверждения")).ToBeVisibleAsync();
            await page.GotoAsync(checkpointUrl);
            await checkpoint.ReturnAsync("Приложите протокол с подписью директора.");
            await Expect(page.GetByText("Отчёт возвращён на доработку.")).ToBeVisibleAsync();

            // The school learns of it from the bell, without looking for the checkpoint: the click leads to it.
            await LogInAsync(page, "vitim@demo.medk");
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Уведомления: непрочитанных [1-9]") }).ClickAsync();
            await ShotAsync(page, "11a-school-notifications.png");
            await page.GetByRole(AriaRole.Link, new() { Name = "Отчёт возвращён на доработку" }).First.ClickAsync();
            await Expect(page).ToHaveURLAsync(checkpointUrl);
            await Expect(page.GetByText("Приложите протокол с подписью директора.")).ToBeVisibleAsync();
            await checkpoint.WriteReportAsync("Протокол с подписью приложен.", "Протокол подписанный.pdf", Pdf);
            await checkpoint.SubmitAsync();

            await LogInAsync(page, "curator@demo.medk");
            await page.GotoAsync(checkpointUrl);
            await checkpoint.ConfirmAsync();
            await Expect(page.GetByText("Отчёт подтверждён.")).ToBeVisibleAsync();
            await Expect(page.GetByText("Отправлен повторно")).ToBeVisibleAsync();
            await ShotAsync(page, "12-curator-confirmed.png");

            await LogInAsync(page, "bauntovsky@demo.medk");
            await page.GotoAsync("/Dashboard?year=2022");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Мониторинг");
            await Expect(page.GetByText("МБОУ «Витимская СОШ»").First).ToBeVisibleAsync();
            await ShotAsync(page, "13-municipal-dashboard.png");
        });
}
