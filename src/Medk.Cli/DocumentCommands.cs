using System.CommandLine;
using Medk.Core.Platform.Access;
using Medk.Core.Planning.Schedules;
using Medk.Data.Import;
using Medk.Data.Persistence;
using Medk.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Cli;

/// <summary>
/// `medk import` and `medk schedule`: a stable contract (see docs/cli.md). JSON is the same as the API's
/// dry run. Exit code 0 on success, 2 with one line on stderr when the input cannot be read.
/// </summary>
public static class DocumentCommands
{
    public static Command Import()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Приказ с дорожной картой: DOCX, XLSX, ODT, ODS, CSV, текст, PDF; DOC, XLS, RTF через LibreOffice" };
        var year = new Option<int?>("--year") { Description = "Год дорожной карты, если в документе его нет или он другой" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Только прочитать и показать, ничего не сохранять" };
        var format = new Option<string>("--format") { Description = "text (по умолчанию) или json", DefaultValueFactory = _ => "text" };
        var owner = new Option<string?>("--owner") { Description = "Организация-владелец (номер, краткое наименование или сокращение), если не распознана по приказу" };
        var command = new Command("import", "Прочитать дорожную карту из документа и сохранить её (или только показать: --dry-run).")
        {
            file, year, dryRun, format, owner,
        };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            var json = string.Equals(result.GetValue(format), "json", StringComparison.OrdinalIgnoreCase);
            ImportedRoadmap imported;
            try
            {
                await using var stream = path.OpenRead();
                imported = RoadmapImporter.Import(stream, path.Name, result.GetValue(year), CliHost.ImportOptions());
            }
            catch (Exception e) when (e is RoadmapImportException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"medk: {path.Name}: {OneLine(e)}");
                // Medk's own failure on a valid file: the cause goes with its id to whoever runs the command.
                if (e is RoadmapImportException { Kind: RoadmapImportFailure.ReaderFailure, InnerException: { } cause } failure)
                {
                    Console.Error.WriteLine($"medk: ошибка {failure.ErrorId}: {cause}");
                }
                return 2;
            }
            if (result.GetValue(dryRun))
            {
                Console.Out.Write(json ? ImportJson.Serialize(imported) + Environment.NewLine : Describe(imported));
                return 0;
            }
            return await CliHost.RunAsync(async (services, token) =>
            {
                var db = services.GetRequiredService<MedkDbContext>();
                var importer = services.GetRequiredService<RoadmapImportService>();
                var ownerKey = result.GetValue(owner);
                var organization = ownerKey is not null
                    ? await Commands.FindOrganizationAsync(db, ownerKey, token)
                    : await importer.GuessOwnerAsync(imported.Owner, db.Organizations, token)
                        ?? throw new CliException($"Организация-владелец «{imported.Owner}» не найдена в справочнике: укажите --owner.");
                var roadmap = await importer.CreateAsync(imported, organization, token);
                if (json)
                {
                    Console.Out.Write(ImportJson.Serialize(imported) + Environment.NewLine);
                }
                else
                {
                    Console.WriteLine($"Импортирована дорожная карта № {roadmap.Id} «{roadmap.Title}»: {organization.ShortName}, " +
                        $"{imported.Items.Count(i => !i.IsSection)} пунктов, {imported.Items.Count(i => i.IsSection)} разделов, предупреждений: {imported.Warnings.Count}.");
                }
                return 0;
            }, ct);
        });
        return command;
    }

    public static Command Schedule()
    {
        var phrase = new Argument<string>("PHRASE") { Description = "Срок, как он написан в дорожной карте: «до 1 марта», «еженедельно, пятница, 15.00»" };
        var year = new Option<int>("--year") { Description = "Год дорожной карты", Required = true };
        var format = new Option<string>("--format") { Description = "text (по умолчанию) или json", DefaultValueFactory = _ => "text" };
        var command = new Command("schedule", "Показать, как Medk понимает срок: вид и контрольные даты в пределах года.") { phrase, year, format };
        command.SetAction(result =>
        {
            var y = result.GetValue(year);
            if (y is < 1900 or > 2200)
            {
                Console.Error.WriteLine("medk: год указан неверно: ожидается четырёхзначный год, например 2022.");
                return 2;
            }
            var schedule = ScheduleParser.Parse(result.GetValue(phrase), DatePeriod.Year(y));
            if (string.Equals(result.GetValue(format), "json", StringComparison.OrdinalIgnoreCase))
            {
                Console.WriteLine(ScheduleJson.Serialize(schedule));
                return 0;
            }
            Console.WriteLine($"{ScheduleJson.KindName(schedule.Kind)}: {string.Join(", ", schedule.Checkpoints.Select(d => d.ToString("dd.MM.yyyy")))}");
            if (schedule.Warning is not null)
            {
                Console.WriteLine("Внимание: " + schedule.Warning);
            }
            return 0;
        });
        return command;
    }

    private static string Describe(ImportedRoadmap r)
    {
        var lines = new List<string>
        {
            r.Title,
            $"Владелец: {r.Owner ?? "не указан"}",
            $"Утверждена: {(r.Approval is { } a ? $"{a.Kind} № {a.Number} от {a.Date:dd.MM.yyyy}, {a.Signatory}" : "не указано")}",
            $"Период: {r.Period.Start:dd.MM.yyyy} — {r.Period.End:dd.MM.yyyy}",
            $"Пунктов: {r.Items.Count(i => !i.IsSection)}, разделов: {r.Items.Count(i => i.IsSection)}",
            "",
        };
        foreach (var item in r.Items)
        {
            var indent = new string(' ', item.Depth * 2);
            var deadline = item.Schedule is { } s
                ? $"  [{ScheduleJson.KindName(s.Kind)}{(s.Checkpoints.Count > 0 ? " " + string.Join(" ", s.Checkpoints.Take(3).Select(d => d.ToString("dd.MM.yyyy"))) + (s.Checkpoints.Count > 3 ? " …" : "") : "")}]"
                : "";
            var title = item.Title.Length > 90 ? item.Title[..90] + "…" : item.Title;
            lines.Add($"{indent}{(item.IsSection ? "§ " : "")}{item.Number ?? "—"} {title}{deadline}");
        }
        if (r.Warnings.Count > 0)
        {
            lines.Add("");
            lines.Add("Предупреждения:");
            lines.AddRange(r.Warnings.Select(w => $"  {(w.Row is { } row ? $"строка {row}: " : "")}{w.Message}"));
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static string OneLine(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "файл не найден.",
        UnauthorizedAccessException => "нет прав на чтение файла.",
        IOException => "файл не удалось прочитать: " + e.Message.ReplaceLineEndings(" "),
        _ => e.Message.ReplaceLineEndings(" "),
    };
}
