using System.ComponentModel;
using System.Diagnostics;

namespace Medk.Documents.Reading;

/// <summary>Where LibreOffice is and how long a conversion may take. The web app reads it from <c>Documents:*</c>.</summary>
public sealed record LibreOfficeOptions
{
    /// <summary>The <c>soffice</c> program; empty means «find soffice or libreoffice on PATH».</summary>
    public string? ExecutablePath { get; init; }

    /// <summary>A conversion still running after this is killed with its child processes.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Where the private work folders are made; the system's temporary folder when empty.</summary>
    public string? TempRoot { get; init; }
}

/// <summary>
/// Converts DOC, XLS and RTF to DOCX and XLSX with LibreOffice in headless mode. Every conversion has its own
/// folder (input, output and a LibreOffice user profile, so two conversions never share a profile lock and
/// nothing of one person's file is left for the next); the folder is deleted whatever happens. Conversions run
/// one at a time per converter: each starts a whole office suite.
/// </summary>
public sealed class LibreOfficeConverter(LibreOfficeOptions options) : ILegacyConverter
{
    private readonly SemaphoreSlim oneAtATime = new(1, 1);

    public LibreOfficeOptions Options { get; } = options;

    /// <summary>The program that will be run, or null when LibreOffice cannot be found.</summary>
    public string? FindExecutable()
    {
        if (!string.IsNullOrWhiteSpace(Options.ExecutablePath))
        {
            return File.Exists(Options.ExecutablePath) ? Options.ExecutablePath : null;
        }
        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe", "soffice.com" } : ["soffice", "libreoffice"];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }

    public byte[] Convert(byte[] source, LegacyFormat format)
    {
        ArgumentNullException.ThrowIfNull(source);
        var executable = FindExecutable() ?? throw new RoadmapImportException(Messages.LibreOfficeMissing(format));
        if (!oneAtATime.Wait(Options.Timeout))
        {
            throw new RoadmapImportException(Messages.ConversionBusy);
        }
        var work = Path.Combine(string.IsNullOrWhiteSpace(Options.TempRoot) ? Path.GetTempPath() : Options.TempRoot, "medk-convert-" + Guid.NewGuid().ToString("N"));
        try
        {
            return Run(executable, work, source, format);
        }
        finally
        {
            oneAtATime.Release();
            DeleteQuietly(work);
        }
    }

    private byte[] Run(string executable, string work, byte[] source, LegacyFormat format)
    {
        CreatePrivateDirectory(work);
        var input = Path.Combine(work, "in");
        var output = Path.Combine(work, "out");
        var profile = Path.Combine(work, "profile");
        CreatePrivateDirectory(input);
        CreatePrivateDirectory(output);
        var (extension, target, resultExtension) = format switch
        {
            LegacyFormat.Doc => (".doc", "docx:MS Word 2007 XML", ".docx"),
            LegacyFormat.Rtf => (".rtf", "docx:MS Word 2007 XML", ".docx"),
            _ => (".xls", "xlsx:Calc MS Excel 2007 XML", ".xlsx"),
        };
        var file = Path.Combine(input, "document" + extension);
        File.WriteAllBytes(file, source);

        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = work,
        };
        foreach (var argument in new[]
        {
            "--headless", "--invisible", "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--nofirststartwizard",
            "-env:UserInstallation=" + new Uri(profile + Path.DirectorySeparatorChar).AbsoluteUri,
            "--convert-to", target, "--outdir", output, file,
        })
        {
            start.ArgumentList.Add(argument);
        }
        // LibreOffice writes its profile under HOME when the user installation is not honoured; keep that private too.
        start.Environment["HOME"] = work;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new RoadmapImportException(Messages.LibreOfficeMissing(format), ex);
        }
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Options.Timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended between the check and the kill.
            }
            process.WaitForExit();
            throw new RoadmapImportException(Messages.ConversionTimedOut(format, Options.Timeout));
        }
        process.WaitForExit();
        var result = Path.Combine(output, "document" + resultExtension);
        if (process.ExitCode != 0 || !File.Exists(result))
        {
            var detail = $"soffice exit code {process.ExitCode}: {stdout.Result.Trim()} {stderr.Result.Trim()}".Trim();
            throw new RoadmapImportException(Messages.ConversionFailed(format), new InvalidOperationException(detail));
        }
        return File.ReadAllBytes(result);
    }

    private static void CreatePrivateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
        }
        else
        {
            Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void DeleteQuietly(string path)
    {
        for (var attempt = 0; attempt < 3 && Directory.Exists(path); attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A killed process may still be releasing a file; try again shortly.
                Thread.Sleep(100);
            }
        }
    }
}
