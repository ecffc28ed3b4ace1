using System.CommandLine;
using Medk.Data.Accounts;
using Medk.Data.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Cli;

/// <summary>
/// The way into an empty production database (decision 027): `medk init` makes the federal root and the first
/// administrator; `medk organizations import` fills the directory below it from a table of codes.
/// </summary>
public static class FirstRunCommands
{
    /// <summary>Read when --admin-password is not given, so that the password need not appear in a process list.</summary>
    public const string PasswordVariable = "MEDK_ADMIN_PASSWORD";

    public static Command Init()
    {
        var email = new Option<string>("--admin-email") { Description = "Электронная почта первого администратора (имя входа)", Required = true };
        var password = new Option<string?>("--admin-password") { Description = $"Его начальный пароль, не короче 8 символов (или переменная окружения {PasswordVariable})" };
        var name = new Option<string?>("--admin-name") { Description = $"ФИО администратора (по умолчанию «{FirstRun.DefaultAdministratorName}»)" };
        var rootName = new Option<string?>("--root-name") { Description = $"Краткое наименование федеральной организации (по умолчанию «{FirstRun.DefaultRootShortName}»)" };
        var rootFullName = new Option<string?>("--root-full-name") { Description = "Полное наименование федеральной организации" };
        var command = new Command("init", "Подготовить пустую базу к работе: федеральная организация верхнего уровня и первый администратор. В непустой базе ничего не делает и сообщает об этом.")
        {
            email, password, name, rootName, rootFullName,
        };
        command.SetAction((result, ct) =>
        {
            var secret = result.GetValue(password) ?? Environment.GetEnvironmentVariable(PasswordVariable);
            if (string.IsNullOrEmpty(secret))
            {
                Console.Error.WriteLine($"medk: укажите пароль администратора: --admin-password или переменная окружения {PasswordVariable}.");
                return Task.FromResult(2);
            }
            return CliHost.RunAsync(async (services, token) =>
            {
                var outcome = await services.GetRequiredService<FirstRun>().InitializeAsync(new FirstRun.Request(
                    result.GetValue(email)!, secret, result.GetValue(name), result.GetValue(rootName), result.GetValue(rootFullName)), token);
                Console.WriteLine($"База подготовлена: организация верхнего уровня «{outcome.Root.ShortName}» (№ {outcome.Root.Id}), " +
                    $"администратор {outcome.Administrator.Email}. Справочник организаций: `medk organizations import ФАЙЛ`.");
                return 0;
            }, ct);
        });
        return command;
    }

    public static Command Organizations()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Таблица CSV или XLSX: код, наименование, вид, код вышестоящей (см. docs/cli.md)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Только проверить файл и показать, что будет создано; ничего не сохранять" };
        var import = new Command("import", "Загрузить справочник регионов, муниципалитетов, школ и учреждений с кодами: всё или ничего, ошибки по строкам.")
        {
            file, dryRun,
        };
        import.SetAction((result, ct) =>
        {
            var path = result.GetValue(file)!;
            var check = result.GetValue(dryRun);
            return CliHost.RunAsync(async (services, token) =>
            {
                DirectoryImportOutcome outcome;
                try
                {
                    await using var stream = path.OpenRead();
                    outcome = await services.GetRequiredService<OrganizationDirectoryImport>().ImportAsync(stream, path.Name, check, token);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliException($"{path.Name}: " + (e is FileNotFoundException or DirectoryNotFoundException ? "файл не найден." : "файл не удалось прочитать."));
                }
                if (!outcome.Succeeded)
                {
                    // The report, row by row, is the output; the one line on stderr says that nothing was saved.
                    foreach (var problem in outcome.Problems)
                    {
                        Console.WriteLine(problem);
                    }
                    Console.Error.WriteLine($"medk: {path.Name}: ошибок — {outcome.Problems.Count}; ничего не сохранено.");
                    return 2;
                }
                var counts = $"регионов {outcome.Regions}, муниципалитетов {outcome.Municipalities}, школ {outcome.Schools}, учреждений {outcome.Institutions}";
                Console.WriteLine(outcome.Saved
                    ? $"Создано организаций: {outcome.Created} ({counts}); уже были в справочнике: {outcome.AlreadyPresent}."
                    : $"Ошибок нет. Будет создано организаций: {outcome.Created} ({counts}); уже есть в справочнике: {outcome.AlreadyPresent}. Ничего не сохранено (--dry-run).");
                return 0;
            }, ct);
        });
        return new Command("organizations", "Справочник организаций") { import };
    }
}
