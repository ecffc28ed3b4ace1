using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Medk.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server process (Python's aiosmtpd from Debian's packages, installed by test.sh) that writes every
/// letter it receives to a folder. It can be stopped and started again on the same port, as a mail server that
/// goes down and comes back.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private Process? _process;

    private SmtpSink(int port, string folder)
    {
        Port = port;
        Folder = folder;
    }

    public int Port { get; }
    public string Folder { get; }

    public static async Task<SmtpSink> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"medk-mail-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var sink = new SmtpSink(FreePort(), folder);
        await sink.StartAgainAsync();
        return sink;
    }

    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public async Task StartAgainAsync()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "smtp_sink.py");
        var start = new ProcessStartInfo(Python, [script, Port.ToString(System.Globalization.CultureInfo.InvariantCulture), Folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var line = await _process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (line != "ready")
        {
            var error = await _process.StandardError.ReadToEndAsync();
            throw new InvalidOperationException(
                $"The SMTP server (python3 -m aiosmtpd) did not start: {error}. Install Debian's python3-aiosmtpd (./test.sh does).");
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        _process = null;
    }

    /// <summary>Every letter received so far.</summary>
    public IReadOnlyList<MimeMessage> Letters() =>
        Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();

    public IReadOnlyList<MimeMessage> LettersTo(string address) =>
        Letters().Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Waits until <paramref name="count"/> letters to the address have arrived (the worker polls); fails after a minute.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var letters = LettersTo(address);
            if (letters.Count >= count)
            {
                return letters;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{letters.Count} of {count} letters to {address} arrived.");
            }
            await Task.Delay(200);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
