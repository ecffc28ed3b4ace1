using System.CommandLine;
using Medk.Core;
using Medk.Core.Platform.Access;
using Medk.Core.Common;
using Medk.Data.Accounts;
using Medk.Data.Demo;
using Medk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Medk.Cli;

public static class Commands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Создать или обновить схему базы данных (SQLite или PostgreSQL по настройкам).");
        command.SetAction((_, ct) => CliHost.RunAsync((services, _) =>
        {
            var db = services.GetRequiredService<MedkDbContext>();
            Console.WriteLine($"База данных в актуальном состоянии ({db.Database.ProviderName}).");
            return Task.FromResult(0);
        }, ct));
        return command;
    }

    public static Command Demo()
    {
        var command = new Command("demo", "Загрузить демонстрационные данные в пустую базу: организации, пользователи, дорожные карты пяти приказов.");
        command.SetAction((_, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var loaded = await services.GetRequiredService<DemoData>().LoadAsync(token);
            Console.WriteLine(loaded
                ? $"Демо-данные загружены. Пароль демо-пользователей: {DemoData.Password}"
                : "База не пуста: демо-данные не загружены.");
            return 0;
        }, ct));
        return command;
    }

    public static Command User()
    {
        var email = new Option<string>("--email") { Description = "Электронная почта (имя входа)", Required = true };
        var name = new Option<string>("--name") { Description = "ФИО", Required = true };
        var password = new Option<string>("--password") { Description = "Начальный пароль (не короче 8 символов)", Required = true };
        var role = new Option<Role>("--role") { Description = "Роль: " + string.Join(", ", Enum.GetNames<Role>()), Required = true };
        var organization = new Option<string>("--organization") { Description = "Организация: номер, краткое наименование или сокращение", Required = true };
        var create = new Command("create", "Создать пользователя с ролью в организации (так создаётся первый администратор).")
        {
            email, name, password, role, organization,
        };
        create.SetAction((result, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var db = services.GetRequiredService<MedkDbContext>();
            var org = await FindOrganizationAsync(db, result.GetValue(organization)!, token);
            var user = await services.GetRequiredService<UserAdministration>().CreateAsync(new UserAdministration.NewUser(
                result.GetValue(email)!, result.GetValue(name)!, result.GetValue(password)!, result.GetValue(role), org.Id), token);
            Console.WriteLine($"Создан пользователь {user.Email}: {Glossary.Role(result.GetValue(role))}, {org.ShortName}.");
            return 0;
        }, ct));
        var who = new Option<string>("--email") { Description = "Электронная почта пользователя", Required = true };
        var lockCommand = new Command("lock", "Заблокировать пользователя: его сеансы завершаются, API-токены отзываются.") { who };
        lockCommand.SetAction((result, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var owner = await FindUserAsync(services.GetRequiredService<MedkDbContext>(), result.GetValue(who)!, token);
            await services.GetRequiredService<UserAdministration>().LockAsync(owner.Id, token);
            Console.WriteLine($"Пользователь {owner.Email} заблокирован; его сеансы завершены, API-токены отозваны.");
            return 0;
        }, ct));
        var unlockCommand = new Command("unlock", "Снять блокировку (отозванные токены не восстанавливаются).") { who };
        unlockCommand.SetAction((result, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var owner = await FindUserAsync(services.GetRequiredService<MedkDbContext>(), result.GetValue(who)!, token);
            await services.GetRequiredService<UserAdministration>().UnlockAsync(owner.Id, token);
            Console.WriteLine($"Блокировка пользователя {owner.Email} снята.");
            return 0;
        }, ct));
        return new Command("user", "Пользователи") { create, lockCommand, unlockCommand };
    }

    public static Command Token()
    {
        var user = new Option<string>("--user") { Description = "Электронная почта владельца токена", Required = true };
        var name = new Option<string>("--name") { Description = "Название токена", DefaultValueFactory = _ => "medk cli" };
        var days = new Option<int?>("--days") { Description = "Срок действия в днях (без него бессрочно)" };
        var create = new Command("create", "Создать персональный API-токен и напечатать его (показывается один раз).") { user, name, days };
        create.SetAction((result, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var owner = await FindUserAsync(services.GetRequiredService<MedkDbContext>(), result.GetValue(user)!, token);
            DateTimeOffset? expires = result.GetValue(days) is { } d ? DateTimeOffset.UtcNow.AddDays(d) : null;
            var created = await services.GetRequiredService<ApiTokenService>().CreateAsync(owner.Id, result.GetValue(name)!, expires, token);
            Console.WriteLine(created.Secret);
            return 0;
        }, ct));
        return new Command("token", "API-токены") { create };
    }

    private static async Task<MedkUser> FindUserAsync(MedkDbContext db, string email, CancellationToken ct)
    {
        email = email.Trim();
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct)
            ?? throw new CliException($"Пользователь {email} не найден.");
    }

    public static async Task<Core.Platform.Organizations.Organization> FindOrganizationAsync(MedkDbContext db, string key, CancellationToken ct)
    {
        if (int.TryParse(key, out var id))
        {
            return await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct)
                ?? throw new CliException($"Организация № {id} не найдена.");
        }
        var folded = SearchText.Fold(key);
        var candidates = await db.Organizations.AsNoTracking().Where(o => o.SearchText.Contains(folded)).Take(50).ToListAsync(ct);
        var exact = candidates.Where(o => o.IsNamed(key)).ToList();
        return exact.Count switch
        {
            1 => exact[0],
            0 when candidates.Count == 1 => candidates[0],
            0 when candidates.Count == 0 => throw new CliException($"Организация «{key}» не найдена."),
            _ => throw new CliException($"«{key}» подходит к нескольким организациям: " +
                string.Join("; ", (exact.Count > 0 ? exact : candidates).Take(5).Select(o => $"№ {o.Id} {o.ShortName}")) + ". Укажите номер."),
        };
    }
}
