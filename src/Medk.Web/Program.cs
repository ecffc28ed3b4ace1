using Medk.Data.Persistence;
using Medk.Web.Features.Platform.Health;
using Medk.Web.Infrastructure;

// Medk: roadmaps of targeted methodical help to schools («500+»), planned and monitored at every level.
var builder = WebApplication.CreateBuilder(args);
builder.ListenOnDefaultAddressUnlessConfigured();                                        // http://localhost:5000 unless ASPNETCORE_URLS, --urls, …

builder.Services.AddMedkData(builder.Configuration, builder.Environment.ContentRootPath); // SQLite or PostgreSQL, Identity stores
builder.Services.AddMedkAuthentication(builder.Configuration);                          // cookies, API tokens, shared keys, single sign-on
builder.Services.AddMedkWeb(builder.Configuration);                                      // pages, API, OpenAPI, problem details
builder.Services.AddMedkFeatures();                                                      // the capabilities in Features/

var app = builder.Build();

try
{
    await app.PrepareDatabaseAsync(); // migrate; in demo mode fill an empty database
}
catch (DatabaseConfigurationException e)
{
    Console.Error.WriteLine("Medk не запущен: " + e.Message);
    return 1;
}

app.UseMedkPipeline();
app.MapHealth();
app.MapMedkApi();
app.MapMedkPages();

await app.RunAsync();
return 0;

public partial class Program;
