using Medk.Core.Platform.Organizations;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Platform.Organizations;

public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Организации");

        group.MapGet("/", async (string? search, OrganizationLevel? level, int? parentId, int? page, int? pageSize,
                OrganizationService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ListAsync(new OrganizationFilter(search, level, parentId, page, pageSize), ct)))
            .WithSummary("Организации, видимые пользователю: поиск по названиям и сокращениям, фильтр по уровню и родителю. Без фильтров: верх дерева.");

        group.MapGet("/{id:int}", async Task<Ok<OrganizationView>> (int id, OrganizationService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("Одна организация")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<OrganizationView>> (OrganizationInput input, OrganizationService service, CancellationToken ct) =>
            {
                var created = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/organizations/{created.Id}", created);
            })
            .WithSummary("Добавить организацию в дерево (в пределах своей территории)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        group.MapPut("/{id:int}", async Task<Ok<OrganizationView>> (int id, OrganizationInput input, OrganizationService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .WithSummary("Изменить названия, сокращения и код. Поле version обязательно: при конфликте ответ 409.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        return api;
    }
}
