using Medk.Documents.Reading;
using Medk.Documents.Tests.Support;

namespace Medk.Documents.Tests;

/// <summary>
/// DOC, RTF and XLS go through a real LibreOffice (test.sh installs Debian's libreoffice-writer-nogui and
/// libreoffice-calc-nogui). The fixtures were written by LibreOffice from the seed orders (Fixtures/ThirdParty).
/// </summary>
public class LegacyFormatTests
{
    private static readonly RoadmapImportOptions WithLibreOffice = new() { LegacyConverter = ThirdPartyFixtures.LibreOffice };

    public static TheoryData<string, string> WordFixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in ThirdPartyFixtures.SeedNames)
        {
            data.Add(seed, ".doc");
            data.Add(seed, ".rtf");
        }
        return data;
    }

    public static TheoryData<string> SeedNames => new(ThirdPartyFixtures.SeedNames);

    [Theory]
    [MemberData(nameof(WordFixtures))]
    public void Import_SeedSavedByLibreOfficeAsDocOrRtf_YieldsWhatTheTextSeedYields(string seed, string extension)
    {
        var expected = ThirdPartyFixtures.ImportSeed(seed);

        var roadmap = ThirdPartyFixtures.Import(seed + extension, WithLibreOffice);

        SameRoadmap.AssertEqual(expected, roadmap, seed + extension, withPreamble: true);
    }

    /// <summary>The sheets hold the table alone: Calc puts an order's preamble in column A above it.</summary>
    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Import_SeedTableSavedByLibreOfficeAsXls_YieldsTheItemsOfTheTextSeed(string seed)
    {
        var expected = ThirdPartyFixtures.ImportSeed(seed);

        var roadmap = ThirdPartyFixtures.Import(seed + ".xls", WithLibreOffice);

        SameRoadmap.AssertEqual(expected, roadmap, seed + ".xls", withPreamble: false);
    }

    [Theory]
    [InlineData(".doc", "Word 97–2003 (DOC)", "DOCX")]
    [InlineData(".rtf", "RTF", "DOCX")]
    [InlineData(".xls", "Excel 97–2003 (XLS)", "XLSX")]
    public void Import_LegacyFileWithoutLibreOffice_SaysItIsNotInstalledAndWhatToDo(string extension, string kind, string modern)
    {
        var missing = new LibreOfficeConverter(new LibreOfficeOptions { ExecutablePath = Path.Combine(Path.GetTempPath(), "нет-такой-программы", "soffice") });
        var options = new RoadmapImportOptions { LegacyConverter = missing };

        var error = Assert.Throws<RoadmapImportException>(() => ThirdPartyFixtures.Import(ThirdPartyFixtures.SeedNames[4] + extension, options));

        Assert.Contains(kind, error.Message);
        Assert.Contains("LibreOffice не установлен на сервере", error.Message);
        Assert.Contains(modern, error.Message);
    }

    [Fact]
    public void Import_LegacyFileWithNoConverterGiven_SaysLibreOfficeIsNeeded()
    {
        var error = Assert.Throws<RoadmapImportException>(() => ThirdPartyFixtures.Import(ThirdPartyFixtures.SeedNames[4] + ".doc"));

        Assert.Contains("LibreOffice не установлен", error.Message);
    }

    /// <summary>The content decides, not the name: an RTF named .doc and a DOC named .txt are still read.</summary>
    [Theory]
    [InlineData(".rtf", "приказ.doc")]
    [InlineData(".doc", "приказ.txt")]
    public void Import_LegacyFileUnderAnotherName_IsToldByItsContent(string extension, string uploadedAs)
    {
        var seed = ThirdPartyFixtures.SeedNames[4];

        var roadmap = ThirdPartyFixtures.Import(ThirdPartyFixtures.Bytes(seed + extension), uploadedAs, WithLibreOffice);

        Assert.Equal(ThirdPartyFixtures.ImportSeed(seed).Items.Count, roadmap.Items.Count);
    }

    [Theory]
    [InlineData(".doc", LegacyFormat.Doc)]
    [InlineData(".xls", LegacyFormat.Xls)]
    public void Ole2Kind_TellsWordFromExcelByTheStreamsInside(string extension, LegacyFormat format)
    {
        Assert.Equal(format, LegacyDetector.Ole2Kind(ThirdPartyFixtures.Bytes(ThirdPartyFixtures.SeedNames[0] + extension)));
    }

    [Fact]
    public void Convert_LeavesNoWorkFolderBehind()
    {
        var root = Directory.CreateTempSubdirectory("medk-convert-test-");
        try
        {
            var converter = new LibreOfficeConverter(new LibreOfficeOptions { TempRoot = root.FullName, Timeout = TimeSpan.FromMinutes(3) });

            var docx = converter.Convert(ThirdPartyFixtures.Bytes(ThirdPartyFixtures.SeedNames[4] + ".rtf"), LegacyFormat.Rtf);

            Assert.Equal("PK"u8.ToArray(), docx[..2]);
            Assert.Empty(Directory.EnumerateFileSystemEntries(root.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>
    /// A program that never finishes stands in for a LibreOffice stuck on a file: it is killed with its children
    /// when the time is up, the person is told, and the work folder is gone.
    /// </summary>
    [Fact]
    public void Convert_ProgramThatHangs_IsKilledAndReportedAndCleanedUp()
    {
        var root = Directory.CreateTempSubdirectory("medk-convert-test-");
        try
        {
            var pidFile = Path.Combine(root.FullName, "child.pid");
            var script = Path.Combine(root.FullName, "soffice");
            File.WriteAllText(script, $"#!/bin/sh\nsleep 300 &\necho $! > '{pidFile}'\nwait\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            var work = Path.Combine(root.FullName, "work");
            Directory.CreateDirectory(work);
            var converter = new LibreOfficeConverter(new LibreOfficeOptions { ExecutablePath = script, TempRoot = work, Timeout = TimeSpan.FromSeconds(2) });

            var error = Assert.Throws<RoadmapImportException>(() => converter.Convert([0xD0, 0xCF, 0x11, 0xE0], LegacyFormat.Doc));

            Assert.Contains("не завершилось за 2 с и было прервано", error.Message);
            Assert.Empty(Directory.EnumerateFileSystemEntries(work));
            var child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            Assert.False(IsRunning(child), "the child of the stand-in program is still running");
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    /// <summary>Alive unless gone from /proc or a zombie (its parent was killed; PID 1 of a container may not reap it).</summary>
    private static bool IsRunning(int pid)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat))
            {
                return false;
            }
            string text;
            try
            {
                text = File.ReadAllText(stat);
            }
            catch (IOException)
            {
                return false;
            }
            if (text[(text.LastIndexOf(')') + 2)..].StartsWith('Z'))
            {
                return false;
            }
            Thread.Sleep(100);
        }
        return true;
    }
}
