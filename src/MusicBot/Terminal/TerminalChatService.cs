using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Chat;
using MusicBot.Core.Conversations;
using MusicBot.Core.Delivery;
using MusicBot.Core.Generation;
using MusicBot.Messages;

namespace MusicBot.Terminal;

/// <summary>
/// The terminal chat: reads commands line by line (typed, or piped in), hands each to Core in its own DI scope and
/// prints the reply. After a bare <c>/lyrics</c> it gathers lines until a lone dot. When input ends it waits for
/// the terminal user's unfinished songs and unsent notices, then stops the bot.
/// </summary>
public sealed partial class TerminalChatService(
    IServiceScopeFactory scopes,
    TerminalIO io,
    IHostApplicationLifetime lifetime,
    IOptions<TerminalOptions> options,
    TimeProvider time,
    ILogger<TerminalChatService> logger) : BackgroundService
{
    private static readonly TimeSpan DrainCheckInterval = TimeSpan.FromMilliseconds(200);

    private readonly string _runId = time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
    private int _messageCount;

    public static ConversationScope Scope { get; } = new(Platforms.Console, "local");

    public static DeliveryTarget Target { get; } = new(Platforms.Console, "terminal");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        io.Write("MusicBot terminal chat. /help lists the commands; end input (Ctrl-D) to quit.");
        string? pending = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var line = pending ?? await ReadLineAsync(stoppingToken);
            pending = null;
            if (line is null)
            {
                break;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (reply, awaitsInput) = await HandleAsync(line, stoppingToken);
            io.Write(reply);
            if (awaitsInput)
            {
                (var text, pending) = await ReadBlockAsync(stoppingToken);
                if (text.Length > 0)
                {
                    io.Write((await HandleAsync(text, stoppingToken)).Text);
                }
            }
        }

        await DrainAsync(stoppingToken);
        lifetime.StopApplication();
    }

    /// <summary>The reply as terminal text, and whether it asked for the next lines as a field's value.</summary>
    private async Task<(string Text, bool AwaitsInput)> HandleAsync(string text, CancellationToken cancellationToken)
    {
        // The terminal's one user runs the bot, so they administer its scope.
        var message = new ChatMessage(
            new Invoker(new UserRef(Scope, options.Value.UserName), IsAdmin: true),
            Target,
            text,
            $"{_runId}-{Interlocked.Increment(ref _messageCount)}");
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var reply = await scope.ServiceProvider.GetRequiredService<ChatCommandRouter>().HandleTextAsync(message, cancellationToken);

            // Resolved after the command, so the answer to /language speaks the language now in force.
            var language = await scope.ServiceProvider.GetRequiredService<UserLanguages>()
                .ResolveAsync(message.Invoker.User, cancellationToken, TerminalLanguage.Hint(options.Value.Language, Environment.GetEnvironmentVariable("LANG")));
            var words = scope.ServiceProvider.GetRequiredService<MessageCatalogs>().Phrases(language, TextCommandSyntax.Instance);
            return (TerminalRenderer.Render(reply, words), reply is AwaitingInputReply);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogHandleFailed(ex);
            return ("Something went wrong on our side; nothing was charged. Please try again.", false);
        }
    }

    /// <summary>Lines up to a lone dot; a line starting with a slash ends the block too and is handed back as the next command.</summary>
    private async Task<(string Text, string? Next)> ReadBlockAsync(CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        while (await ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Trim() == ".")
            {
                return (string.Join('\n', lines).Trim(), null);
            }

            if (line.StartsWith('/'))
            {
                return (string.Join('\n', lines).Trim(), line);
            }

            lines.Add(line);
        }

        return (string.Join('\n', lines).Trim(), null);
    }

    /// <summary>The next input line, or null at its end; input that cannot be read (a descriptor opened for writing only) ends it too.</summary>
    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await io.ReadLineAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The operator's setup, not a bug: say so in one line, without a stack trace, and end the chat as at EOF.
            LogInputUnreadable(ex.InnerException?.Message ?? ex.Message);
            return null;
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                var unfinished = await scope.ServiceProvider.GetRequiredService<IGenerationTaskRepository>().CountUnfinishedAsync(Platforms.Console, cancellationToken);
                var unsent = await scope.ServiceProvider.GetRequiredService<IDeliveryOutbox>().CountPendingAsync(Platforms.Console, cancellationToken);
                if (unsent == 0 && unfinished == 0)
                {
                    return;
                }
            }

            await Task.Delay(DrainCheckInterval, time, cancellationToken);
        }
    }

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Terminal input cannot be read ({Reason}); the chat ends as at end of input")]
    private partial void LogInputUnreadable(string reason);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Error, Message = "Terminal command failed")]
    private partial void LogHandleFailed(Exception exception);
}
