using Medk.Web.Features.Planning.Imports;
using Medk.Web.Features.Planning.Roadmaps;

namespace Medk.Web.Features.Planning;

/// <summary>Planning: roadmaps and their items, import and export of the orders, responsible parties, the timeline.</summary>
public static class PlanningSlice
{
    public static IServiceCollection AddPlanning(this IServiceCollection services) => services
        .AddScoped<RoadmapService>()
        .AddScoped<ImportService>()
        .AddScoped<RoadmapExport>()
        .AddScoped<PartyService>()
        .AddScoped<CascadeService>();

    public static RouteGroupBuilder MapPlanningApi(this RouteGroupBuilder api) => api
        .MapRoadmapsApi()
        .MapTimelineApi()
        .MapImportsApi();
}
