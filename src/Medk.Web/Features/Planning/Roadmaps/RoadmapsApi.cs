using Medk.Core.Planning.Roadmaps;
using Medk.Core.Platform.Organizations;
using Medk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Medk.Web.Features.Planning.Roadmaps;

public static class RoadmapsApi
{
    public static RouteGroupBuilder MapRoadmapsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/roadmaps").WithTags("Дорожные карты");

        group.MapGet("/", async (string? search, OrganizationLevel? level, int? ownerId, int? year, RoadmapStatus? status, int? page, int? pageSize,
                RoadmapService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ListAsync(new RoadmapFilter(search, level, ownerId, year, status, page, pageSize), ct)))
            .WithSummary("Дорожные карты, видимые пользователю: своей территории и вышестоящих организаций");

        group.MapGet("/{id:int}", async Task<Ok<RoadmapView>> (int id, RoadmapService service, CancellationToken ct) =>
                TypedResults.Ok(await service.GetAsync(id, ct)))
            .WithSummary("Одна дорожная карта (без пунктов)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<RoadmapView>> (RoadmapInput input, RoadmapService service, CancellationToken ct) =>
            {
                var created = await service.CreateAsync(input, ct);
                return TypedResults.Created($"/api/roadmaps/{created.Id}", created);
            })
            .WithSummary("Создать дорожную карту (черновик)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);

        group.MapPut("/{id:int}", async Task<Ok<RoadmapView>> (int id, RoadmapInput input, RoadmapService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .WithSummary("Изменить название, период и утверждающий документ. Поле version обязательно: при конфликте ответ 409.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        group.MapPost("/{id:int}/transitions", async Task<Ok<RoadmapView>> (int id, TransitionInput input, RoadmapService service, CancellationToken ct) =>
                TypedResults.Ok(await service.TransitionAsync(id, input, ct)))
            .WithSummary("Сменить статус: Approve (утвердить), Start (начать исполнение), Complete (завершить), ReturnToDraft")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        group.MapDelete("/{id:int}", async Task<NoContent> (int id, RoadmapService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Удалить черновик")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/export", async (int id, string? format, RoadmapExport export, CancellationToken ct) =>
            {
                var file = await export.ExportAsync(id, format, ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .WithSummary("Выгрузить дорожную карту: format = docx (по умолчанию) или xlsx, в колонках исходного документа")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/revisions", async Task<Ok<IReadOnlyList<RevisionView>>> (int id, RoadmapService service, CancellationToken ct) =>
                TypedResults.Ok(await service.RevisionsAsync(id, ct)))
            .WithSummary("История корректировок утверждённой дорожной карты: что, кем и когда изменено")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/parties", async Task<Ok<IReadOnlyList<PartyView>>> (int id, PartyService parties, CancellationToken ct) =>
                TypedResults.Ok(await parties.ListAsync(id, ct)))
            .WithSummary("Ответственные, как они записаны, с числом пунктов и связью со справочником (несвязанные первыми)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/parties", async Task<Ok<int>> (int id, LinkPartyInput input, PartyService parties, CancellationToken ct) =>
                TypedResults.Ok(await parties.LinkAsync(id, input, ct)))
            .WithSummary("Связать запись ответственного (name) с организацией или человеком во всех пунктах; rememberAlias добавляет запись в сокращения организации")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        var items = group.MapGroup("/{id:int}/items").WithTags("Пункты дорожных карт");

        items.MapGet("/", async Task<Ok<IReadOnlyList<ItemView>>> (int id, RoadmapService service, CancellationToken ct) =>
                TypedResults.Ok(await service.ItemsAsync(id, ct)))
            .WithSummary("Пункты в порядке документа, с глубиной вложенности")
            .ProducesProblem(StatusCodes.Status404NotFound);

        items.MapPost("/", async Task<Created<ItemView>> (int id, ItemInput input, RoadmapService service, CancellationToken ct) =>
            {
                var created = await service.AddItemAsync(id, input, ct);
                return TypedResults.Created($"/api/roadmaps/{id}/items/{created.Id}", created);
            })
            .WithSummary("Добавить пункт последним среди детей parentId (или верхнего уровня)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        items.MapPut("/{itemId:int}", async Task<Ok<ItemView>> (int id, int itemId, ItemInput input, RoadmapService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateItemAsync(id, itemId, input, ct)))
            .WithSummary("Изменить пункт. Поле version обязательно: при конфликте ответ 409.")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        items.MapDelete("/{itemId:int}", async Task<NoContent> (int id, int itemId, RoadmapService service, CancellationToken ct) =>
            {
                await service.DeleteItemAsync(id, itemId, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Удалить пункт вместе с вложенными")
            .ProducesProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        items.MapPost("/{itemId:int}/move", async Task<NoContent> (int id, int itemId, MoveInput input, RoadmapService service, CancellationToken ct) =>
            {
                await service.MoveItemAsync(id, itemId, input, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Переместить пункт: direction = up | down, или parentId (null — на верхний уровень)")
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        return api;
    }
}
