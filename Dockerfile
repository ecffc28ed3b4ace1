# Medk: the web app and the `medk` command in one image (decision 027).
#   docker build -t medk .
# Build stage: the .NET SDK publishes both projects into one folder (medk reads the web app's appsettings.json).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/Medk.Web/Medk.Web.csproj -c Release -o /app \
 && dotnet publish src/Medk.Cli/Medk.Cli.csproj -c Release -o /app \
 && rm -rf /app/data

# Runtime stage: ASP.NET Core runtime only, an unprivileged user, configuration by environment variables.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl for the health check only.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
COPY deploy/entrypoint.sh /usr/local/bin/medk-entrypoint
# A writable folder for an embedded SQLite database or a FileSystem file store, when someone chooses them.
RUN chmod 755 /usr/local/bin/medk-entrypoint && mkdir -p /app/data && chown app:app /app/data
ENV ASPNETCORE_URLS=http://+:8080 \
    MEDK_CONTENT_ROOT=/app \
    Medk__Demo=false \
    DOTNET_NOLOGO=1
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/health || exit 1
# No arguments: the web app. Arguments: a `medk` command (init, organizations import, user create, migrate, …).
ENTRYPOINT ["/usr/local/bin/medk-entrypoint"]
