using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot;
using MusicBot.Cli;
using MusicBot.Configuration;
using MusicBot.Core;
using MusicBot.Endpoints;
using MusicBot.Discord;
using MusicBot.Discord.Http;
using MusicBot.Infrastructure;
using MusicBot.Infrastructure.Storage;
using MusicBot.Logging;
using MusicBot.Observability;
using MusicBot.Telegram;
using MusicBot.Terminal;

// Content root next to the binary, so its appsettings.json is read whatever the working directory (systemd, cron).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Logging.AddMusicBotLogging(builder.Configuration, args);
builder.WebHost.UseUrls(builder.Configuration.GetSection(HttpOptions.SectionName).Get<HttpOptions>()?.Urls ?? new HttpOptions().Urls);
builder.Services.AddHostConfiguration();
builder.Services
    .AddMusicBotCore()
    .AddMusicBotInfrastructure()
    .AddTelegramAdapter(builder.Configuration)
    .AddProviderCallbacks(builder.Configuration)
    .AddDiscordAdapter(builder.Configuration)
    .AddTerminalChat(builder.Configuration)
    .AddOperations(builder.Configuration)
    .AddHostedService<StartupBanner>();

await using var app = builder.Build();
if (AdminCli.IsCommand(args))
{
    return await AdminCli.RunAsync(app.Services, args);
}

app.MapProviderCallbacks();
try
{
    // Every ValidateOnStart check, before anything touches the disk.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    app.MapOperationsEndpoints();
    await app.Services.GetRequiredService<IStoreMigrator>().MigrateAsync(null, CancellationToken.None);
    app.MapTelegramWebhook();
    app.MapDiscordInteractions();
    await app.RunAsync();
    // An adapter that stops the bot for good (a rejected token) does so through FatalStop, which sets the exit code.
    return Environment.ExitCode;
}
catch (Exception ex) when (ConfigurationProblems.From(ex) is { Count: > 0 } problems)
{
    // Every configuration problem at once, without a stack trace: this is the operator's to fix, not a bug.
    await Console.Error.WriteLineAsync($"MusicBot cannot start; fix the configuration:\n  - {string.Join("\n  - ", problems)}");
    return 1;
}
catch (Exception ex) when (StartupFailures.Explain(ex, app.Services) is { } advice)
{
    await Console.Error.WriteLineAsync($"MusicBot cannot start: {advice}");
    return 1;
}
