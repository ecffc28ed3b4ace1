using Medk.Web.Features.Platform.Audit;
using Medk.Web.Features.Platform.Files;
using Medk.Web.Features.Platform.Notifications;
using Medk.Web.Features.Platform.Organizations;
using Medk.Web.Features.Platform.Tokens;
using Medk.Web.Features.Platform.Users;

namespace Medk.Web.Features.Platform;

/// <summary>The platform: accounts, the audit journal, the directory of organizations, people and their roles, API tokens, stored files.</summary>
public static class PlatformSlice
{
    public static IServiceCollection AddPlatform(this IServiceCollection services) => services
        .AddScoped<OrganizationService>()
        .AddScoped<UserService>()
        .AddScoped<FileService>()
        .AddScoped<AuditService>()
        .AddNotifications();

    public static RouteGroupBuilder MapPlatformApi(this RouteGroupBuilder api) => api
        .MapOrganizationsApi()
        .MapUsersApi()
        .MapTokensApi()
        .MapFilesApi()
        .MapNotificationsApi()
        .MapAuditApi();
}
