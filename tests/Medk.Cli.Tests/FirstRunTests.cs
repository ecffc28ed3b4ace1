using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Medk.Core.Platform.Organizations;
using Medk.Data.Accounts;
using Medk.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Medk.Cli.Tests;

/// <summary>
/// A production start without the demo (decision 027): `medk init` on an empty database, then the README's
/// `user create … --organization "Минпросвещения России"`, then the directory from a CSV or XLSX file. On SQLite and on
/// PostgreSQL (the server of MEDK_TEST_POSTGRES), through the command as a script runs it.
/// </summary>
public abstract class FirstRunTests : IAsyncLifetime
{
    private readonly DatabaseProvider _provider;
    private readonly string _root = Directory.CreateTempSubdirectory("medk-init-").FullName;
    private string _connectionString = "";
    private string? _postgresName;

    protected FirstRunTests(DatabaseProvider provider) => _provider = provider;

    public async Task InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_root, "appsettings.json"), "{}");
        Environment.SetEnvironmentVariable("MEDK_CONTENT_ROOT", _root);
        if (_provider == DatabaseProvider.Sqlite)
        {
            _connectionString = $"Data Source={Path.Combine(_root, "init.db")}";
        }
        else
        {
            var admin = Environment.GetEnvironmentVariable("MEDK_TEST_POSTGRES")
                ?? throw new InvalidOperationException("PostgreSQL tests need a server: set MEDK_TEST_POSTGRES, or run ./test.sh, which starts one.");
            _postgresName = $"medk_cli_{Guid.NewGuid():N}";
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_postgresName}\"", connection);
            await create.ExecuteNonQueryAsync();
            _connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = _postgresName }.ConnectionString;
        }
        Environment.SetEnvironmentVariable("Database__Provider", _provider.ToString());
        Environment.SetEnvironmentVariable("ConnectionStrings__Medk", _connectionString);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable("MEDK_CONTENT_ROOT", null);
        Environment.SetEnvironmentVariable("Database__Provider", null);
        Environment.SetEnvironmentVariable("ConnectionStrings__Medk", null);
        Environment.SetEnvironmentVariable(FirstRunCommands.PasswordVariable, null);
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (_postgresName is not null)
        {
            await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("MEDK_TEST_POSTGRES"));
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        Directory.Delete(_root, recursive: true);
    }

    private MedkDbContext Database()
    {
        var options = new DbContextOptionsBuilder<MedkDbContext>();
        new DatabaseSettings(_provider, _connectionString).Configure(options);
        return new MedkDbContext(options.Options);
    }

    private static Task<(int Code, string Out, string Error)> Run(params string[] args) => CliTests.RunAsync(args);

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<(int Code, string Out, string Error)> InitAsync() =>
        Run("init", "--admin-email", "admin@example.ru", "--admin-password", "long-password-1", "--admin-name", "Иванов Иван Иванович");

    [Fact]
    public async Task Init_MakesTheFederalRootAndTheFirstAdministrator_ThenTheReadmesUserCreateWorks_AndASecondInitIsRefused()
    {
        var (code, output, error) = await InitAsync();
        Assert.True(code == 0, error);
        Assert.Contains("Минпросвещения России", output);

        await using (var db = Database())
        {
            var root = await db.Organizations.SingleAsync();
            Assert.Equal((OrganizationLevel.Federal, OrganizationKind.Authority, null), (root.Level, root.Kind, root.ParentId));
            Assert.Equal("Министерство просвещения Российской Федерации", root.FullName);
            Assert.Equal($"/{root.Id}/", root.Path);
            var admin = await db.Users.SingleAsync();
            Assert.Equal("Иванов Иван Иванович", admin.FullName);
            Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<MedkUser>().VerifyHashedPassword(admin, admin.PasswordHash!, "long-password-1"));
            var grant = await db.RoleAssignments.SingleAsync();
            Assert.Equal((admin.Id, root.Id, "Administrator"), (grant.UserId, grant.OrganizationId, grant.Role.ToString()));
        }

        var (created, _, createError) = await Run("user", "create", "--email", "fed@example.ru", "--name", "Петрова Анна Сергеевна",
            "--password", "long-password-2", "--role", "FederalCoordinator", "--organization", "Минпросвещения России");
        Assert.True(created == 0, createError);

        var (again, againOut, againError) = await Run("init", "--admin-email", "other@example.ru", "--admin-password", "long-password-3");
        Assert.Equal(2, again);
        Assert.Equal("", againOut);
        Assert.StartsWith("medk: База уже инициализирована", againError);
        Assert.Single(againError.TrimEnd().Split('\n'));
        await using var after = Database();
        Assert.Equal(1, await after.Organizations.CountAsync());
        Assert.Equal(2, await after.Users.CountAsync());
    }

    [Fact]
    public async Task Init_TakesThePasswordFromTheEnvironment_AndARefusedPasswordLeavesTheDatabaseEmpty()
    {
        var (weak, _, weakError) = await Run("init", "--admin-email", "admin@example.ru", "--admin-password", "short");
        Assert.Equal(2, weak);
        Assert.StartsWith("medk: ", weakError);
        Assert.Contains("8", weakError);
        await using (var db = Database())
        {
            Assert.Equal(0, await db.Organizations.CountAsync()); // the root was saved before the password was refused: rolled back
        }

        Environment.SetEnvironmentVariable(FirstRunCommands.PasswordVariable, "from-the-environment-1");
        var (code, _, error) = await Run("init", "--admin-email", "admin@example.ru", "--root-name", "Минпросвещения");
        Assert.True(code == 0, error);
        await using var after = Database();
        var admin = await after.Users.SingleAsync();
        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<MedkUser>().VerifyHashedPassword(admin, admin.PasswordHash!, "from-the-environment-1"));
        Assert.Equal("Минпросвещения", (await after.Organizations.SingleAsync()).ShortName);
    }

    private const string Directory_ = """
        код;наименование;краткое наименование;вид;код вышестоящей
        0301000001;МБОУ «Витимская СОШ»;Витимская СОШ;школа;81603000
        81000000;Министерство образования и науки Республики Бурятия;Республика Бурятия;регион;
        81603000;МКУ «Управление образования Баунтовского района»;Баунтовский район;муниципалитет;81000000
        0323000002;ГАУ ДПО РБ «Бурятский республиканский институт образовательной политики»;БРИОП;учреждение;81000000
        0301000003;ГБОУ «Республиканский лицей-интернат»;;школа;81000000
        """;

    [Fact]
    public async Task OrganizationsImport_DryRunSavesNothing_ThenBuildsTheTreeInAnyRowOrder_AndAgainChangesNothing()
    {
        Assert.Equal(0, (await InitAsync()).Code);
        var file = WriteFile("справочник.csv", Directory_);

        var (dry, dryOut, dryError) = await Run("organizations", "import", file, "--dry-run");
        Assert.True(dry == 0, dryError + dryOut);
        Assert.Contains("Будет создано организаций: 5 (регионов 1, муниципалитетов 1, школ 2, учреждений 1)", dryOut);
        await using (var db = Database())
        {
            Assert.Equal(1, await db.Organizations.CountAsync());
        }

        var (code, output, error) = await Run("organizations", "import", file);
        Assert.True(code == 0, error + output);
        Assert.Contains("Создано организаций: 5", output);
        await using (var db = Database())
        {
            var all = await db.Organizations.AsNoTracking().ToListAsync();
            var root = all.Single(o => o.ParentId == null);
            Organization ByCode(string c) => all.Single(o => o.Code == c);
            var region = ByCode("81000000");
            var municipality = ByCode("81603000");
            var school = ByCode("0301000001");
            Assert.Equal((OrganizationLevel.Region, root.Id, $"{root.Path}{region.Id}/"), (region.Level, region.ParentId, region.Path));
            Assert.Equal((OrganizationLevel.Municipality, region.Id, $"{region.Path}{municipality.Id}/"), (municipality.Level, municipality.ParentId, municipality.Path));
            Assert.Equal((OrganizationLevel.School, OrganizationKind.School, $"{municipality.Path}{school.Id}/"), (school.Level, school.Kind, school.Path));
            Assert.Equal("Витимская СОШ", school.ShortName);
            Assert.Equal((OrganizationLevel.Region, OrganizationKind.Institution), (ByCode("0323000002").Level, ByCode("0323000002").Kind));
            var lyceum = ByCode("0301000003"); // a school of regional subordination, without a short name
            Assert.Equal((OrganizationLevel.School, region.Id, "ГБОУ «Республиканский лицей-интернат»"), (lyceum.Level, lyceum.ParentId, lyceum.ShortName));
        }

        // The file grew by one school: imported again, only the new row is created.
        var grown = WriteFile("справочник-2.csv", Directory_ + "\n0301000004;МБОУ «Маловская СОШ»;;школа;81603000\n");
        var (again, againOut, againError) = await Run("organizations", "import", grown);
        Assert.True(again == 0, againError + againOut);
        Assert.Contains("Создано организаций: 1 (регионов 0, муниципалитетов 0, школ 1, учреждений 0); уже были в справочнике: 5", againOut);
        await using var after = Database();
        Assert.Equal(7, await after.Organizations.CountAsync());
    }

    [Fact]
    public async Task OrganizationsImport_BadRows_AreReportedRowByRowInRussian_AndNothingIsSaved()
    {
        Assert.Equal(0, (await InitAsync()).Code);
        var file = WriteFile("ошибки.csv", """
            код;наименование;вид;код вышестоящей
            81000000;Министерство образования и науки Республики Бурятия;регион;
            81603000;Управление образования Баунтовского района;муниципалитет;81000000
            81603000;Управление образования Муйского района;муниципалитет;81000000
            ;Школа без кода;школа;81603000
            0301000001;МБОУ «Витимская СОШ»;гимназия;81603000
            A-17;Школа с буквами в коде;школа;81603000
            0301000002;МБОУ «Маловская СОШ»;школа;99999999
            """);

        var (code, output, error) = await Run("organizations", "import", file);

        Assert.Equal(2, code);
        Assert.Equal("medk: ошибки.csv: ошибок — 4; ничего не сохранено.", error.TrimEnd());
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Contains("строка 4: код «81603000» уже встречается в строке 3.", lines);
        Assert.Contains("строка 5: не указан код организации.", lines);
        Assert.Contains(lines, l => l.StartsWith("строка 6: неизвестный вид «гимназия»", StringComparison.Ordinal));
        Assert.Contains("строка 7: код (ИНН или ОКТМО) состоит только из цифр.", lines);
        // Rows with wrong fields stop the check before the tree (row 8's unknown parent is reported once they are fixed).
        await using (var db = Database())
        {
            Assert.Equal(1, await db.Organizations.CountAsync());
        }

        // With the field errors fixed, the tree errors come out: unknown parent, wrong level, a circle.
        var tree = WriteFile("дерево.csv", """
            код;наименование;вид;код вышестоящей
            81000000;Министерство образования и науки Республики Бурятия;регион;
            81603000;Управление образования Баунтовского района;муниципалитет;81000000
            0301000002;МБОУ «Маловская СОШ»;школа;99999999
            82000000;Регион под муниципалитетом;регион;81603000
            0301000005;Школа А;школа;0301000006
            0301000006;Школа Б;школа;0301000005
            """);
        var (treeCode, treeOut, _) = await Run("organizations", "import", tree, "--dry-run");
        Assert.Equal(2, treeCode);
        var treeLines = treeOut.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("строка 4: вышестоящая организация с кодом «99999999» не найдена ни в файле, ни в справочнике.", treeLines);
        Assert.Contains("строка 5: организация уровня «Региональный» не может входить в организацию уровня «Муниципальный».", treeLines);
        Assert.Contains(treeLines, l => l.StartsWith("строка 6: ", StringComparison.Ordinal) && l.Contains("по кругу"));
        Assert.Contains("строка 7: вышестоящая организация с кодом «0301000005» (строка 6) не принята.", treeLines);
        Assert.Equal(4, treeLines.Count);
        await using var after = Database();
        Assert.Equal(1, await after.Organizations.CountAsync());
    }

    [Fact]
    public async Task OrganizationsImport_ReadsXlsx_AndWithoutInitSaysWhatToDoFirst()
    {
        var file = Path.Combine(_root, "справочник.xlsx");
        WriteXlsx(file, [
            ["Код", "Наименование", "Вид", "Код вышестоящей"],
            ["08000000", "Министерство образования и науки Республики Калмыкия", "Регион", ""],
            ["08701000", "Управление образования Администрации города Элисты", "Муниципалитет", "08000000"],
            ["0814000015", "МБОУ «СОШ № 15»", "Школа", "08701000"],
        ]);

        var (before, beforeOut, beforeError) = await Run("organizations", "import", file);
        Assert.Equal(2, before);
        Assert.Contains("строка 2: в справочнике нет федерального уровня: сначала выполните `medk init`", beforeOut);
        Assert.Contains("строка 3: вышестоящая организация с кодом «08000000» (строка 2) не принята.", beforeOut);
        Assert.StartsWith("medk: справочник.xlsx: ошибок — 3; ничего не сохранено.", beforeError);

        Assert.Equal(0, (await InitAsync()).Code);
        var (code, output, error) = await Run("organizations", "import", file);
        Assert.True(code == 0, error + output);
        Assert.Contains("Создано организаций: 3 (регионов 1, муниципалитетов 1, школ 1, учреждений 0)", output);
        await using var db = Database();
        Assert.Equal(OrganizationLevel.School, (await db.Organizations.SingleAsync(o => o.Code == "0814000015")).Level);
    }

    private static void WriteXlsx(string path, string[][] rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                row.Append(new Cell
                {
                    CellReference = $"{(char)('A' + c)}{r + 1}",
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(rows[r][c])),
                });
            }
            data.Append(row);
        }
        sheet.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Справочник" }));
        workbook.Workbook.Save();
    }
}

public sealed class FirstRunOnSqlite() : FirstRunTests(DatabaseProvider.Sqlite);

public sealed class FirstRunOnPostgres() : FirstRunTests(DatabaseProvider.Postgres);
