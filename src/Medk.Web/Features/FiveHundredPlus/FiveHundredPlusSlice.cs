using Medk.Web.Features.FiveHundredPlus.Concepts;
using Medk.Web.Features.FiveHundredPlus.Curator;
using Medk.Web.Features.FiveHundredPlus.Cycles;
using Medk.Web.Features.FiveHundredPlus.Events;
using Medk.Web.Features.FiveHundredPlus.Practices;
using Medk.Web.Features.FiveHundredPlus.Risks;
using Medk.Web.Features.FiveHundredPlus.Surveys;
using Medk.Web.Features.Platform.Files;

namespace Medk.Web.Features.FiveHundredPlus;

/// <summary>
/// The «500+» project year of a region: cycles, risk profiles, surveys, concept documents, stage outcomes, events,
/// curators' work, the best-practice bank and the analytical report.
/// </summary>
public static class FiveHundredPlusSlice
{
    public static IServiceCollection AddFiveHundredPlus(this IServiceCollection services) => services
        .AddScoped<CycleService>()
        .AddScoped<RiskProfileService>()
        .AddScoped<SurveyService>()
        .AddScoped<ConceptService>()
        .AddScoped<AnalyticalReportService>()
        .AddScoped<PracticeService>()
        .AddScoped<CuratorService>()
        .AddScoped<EventService>()
        .AddFileOwner<Core.FiveHundredPlus.Concepts.ConceptDocument, ConceptService>((s, id, ct) => s.EnsureDocumentVisibleAsync(id, ct))
        .AddFileOwner<Core.FiveHundredPlus.Curators.CuratorVisit, CuratorService>((s, id, ct) => s.EnsureVisitVisibleAsync(id, ct))
        .AddFileOwner<Core.FiveHundredPlus.Curators.CuratorReport, CuratorService>((s, id, ct) => s.EnsureReportVisibleAsync(id, ct))
        .AddFileOwner<Core.FiveHundredPlus.Practices.Practice, PracticeService>((s, id, ct) => s.EnsurePracticeVisibleAsync(id, ct));

    public static RouteGroupBuilder MapFiveHundredPlusApi(this RouteGroupBuilder api) => api
        .MapCyclesApi()
        .MapRiskProfilesApi()
        .MapSurveysApi()
        .MapConceptsApi()
        .MapPracticesApi()
        .MapCuratorApi()
        .MapEventsApi();
}
