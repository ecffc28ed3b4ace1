using Medk.Browser.Tests.Pages;
using Medk.Data.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Medk.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RoadmapJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public Task DemoMunicipalCoordinator_LogsIn_OpensRoadmap_SeesItsItems() =>
        fixture.RunJourneyAsync("roadmap-journey", async page =>
        {
            var login = new LoginPage(page);
            await login.OpenAsync();
            await Expect(login.DemoAccounts).ToContainTextAsync("bauntovsky@demo.medk");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "01-login.png"), FullPage = true });

            await login.LogInAsync("bauntovsky@demo.medk", DemoData.Password);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Здравствуйте");
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "02-home.png"), FullPage = true });

            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Дорожные карты" }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Баунтовский", System.Text.RegularExpressions.RegexOptions.IgnoreCase) }).First.ClickAsync();

            var roadmap = new RoadmapPage(page);
            await Expect(roadmap.Heading).ToBeVisibleAsync();
            await Expect(roadmap.Items.First).ToBeVisibleAsync();
            Assert.True(await roadmap.Items.CountAsync() > 10);
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "03-roadmap.png") });

            var all = await roadmap.Items.CountAsync();
            await roadmap.CollapseAllAsync();
            Assert.True(await roadmap.VisibleItems.CountAsync() < all);
            await roadmap.ExpandAllAsync();
            Assert.Equal(all, await roadmap.VisibleItems.CountAsync());
        });
}
