using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Platform.Notifications;

public sealed record UnreadCount(int Unread);

public sealed record CalendarAddress(string? CalendarUrl);

public static class NotificationsApi
{
    public static RouteGroupBuilder MapNotificationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Уведомления");

        group.MapGet("/", async Task<Ok<NotificationList>> (bool? unreadOnly, int? page, int? pageSize, NotificationService notifications, CancellationToken ct) =>
                TypedResults.Ok(await notifications.ListAsync(unreadOnly ?? false, page, pageSize, ct)))
            .WithSummary("Мои уведомления, новые первыми, и число непрочитанных (unreadOnly=true — только непрочитанные)");

        group.MapGet("/unread-count", async Task<Ok<UnreadCount>> (NotificationService notifications, CancellationToken ct) =>
                TypedResults.Ok(new UnreadCount(await notifications.UnreadCountAsync(ct))))
            .WithSummary("Число непрочитанных уведомлений (то, что показывает колокольчик)");

        group.MapPost("/{id:long}/read", async Task<NoContent> (long id, NotificationService notifications, CancellationToken ct) =>
            {
                await notifications.MarkReadAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Отметить уведомление прочитанным")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/read-all", async Task<Ok<UnreadCount>> (NotificationService notifications, CancellationToken ct) =>
            {
                await notifications.MarkAllReadAsync(ct);
                return TypedResults.Ok(new UnreadCount(0));
            })
            .WithSummary("Отметить все уведомления прочитанными");

        group.MapGet("/settings", async Task<Ok<SettingsView>> (SettingsService settings, CancellationToken ct) =>
                TypedResults.Ok(await settings.GetAsync(ct)))
            .WithSummary("Мои настройки: какие уведомления приходят по почте, за сколько дней напоминать о сроке, часовой пояс");

        group.MapPut("/settings", async Task<Ok<SettingsView>> (SettingsInput input, SettingsService settings, CancellationToken ct) =>
                TypedResults.Ok(await settings.SaveAsync(input, ct)))
            .WithSummary("Сохранить настройки: mailOff — виды, которые не присылать письмом; reminderDays — из 7, 3, 1; timeZone — IANA, например Asia/Irkutsk")
            .ProducesValidationProblem();

        group.MapPost("/calendar", async Task<Ok<CalendarAddress>> (CalendarFeed calendar, CancellationToken ct) =>
                TypedResults.Ok(new CalendarAddress(await calendar.RenewAsync(ct))))
            .WithSummary("Создать или сменить секретный адрес моего календаря (iCalendar); прежний адрес перестаёт работать");

        group.MapDelete("/calendar", async Task<NoContent> (CalendarFeed calendar, CancellationToken ct) =>
            {
                await calendar.RevokeAsync(ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Отозвать адрес моего календаря");

        // Calendar programs cannot log in: the secret in the address is the key.
        var feeds = api.MapGroup("/calendar").WithTags("Календарь").AllowAnonymous();
        feeds.MapGet("/{token}.ics", async Task<Results<FileContentHttpResult, NotFound>> (string token, CalendarFeed calendar, CancellationToken ct) =>
                await calendar.PersonalAsync(token, ct) is { } ics ? Ics(ics, "medk.ics") : TypedResults.NotFound())
            .WithSummary("Мой календарь (iCalendar): контрольные точки, которые я исполняю или подтверждаю, и мероприятия")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
        feeds.MapGet("/{token}/roadmaps/{id:int}.ics", async Task<Results<FileContentHttpResult, NotFound>> (string token, int id, CalendarFeed calendar, CancellationToken ct) =>
                await calendar.RoadmapAsync(token, id, ct) is { } ics ? Ics(ics, $"roadmap-{id}.ics") : TypedResults.NotFound())
            .WithSummary("Календарь дорожной карты (iCalendar) для того, кому она видна")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");

        return api;
    }

    private static FileContentHttpResult Ics(string ics, string name) =>
        TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", name);
}
