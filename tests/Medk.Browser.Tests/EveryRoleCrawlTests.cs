using System.Text.RegularExpressions;
using Medk.Browser.Tests.Pages;
using Medk.Data.Demo;
using Microsoft.Playwright;

namespace Medk.Browser.Tests;

/// <summary>
/// Every demo role on a phone (390 px): each page linked from the menus (and the first roadmap, cycle and item of the
/// role) fits the width without sideways scrolling, shows no English words or raw statuses, and is a page, not raw JSON.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EveryRoleCrawlTests(BrowserFixture fixture)
{
    /// <summary>Latin words a Russian page may show: names of formats and technical terms users know.</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "API", "XLSX", "DOCX", "PDF", "CSV", "JSON", "ID", "URL", "e-mail", "email", "Medk", "Bearer", "Authorization",
        "demo", "medk", "ru", "www", "http", "https",
        "WhatsApp", // a messenger named in a seed order, kept as written
        // file formats named in upload hints
        "TXT", "DOC", "XLS", "RTF", "PPT", "PPTX", "ODT", "ODS", "ODP", "PNG", "JPG", "JPEG", "GIF", "TIF", "TIFF", "ZIP", "RAR", "7z",
    };

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9]+(?:-[A-Za-z]+)*")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[\w.\-]+@[\w.\-]+")]
    private static partial Regex Email();

    [GeneratedRegex(@"^/(Roadmaps/Details|Cycles/Details|Checkpoints/Details|Reviews/Assignment|Concepts/Document)/\d+$")]
    private static partial Regex DeepPage();

    public static TheoryData<string> Roles() => [.. DemoData.Accounts.Select(a => a.Email)];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task EveryPageOfTheRole_FitsAPhone_AndSpeaksRussian(string email)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl,
            Locale = "ru-RU",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000); // a shared build machine can be slow; this test asserts no timing
        page.SetDefaultNavigationTimeout(120_000);
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.LogInAsync(email, DemoData.Password);
        await page.WaitForURLAsync(u => !u.Contains("/Account/Login", StringComparison.Ordinal));

        var menu = await page.Locator("nav a[href^='/']").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        var urls = new List<string> { "/" };
        urls.AddRange(menu.Where(u => u is not null && !u.StartsWith("/api", StringComparison.Ordinal) && !u.StartsWith("/Account/Logout", StringComparison.Ordinal)).Distinct());
        var problems = new List<string>();
        var visited = new HashSet<string>();
        var deep = new HashSet<string>();
        var name = email.Split('@')[0];
        for (var i = 0; i < urls.Count; i++)
        {
            var url = urls[i];
            if (!visited.Add(url))
            {
                continue;
            }
            var response = await page.GotoAsync(url);
            var type = response?.Headers.GetValueOrDefault("content-type") ?? "";
            if (type.Contains("json", StringComparison.Ordinal))
            {
                problems.Add($"{url}: raw JSON instead of a page");
                continue;
            }
            if (response is { Status: >= 500 })
            {
                problems.Add($"{url}: answered {response.Status}");
            }
            var widths = await page.EvaluateAsync<int[]>(
                "() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
            var (scroll, client) = (widths[0], widths[1]);
            if (scroll > client)
            {
                problems.Add($"{url}: scrolls sideways at 390 px ({scroll} > {client})");
                await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"crawl-{name}-{visited.Count}-wide.png"), FullPage = true });
            }
            var text = Email().Replace(await page.Locator("main, body").First.InnerTextAsync(), " ");
            var english = LatinWord().Matches(text).Select(m => m.Value).Where(w => !Allowed.Contains(w)).Distinct().ToList();
            if (english.Count > 0)
            {
                problems.Add($"{url}: English or raw words «{string.Join("», «", english.Take(8))}»");
            }
            // One of each deep page kind the role reaches, so the roadmap, the cycle and a checkpoint are crawled too.
            var links = await page.Locator("main a[href^='/'], .container a[href^='/']").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
            foreach (var link in links.Where(l => l is not null && DeepPage().IsMatch(l)))
            {
                var kind = link.Split('/')[1];
                if (deep.Add(kind))
                {
                    urls.Add(link);
                }
            }
        }
        await page.GotoAsync("/");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"crawl-{name}-home-390.png"), FullPage = true });
        Assert.True(problems.Count == 0, $"{email}:\n" + string.Join("\n", problems));
    }
}
