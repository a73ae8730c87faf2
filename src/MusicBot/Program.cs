using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot;
using MusicBot.Configuration;
using MusicBot.Core;
using MusicBot.Discord;
using MusicBot.Infrastructure;
using MusicBot.Infrastructure.Sqlite;
using MusicBot.Terminal;

// Microsoft.Data.Sqlite.Core ships no native SQLite: choose the bundled e_sqlite3 explicitly, once.
SQLitePCL.Batteries_V2.Init();

var builder = WebApplication.CreateBuilder(args);
// Logs go to stderr so the terminal chat owns stdout.
builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
builder.WebHost.UseUrls(builder.Configuration.GetSection(HttpOptions.SectionName).Get<HttpOptions>()?.Urls ?? new HttpOptions().Urls);
builder.Services.AddHostConfiguration();
builder.Services
    .AddMusicBotCore()
    .AddMusicBotInfrastructure()
    .AddDiscordAdapter(builder.Configuration)
    .AddTerminalChat(builder.Configuration)
    .AddHostedService<StartupBanner>();

await using var app = builder.Build();
try
{
    // Every ValidateOnStart check, before anything touches the disk.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    await app.RunAsync();
    // An adapter that stops the bot for good (a rejected Discord token) sets a non-zero exit code first.
    return Environment.ExitCode;
}
catch (Exception ex) when (ConfigurationProblems.From(ex) is { Count: > 0 } problems)
{
    // Every configuration problem at once, without a stack trace: this is the operator's to fix, not a bug.
    await Console.Error.WriteLineAsync($"MusicBot cannot start; fix the configuration:\n  - {string.Join("\n  - ", problems)}");
    return 1;
}
