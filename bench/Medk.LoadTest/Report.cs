using System.Globalization;
using System.Text;

namespace Medk.LoadTest;

/// <summary>The run as Markdown, ready to be pasted into docs/performance.md.</summary>
public static class Report
{
    public const double TargetP95Milliseconds = 100;

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
            var worst = group.MaxBy(r => r.Percentile(95))!;
            md.AppendLine();
            var clientsText = string.Create(inv, $"{group.Key} client{(group.Key == 1 ? "" : "s")}");
            var verdict = worst.Percentile(95) < TargetP95Milliseconds
                ? string.Create(inv, $"Verdict ({clientsText}): every endpoint under {TargetP95Milliseconds:0} ms at p95 (slowest: {worst.Endpoint.Name}, {worst.Percentile(95):0.0} ms).")
                : string.Create(inv, $"Verdict ({clientsText}): target missed: {string.Join(", ", group.Where(r => r.Percentile(95) >= TargetP95Milliseconds).Select(r => string.Create(inv, $"{r.Endpoint.Name} {r.Percentile(95):0.0} ms")))} at p95.");
            md.AppendLine(verdict);
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
        System.Text.RegularExpressions.Regex.Replace(path, @"(?<=(organizationId=|org=|Details/|roadmaps/))\d+", "{id}");
}
