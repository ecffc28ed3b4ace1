using System.Runtime;
using System.Runtime.InteropServices;

namespace Medk.LoadTest;

/// <summary>What the figures were measured on, and how busy it was.</summary>
public static class Machine
{
    /// <summary>The 1-, 5- and 15-minute load averages, as uptime prints them.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]}, {parts[1]}, {parts[2]}";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    public static double OneMinuteLoad() =>
        double.TryParse(LoadAverage().Split(',')[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : double.NaN;

    public static string Describe()
    {
        var cpu = "?";
        try
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?";
        }
        catch (IOException)
        {
        }
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{cpu}, {Environment.ProcessorCount} cores, {memory:0} GB; {RuntimeInformation.OSDescription}; {RuntimeInformation.FrameworkDescription}, " +
               $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC";
    }
}
