using Medk.Web.Features.Monitoring.Dashboard;
using Medk.Web.Features.Platform.Files;
using Medk.Web.Features.Monitoring.Reports;
using Medk.Web.Features.Monitoring.Reviews;

namespace Medk.Web.Features.Monitoring;

/// <summary>Monitoring: checkpoints and progress reports with evidence, confirmation, dashboards, status reports, expert review.</summary>
public static class MonitoringSlice
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services) => services
        .AddScoped<ReportService>()
        .AddScoped<StatusReportService>()
        .AddScoped<DashboardService>()
        .AddScoped<ReviewService>()
        .AddFileOwner<Core.Monitoring.Reporting.ProgressReport, ReportService>((s, id, ct) => s.EnsureReportVisibleAsync(id, ct));

    public static RouteGroupBuilder MapMonitoringApi(this RouteGroupBuilder api) => api
        .MapReportsApi()
        .MapStatusReportApi()
        .MapDashboardApi()
        .MapReviewsApi();
}
