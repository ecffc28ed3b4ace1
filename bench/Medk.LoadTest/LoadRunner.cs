using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Medk.LoadTest;

/// <summary>
/// An endpoint of the scenario: a GET with the cookie of the signed-in coordinator (pages) or the bearer token (API),
/// with the p95 target of the issue that asks for it (the verdict lines are per issue).
/// </summary>
public sealed record Endpoint(string Name, string Path, bool Page, string Issue = "issue 4", double TargetMilliseconds = Report.TargetP95Milliseconds);

/// <summary>One timed request.</summary>
public readonly record struct Sample(double Milliseconds, int Queries, double DbMilliseconds, double ServerMilliseconds, int Bytes, bool Ok);

/// <summary>The samples of one endpoint in one pass.</summary>
public sealed record PassResult(Endpoint Endpoint, int Clients, IReadOnlyList<Sample> Samples, TimeSpan Wall, bool TimedOut, string LoadBefore, string LoadAfter)
{
    private double[] Sorted => Samples.Where(s => s.Ok).Select(s => s.Milliseconds).Order().ToArray();

    public int Errors => Samples.Count(s => !s.Ok);

    /// <summary>Nearest-rank percentile of the successful requests' latencies.</summary>
    public double Percentile(double p)
    {
        var sorted = Sorted;
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public double Max => Sorted.DefaultIfEmpty(double.NaN).Max();

    public double Throughput => Samples.Count / Wall.TotalSeconds;

    /// <summary>The usual number of commands, with the range when it varied (e.g. a token's once-a-minute «last used» write).</summary>
    public string Queries
    {
        get
        {
            var counts = Samples.Where(s => s.Ok && s.Queries >= 0).Select(s => s.Queries).ToArray();
            if (counts.Length == 0)
            {
                return "?";
            }
            var mode = counts.GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            var (min, max) = (counts.Min(), counts.Max());
            return min == max ? mode.ToString(CultureInfo.InvariantCulture) : $"{mode} ({min}–{max})";
        }
    }

    public double MedianDb => Median(Samples.Where(s => s.Ok).Select(s => s.DbMilliseconds));

    public double MedianServer => Median(Samples.Where(s => s.Ok).Select(s => s.ServerMilliseconds));

    public double MedianKilobytes => Median(Samples.Where(s => s.Ok).Select(s => s.Bytes / 1024.0));

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[(sorted.Length - 1) / 2];
    }
}

/// <summary>
/// Two HTTP clients against the app on 127.0.0.1: one with the coordinator's cookie (signed in through the login
/// form, as a browser does), one with a bearer token. Each pass sends requests to one endpoint until the count
/// is reached or the time is up; several clients share the count.
/// </summary>
public sealed partial class LoadRunner : IDisposable
{
    private readonly HttpClient _pages;
    private readonly HttpClient _api;

    public LoadRunner(Uri address, string token)
    {
        if (!IPAddress.TryParse(address.Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            throw new InvalidOperationException($"Only 127.0.0.1 is measured, not {address}.");
        }
        _pages = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 32 })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        _api = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 32 })
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
        };
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Signs in through the form: GET the page for the antiforgery token and cookie, POST the credentials.</summary>
    public async Task SignInAsync(string email, string password, CancellationToken ct)
    {
        var form = await _pages.GetStringAsync("/Account/Login", ct);
        var token = AntiforgeryToken().Match(form) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("The login page has no __RequestVerificationToken.");
        using var response = await _pages.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }), ct);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} (expected a redirect).");
        }
    }

    public async Task<string> GetStringAsync(Endpoint endpoint, CancellationToken ct)
    {
        using var response = await Client(endpoint).GetAsync(endpoint.Path, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(ct);
    }

    /// <summary>One request whose commands the server keeps (see <see cref="ServerLog.WaitForTraceAsync"/>).</summary>
    public async Task TraceAsync(Endpoint endpoint, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, endpoint.Path);
        request.Headers.Add(QueryCountingMiddleware.TraceHeader, "1");
        using var response = await Client(endpoint).SendAsync(request, ct);
        await response.Content.ReadAsByteArrayAsync(ct);
    }

    public async Task WarmUpAsync(Endpoint endpoint, int count, CancellationToken ct)
    {
        for (var i = 0; i < count; i++)
        {
            var sample = await SendAsync(endpoint, ct);
            if (!sample.Ok)
            {
                throw new InvalidOperationException($"{endpoint.Name}: {endpoint.Path} does not answer 200 during the warm-up.");
            }
        }
    }

    public async Task<PassResult> RunAsync(Endpoint endpoint, int clients, int requests, TimeSpan limit, CancellationToken ct)
    {
        var loadBefore = Machine.LoadAverage();
        var issued = 0;
        var clock = Stopwatch.StartNew();
        var timedOut = false;
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var samples = new List<Sample>(requests / clients + 1);
            while (Interlocked.Increment(ref issued) <= requests)
            {
                if (clock.Elapsed > limit)
                {
                    timedOut = true;
                    break;
                }
                samples.Add(await SendAsync(endpoint, ct));
            }
            return samples;
        }));
        clock.Stop();
        return new PassResult(endpoint, clients, perClient.SelectMany(s => s).ToList(), clock.Elapsed, timedOut, loadBefore, Machine.LoadAverage());
    }

    private async Task<Sample> SendAsync(Endpoint endpoint, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await Client(endpoint).GetAsync(endpoint.Path, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return new Sample(elapsed,
            Header(response, QueryCountingMiddleware.QueriesHeader) is { } q ? (int)q : -1,
            Header(response, QueryCountingMiddleware.DbMillisecondsHeader) ?? double.NaN,
            Header(response, QueryCountingMiddleware.ServerMillisecondsHeader) ?? double.NaN,
            body.Length,
            response.StatusCode == HttpStatusCode.OK);
    }

    private HttpClient Client(Endpoint endpoint) => endpoint.Page ? _pages : _api;

    private static double? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values)
        && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public void Dispose()
    {
        _pages.Dispose();
        _api.Dispose();
    }
}
