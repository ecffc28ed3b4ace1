using Microsoft.Playwright;

namespace Medk.Browser.Tests.Pages;

public sealed class RoadmapPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public ILocator Items => page.GetByRole(AriaRole.Table, new() { Name = "Пункты дорожной карты" }).Locator("tbody tr");

    public ILocator VisibleItems => page.GetByRole(AriaRole.Table, new() { Name = "Пункты дорожной карты" }).Locator("tbody tr:visible");

    public async Task CollapseAllAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Свернуть все разделы", Exact = true }).ClickAsync();

    public async Task ExpandAllAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Развернуть все", Exact = true }).ClickAsync();
}
