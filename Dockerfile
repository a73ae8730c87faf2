# syntax=docker/dockerfile:1
# Multi-stage build: the restore layer is keyed on the solution, props and project files only, so a source change
# does not re-download packages; the test stage gates the image; the runtime runs as the non-root `app` user.
# Every *.csproj in the repository must be copied before the restore (tests/MusicBot.Tests/DockerfileTests.cs checks).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY MusicBot.sln global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MusicBot.Core/MusicBot.Core.csproj src/MusicBot.Core/
COPY src/MusicBot.Infrastructure/MusicBot.Infrastructure.csproj src/MusicBot.Infrastructure/
COPY src/MusicBot/MusicBot.csproj src/MusicBot/
COPY src/MusicBot.Telegram/MusicBot.Telegram.csproj src/MusicBot.Telegram/
COPY src/MusicBot.Discord/MusicBot.Discord.csproj src/MusicBot.Discord/
COPY src/MusicBot.Messages/MusicBot.Messages.csproj src/MusicBot.Messages/
COPY src/MusicBot.Localization/MusicBot.Localization.csproj src/MusicBot.Localization/
COPY tests/Directory.Build.props tests/
COPY tests/MusicBot.Testing/MusicBot.Testing.csproj tests/MusicBot.Testing/
COPY tests/MusicBot.Core.Tests/MusicBot.Core.Tests.csproj tests/MusicBot.Core.Tests/
COPY tests/MusicBot.Messages.Tests/MusicBot.Messages.Tests.csproj tests/MusicBot.Messages.Tests/
COPY tests/MusicBot.Infrastructure.Tests/MusicBot.Infrastructure.Tests.csproj tests/MusicBot.Infrastructure.Tests/
COPY tests/MusicBot.Tests/MusicBot.Tests.csproj tests/MusicBot.Tests/
COPY tests/MusicBot.Emulators.Music/MusicBot.Emulators.Music.csproj tests/MusicBot.Emulators.Music/
COPY tests/MusicBot.Telegram.Tests/MusicBot.Telegram.Tests.csproj tests/MusicBot.Telegram.Tests/
COPY tests/MusicBot.Emulators.Telegram/MusicBot.Emulators.Telegram.csproj tests/MusicBot.Emulators.Telegram/
COPY bench/MusicBot.Bench/MusicBot.Bench.csproj bench/MusicBot.Bench/
COPY bench/MusicBot.Bench.Discord/MusicBot.Bench.Discord.csproj bench/MusicBot.Bench.Discord/
COPY bench/MusicBot.Bench.Store/MusicBot.Bench.Store.csproj bench/MusicBot.Bench.Store/
COPY tests/MusicBot.Emulators.Discord/MusicBot.Emulators.Discord.csproj tests/MusicBot.Emulators.Discord/
COPY tests/MusicBot.Discord.Tests/MusicBot.Discord.Tests.csproj tests/MusicBot.Discord.Tests/
COPY tests/MusicBot.Localization.Tests/MusicBot.Localization.Tests.csproj tests/MusicBot.Localization.Tests/
RUN dotnet restore MusicBot.sln
COPY src/ src/
COPY tests/ tests/
COPY bench/ bench/
# The host tests read these (check-config against the sample, this file's own consistency, the deploy recipes).
COPY Dockerfile .dockerignore appsettings.sample.json ./
COPY deploy/ deploy/

FROM build AS test
# ffmpeg here too, so the MP3 tests run in the image build instead of skipping.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg \
    && rm -rf /var/lib/apt/lists/*
RUN dotnet test MusicBot.sln --no-restore

# Built on the test stage, so a red test fails the image (BuildKit skips stages the target does not depend on).
FROM test AS publish
RUN dotnet publish src/MusicBot/MusicBot.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# ffmpeg (with libmp3lame) makes the offline provider's takes MP3, which Telegram's music player and Discord's inline
# player play; the bot checks it at start-up and delivers WAV without it.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ffmpeg \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=publish /app ./
RUN mkdir -p /data && chown app:app /data
USER app
# In a container: listen on every interface, keep data on the volume, and never start the terminal chat (a
# container has no console; an ended stdin would stop the bot).
ENV MusicBot__DataDirectory=/data \
    MusicBot__Http__Urls=http://0.0.0.0:8080 \
    MusicBot__Terminal__Enabled=false \
    DOTNET_ENVIRONMENT=Production
VOLUME ["/data"]
EXPOSE 8080
# The ASP.NET image has no curl: the bot's own CLI asks /healthz on the configured address.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "musicbot.dll", "health"]
ENTRYPOINT ["dotnet", "musicbot.dll"]
