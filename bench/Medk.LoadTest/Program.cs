using System.Diagnostics;
using System.Text.Json;
using Medk.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.LoadTest;

// Medk.LoadTest: the monitoring pages (regional and municipal dashboards, a school's roadmap) on PostgreSQL
// with a regional dataset, timed from a client on 127.0.0.1; database commands counted per request.
public static class Entry
{
    public static async Task<int> Main(string[] args)
    {
        var options = LoadOptions.Parse(args, out var error);
        if (options is null)
        {
            if (!string.IsNullOrEmpty(error))
            {
                Console.Error.WriteLine(error);
            }
            Console.Error.WriteLine(LoadOptions.Usage);
            return string.IsNullOrEmpty(error) ? 0 : 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        var ct = cancel.Token;

        var startedAt = DateTimeOffset.Now;
        var loadAtStart = Machine.LoadAverage();
        Log($"Machine: {Machine.Describe()}; load average {loadAtStart}");

        await using var server = await PostgresServer.ConnectOrStartAsync(options.AdminConnection, Log);
        Log($"Server: {server.Description}");
        var generate = !(options.Reuse && await server.DatabaseExistsAsync(options.Database));
        if (options.Reuse && generate)
        {
            Log($"--reuse: there is no database {options.Database}; generating one.");
        }
        var connectionString = generate ? await server.RecreateDatabaseAsync(options.Database) : server.ConnectionStringOf(options.Database);

        var app = new LoadTestApp(connectionString);
        ApiTokenService.Created? token = null;
        try
        {
            var clock = Stopwatch.StartNew();
            var address = app.Start();
            Log($"App: {address} (started and migrated in {clock.Elapsed.TotalSeconds:0.0} s)");

            Dataset dataset;
            if (generate)
            {
                Log($"Generating the dataset in {options.Database}:");
                clock.Restart();
                dataset = await new DatasetGenerator(app.Services, options, Log).GenerateAsync(DateOnly.FromDateTime(DateTime.Now), ct);
                Log($"  done in {clock.Elapsed.TotalSeconds:0.0} s");
            }
            else
            {
                dataset = await DatasetGenerator.FindAsync(app.Services, ct);
                Log($"Reusing the dataset in {options.Database}.");
            }
            Log("Rows: " + string.Join(", ", dataset.Rows.Select(r => $"{r.Table} {r.Rows}")));

            // The API is called with a personal token, made the way the tokens page makes it.
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<MedkUser>>();
                var coordinator = await users.FindByEmailAsync(dataset.CoordinatorEmail) ?? throw new InvalidOperationException("The coordinator is missing.");
                token = await scope.ServiceProvider.GetRequiredService<ApiTokenService>()
                    .CreateAsync(coordinator.Id, $"load test {startedAt:yyyy-MM-dd HH:mm}", DateTimeOffset.UtcNow.AddDays(1), ct);
            }

            using var runner = new LoadRunner(address, token.Secret);
            await runner.SignInAsync(dataset.CoordinatorEmail, dataset.Password, ct);
            Endpoint[] endpoints =
            [
                new("API dashboard, region", $"/api/dashboard?organizationId={dataset.RegionId}&year={dataset.Year}", Page: false),
                new("Dashboard page, region", $"/Dashboard?org={dataset.RegionId}", Page: true),
                new("Dashboard page, municipality", $"/Dashboard?org={dataset.MunicipalityId}", Page: true),
                new("Roadmap page, school", $"/Roadmaps/Details/{dataset.SchoolRoadmapId}", Page: true),
                new("API roadmap items, school", $"/api/roadmaps/{dataset.SchoolRoadmapId}/items", Page: false),
                // Issue 5: the region-wide analytical report under 2 s, the heat map of 600 schools × 11 factors under 200 ms.
                new("API analytical report, region", $"/api/cycles/{dataset.CycleId}/analytics", Page: false, "issue 5", Report.AnalyticsTargetMilliseconds),
                new("Analytical report file (xlsx)", $"/api/cycles/{dataset.CycleId}/analytics/file?format=xlsx", Page: false, "issue 5", Report.AnalyticsTargetMilliseconds),
                new("Heat map page, region", $"/Risks/{dataset.CycleId}", Page: true, "issue 5", Report.HeatMapTargetMilliseconds),
                new("API heat map, region", $"/api/cycles/{dataset.CycleId}/risk-profiles", Page: false, "issue 5", Report.HeatMapTargetMilliseconds),
            ];

            // What the coordinator sees, to show the dataset is the one intended.
            using (var summary = JsonDocument.Parse(await runner.GetStringAsync(endpoints[0], ct)))
            {
                var root = summary.RootElement;
                Log($"Region dashboard: total {root.GetProperty("total")}, {root.GetProperty("below").GetArrayLength()} organizations below, " +
                    $"{root.GetProperty("roadmaps").GetArrayLength()} roadmaps listed, {root.GetProperty("indicators").GetArrayLength()} indicators");
            }

            using (var map = JsonDocument.Parse(await runner.GetStringAsync(endpoints[^1], ct)))
            {
                var root = map.RootElement;
                Log($"Heat map: {root.GetProperty("schools").GetArrayLength()} schools × {root.GetProperty("factors").GetArrayLength()} factors");
            }

            if (options.ShowQueries)
            {
                var serverLog = app.Services.GetRequiredService<ServerLog>();
                foreach (var endpoint in endpoints)
                {
                    await runner.TraceAsync(endpoint, ct);
                    var commands = await serverLog.WaitForTraceAsync(endpoint.Path, ct);
                    Log($"Commands of {endpoint.Name} (GET {endpoint.Path}): {commands.Count}");
                    foreach (var (command, i) in commands.Select((c, i) => (c, i)))
                    {
                        Log($"  -- {i + 1}\n  " + command.ReplaceLineEndings("\n  "));
                    }
                }
            }

            Log($"Warming up: {options.Warmup} requests per endpoint");
            foreach (var endpoint in endpoints)
            {
                await runner.WarmUpAsync(endpoint, options.Warmup, ct);
            }

            var results = new List<PassResult>();
            foreach (var clients in options.Clients)
            {
                Log($"Pass with {clients} client(s), {options.Requests} requests per endpoint (at most {options.MaxPerEndpoint.TotalSeconds:0} s each):");
                foreach (var endpoint in endpoints)
                {
                    var result = await runner.RunAsync(endpoint, clients, options.Requests, options.MaxPerEndpoint, ct);
                    results.Add(result);
                    Log($"  {endpoint.Name,-30} p50 {result.Percentile(50),7:0.0}  p95 {result.Percentile(95),7:0.0}  p99 {result.Percentile(99),7:0.0}  " +
                        $"max {result.Max,7:0.0} ms  {result.Throughput,6:0.0} req/s  queries {result.Queries}  errors {result.Errors}" +
                        (result.TimedOut ? "  (stopped by the time limit)" : "") + $"  load {result.LoadAfter}");
                }
            }

            var report = Report.Markdown(options, dataset, server, await server.SettingsAsync(), endpoints, results, startedAt, loadAtStart,
                app.Services.GetRequiredService<ServerLog>().Late);
            Console.WriteLine();
            Console.WriteLine(report);
            if (options.Output is { } output)
            {
                await File.WriteAllTextAsync(output, report, ct);
                Log($"Written to {Path.GetFullPath(output)}");
            }
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            if (token is not null)
            {
                await using var scope = app.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(token.Token.UserId, token.Token.Id, CancellationToken.None);
            }
            await app.DisposeAsync();
            if (!options.Keep)
            {
                await server.DropDatabaseAsync(options.Database);
                Log($"Dropped {options.Database}.");
            }
            else
            {
                Log($"Kept {options.Database} (reuse it with --reuse).");
            }
        }
    }

    private static void Log(string line) => Console.WriteLine(line);
}
