using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Commands;

/// <summary>
/// Registers the commands by bulk overwrite once per process, after the first READY names the application: in each
/// configured guild (instant) or globally. The operation subcommands offered are those some available provider
/// supports, as the provider directory says at that moment. A refusal is logged with Discord's explanation; the bot keeps running, since
/// commands registered earlier still work.
/// </summary>
public sealed partial class CommandRegistrar(
    DiscordApi api,
    CommandDefinitions definitions,
    IServiceScopeFactory scopes,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<CommandRegistrar> logger)
{
    private int _started;

    /// <summary>Completes when the registration has run (successfully or not); for tests and the standalone check.</summary>
    public Task Completion => _completion.Task;

    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void OnReady(string applicationId)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = RegisterAsync(applicationId, lifetime.ApplicationStopping);
        }
    }

    private async Task RegisterAsync(string applicationId, CancellationToken cancellationToken)
    {
        try
        {
            var offered = OfferedOperations();
            var guilds = options.Value.GuildIds;
            if (guilds.Count == 0)
            {
                await RegisterAsync(applicationId, null, offered, cancellationToken);
            }

            foreach (var guild in guilds)
            {
                await RegisterAsync(applicationId, guild, offered, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down before the commands were registered; the next start registers them.
        }
        finally
        {
            _completion.TrySetResult();
        }
    }

    /// <summary>The directory is scoped (remote providers are typed HTTP clients), so it is read in a scope of its own.</summary>
    private HashSet<OperationKind> OfferedOperations()
    {
        using var scope = scopes.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<ProviderDirectory>();
        return [.. directory.Available.SelectMany(directory.OperationsOf)];
    }

    private async Task RegisterAsync(string applicationId, string? guildId, IReadOnlyCollection<OperationKind> offered, CancellationToken cancellationToken)
    {
        var commands = definitions.All(isGuild: guildId is not null, offered);
        var result = await api.OverwriteCommandsAsync(applicationId, guildId, commands, cancellationToken);
        var where = guildId is null ? "globally" : $"in guild {guildId}";
        if (result.IsSuccess)
        {
            LogRegistered(commands.Count, where);
        }
        else
        {
            LogRefused(where, result.Describe(), result.Body?.GetRawText() ?? "");
        }
    }

    [LoggerMessage(EventId = 5401, Level = LogLevel.Information, Message = "Registered {Count} Discord commands {Where}")]
    private partial void LogRegistered(int count, string where);

    [LoggerMessage(EventId = 5402, Level = LogLevel.Error, Message = "Discord refused the commands {Where}: {Result} {Details}")]
    private partial void LogRefused(string where, string result, string details);
}
