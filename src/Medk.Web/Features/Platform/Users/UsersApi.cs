using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Platform.Users;

public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Пользователи");

        group.MapGet("/me", async Task<Ok<UserView>> (CurrentUser current, UserService service, Notifications.CalendarFeed calendar, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(current.RequiredId, ct) with { CalendarUrl = await calendar.MyUrlAsync(ct) }))
            .WithSummary("Я: роли и закреплённые школы");

        group.MapGet("/", async (string? search, int? page, int? pageSize, UserService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ListAsync(search, page, pageSize, ct)))
            .WithSummary("Пользователи с ролями на территории вызывающего (администратору: все)");

        group.MapGet("/{id:guid}", async Task<Ok<UserView>> (Guid id, UserService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("Один пользователь")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<UserView>> (NewUserInput input, UserService service, CancellationToken ct) =>
            {
                var created = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/users/{created.Id}", created);
            })
            .WithSummary("Создать учётную запись с ролью в организации (администратор)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        group.MapPost("/{id:guid}/roles", async Task<Ok<UserView>> (Guid id, GrantInput input, UserService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GrantAsync(id, input, ct)))
            .WithSummary("Выдать роль в организации (администратор)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/schools", async Task<Ok<UserView>> (Guid id, SchoolInput input, UserService service, CancellationToken ct) =>
                TypedResults.Ok(await service.AssignSchoolAsync(id, input, ct)))
            .WithSummary("Закрепить школу за куратором (координатор территории школы)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        return api;
    }
}
