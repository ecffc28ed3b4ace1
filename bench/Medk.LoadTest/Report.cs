using System.Globalization;
using System.Text;

namespace Medk.LoadTest;

/// <summary>The run as Markdown, ready to be pasted into docs/performance.md.</summary>
public static class Report
{
    /// <summary>Issue 4: the monitoring pages.</summary>
    public const double TargetP95Milliseconds = 100;

    /// <summary>Issue 5: the region-wide analytical report of a cycle.</summary>
    public const double AnalyticsTargetMilliseconds = 2000;

    /// <summary>Issue 5: the heat map of 600 schools × 11 factors.</summary>
    public const double HeatMapTargetMilliseconds = 200;

    public static string Markdown(LoadOptions options, Dataset dataset, PostgresServer server, string serverSettings, IReadOnlyList<Endpoint> endpoints,
        IReadOnlyList<PassResult> results, DateTimeOffset startedAt, string loadAtStart, IReadOnlyDictionary<string, int> lateCommands)
    {
        var md = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        md.AppendLine(inv, $"Run of {startedAt:yyyy-MM-dd HH:mm} (local time).");
        md.AppendLine();
        md.AppendLine(inv, $"- Machine: {Machine.Describe()}.");
        md.AppendLine(inv, $"- Load average (1, 5, 15 min): {loadAtStart} at the start, {Machine.LoadAverage()} at the end.");
        md.AppendLine(inv, $"- Database: {server.Description}; {serverSettings}.");
        md.AppendLine(inv, $"- Dataset: {string.Join(", ", dataset.Rows.Select(r => $"{r.Table} {r.Rows.ToString("N0", inv)}"))}.");
        md.AppendLine(inv, $"- Requests: {options.Warmup} warm-up per endpoint, then {options.Requests} per endpoint and pass (at most {options.MaxPerEndpoint.TotalSeconds:0} s).");
        md.AppendLine();
        foreach (var group in results.GroupBy(r => r.Clients))
        {
            md.AppendLine(inv, $"{group.Key} client{(group.Key == 1 ? "" : "s")}:");
            md.AppendLine();
            md.AppendLine("| endpoint | p50 ms | p95 ms | p99 ms | max ms | req/s | queries/request | DB ms p50 | server ms p50 | KB | requests | load 1 min after |");
            md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var r in group)
            {
                md.AppendLine(inv,
                    $"| {r.Endpoint.Name} (`GET {Generic(r.Endpoint.Path)}`) | {r.Percentile(50):0.0} | {r.Percentile(95):0.0} | {r.Percentile(99):0.0} | {r.Max:0.0} | " +
                    $"{r.Throughput:0.0} | {r.Queries} | {r.MedianDb:0.0} | {r.MedianServer:0.0} | {r.MedianKilobytes:0} | {r.Samples.Count}{(r.Errors > 0 ? $" ({r.Errors} errors)" : "")}" +
                    $"{(r.TimedOut ? " (time limit)" : "")} | {r.LoadAfter.Split(',')[0]} |");
            }
            md.AppendLine();
            var clientsText = string.Create(inv, $"{group.Key} client{(group.Key == 1 ? "" : "s")}");
            foreach (var issue in group.GroupBy(r => r.Endpoint.Issue))
            {
                var missed = issue.Where(r => !(r.Percentile(95) < r.Endpoint.TargetMilliseconds)).ToList();
                var targets = string.Join(" / ", issue.Select(r => r.Endpoint.TargetMilliseconds).Distinct().Select(t => t.ToString("0", inv) + " ms"));
                var worst = issue.MaxBy(r => r.Percentile(95) / r.Endpoint.TargetMilliseconds)!;
                var verdict = missed.Count == 0
                    ? string.Create(inv, $"Verdict ({issue.Key}, {clientsText}): every endpoint under its target ({targets}) at p95 (closest: {worst.Endpoint.Name}, {worst.Percentile(95):0.0} ms of {worst.Endpoint.TargetMilliseconds:0}).")
                    : string.Create(inv, $"Verdict ({issue.Key}, {clientsText}): target missed: {string.Join(", ", missed.Select(r => string.Create(inv, $"{r.Endpoint.Name} {r.Percentile(95):0.0} ms (target {r.Endpoint.TargetMilliseconds:0})")))} at p95.");
                md.AppendLine(verdict);
            }
            md.AppendLine();
        }
        if (lateCommands.Count > 0)
        {
            md.AppendLine("Commands sent after the response had started (not in the header counts): " +
                string.Join(", ", lateCommands.Select(l => $"{l.Key} {l.Value}")) + ".");
        }
        return md.ToString();
    }

    /// <summary>The path with its ids replaced by names, for the table.</summary>
    private static string Generic(string path) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"(?<=(organizationId=|org=|Details/|roadmaps/|cycles/|Risks/))\d+", "{id}");
}
