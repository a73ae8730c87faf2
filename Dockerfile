# syntax=docker/dockerfile:1
# Multi-stage build: restore layer cached on project files only, tests gate the image, runtime as non-root.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY MusicBot.sln global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MusicBot.Core/MusicBot.Core.csproj src/MusicBot.Core/
COPY src/MusicBot.Infrastructure/MusicBot.Infrastructure.csproj src/MusicBot.Infrastructure/
COPY src/MusicBot/MusicBot.csproj src/MusicBot/
COPY src/MusicBot.Discord/MusicBot.Discord.csproj src/MusicBot.Discord/
COPY tests/Directory.Build.props tests/
COPY tests/MusicBot.Testing/MusicBot.Testing.csproj tests/MusicBot.Testing/
COPY tests/MusicBot.Core.Tests/MusicBot.Core.Tests.csproj tests/MusicBot.Core.Tests/
COPY tests/MusicBot.Infrastructure.Tests/MusicBot.Infrastructure.Tests.csproj tests/MusicBot.Infrastructure.Tests/
COPY tests/MusicBot.Tests/MusicBot.Tests.csproj tests/MusicBot.Tests/
COPY tests/MusicBot.Emulators.Discord/MusicBot.Emulators.Discord.csproj tests/MusicBot.Emulators.Discord/
COPY tests/MusicBot.Discord.Tests/MusicBot.Discord.Tests.csproj tests/MusicBot.Discord.Tests/
RUN dotnet restore MusicBot.sln
COPY src/ src/
COPY tests/ tests/

FROM build AS test
RUN dotnet test MusicBot.sln --no-restore

FROM build AS publish
RUN dotnet publish src/MusicBot/MusicBot.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=publish /app ./
RUN mkdir -p /data && chown app:app /data
USER app
ENV MusicBot__DataDirectory=/data \
    DOTNET_ENVIRONMENT=Production
VOLUME ["/data"]
ENTRYPOINT ["dotnet", "musicbot.dll"]
