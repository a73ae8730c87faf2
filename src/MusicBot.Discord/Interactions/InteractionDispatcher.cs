using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MusicBot.Core.Observability;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rendering;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Interactions;

/// <summary>
/// Takes <c>INTERACTION_CREATE</c> off the gateway loop (or an interaction off an HTTP request) at once and handles
/// each interaction on its own task, in its own DI scope; only how the first answer travels differs. Handler work (database, providers) runs on a few dedicated threads and is bounded by a semaphore;
/// the acknowledgement timer and HTTP calls are not, so a burst queues the work but never the 3-second deadline.
/// </summary>
public sealed partial class InteractionDispatcher(
    IServiceScopeFactory scopes,
    InteractionResponder responder,
    DiscordApi api,
    AckRegistry acks,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    MusicBotMetrics metrics,
    TimeProvider time,
    ILogger<InteractionDispatcher> logger) : IDisposable
{
    private readonly SemaphoreSlim _work = new(options.Value.MaxConcurrentInteractions);
    private readonly DedicatedThreadScheduler _scheduler = new(options.Value.MaxConcurrentInteractions, "discord-interactions");
    private readonly RecentIds _seen = new(4096);
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);
    private readonly Lock _starting = new();

    /// <summary>Interactions being handled right now (for a graceful drain and for tests).</summary>
    public int InFlight => _running.Count;

    /// <summary>
    /// True once the interaction was taken and its answer is complete: the first answer and every call after it (a
    /// private answer after a public "thinking…" takes three). For tests, which cannot tell that from Discord's side.
    /// </summary>
    public bool HasAnswered(string interactionId)
    {
        lock (_starting)
        {
            return _seen.Contains(interactionId) && !_running.ContainsKey(interactionId);
        }
    }

    /// <summary>An <c>INTERACTION_CREATE</c> from the gateway: answered through the callback endpoint.</summary>
    public void Dispatch(JsonElement data)
    {
        var receivedAt = time.GetTimestamp();
        Interaction? interaction;
        try
        {
            interaction = data.Deserialize(DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException ex)
        {
            LogUnreadable(ex);
            return;
        }

        if (interaction is not null)
        {
            Start(interaction, receivedAt, new CallbackFirstAnswer(api));
        }
    }

    /// <summary>
    /// An interaction that came over HTTP: the same handling, but the first answer is written back to Discord's
    /// request by the caller. False when it was handled already (the same interaction twice).
    /// </summary>
    public bool Dispatch(Interaction interaction, long receivedAt, FirstAnswer firstAnswer)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(firstAnswer);
        return Start(interaction, receivedAt, firstAnswer);
    }

    private bool Start(Interaction interaction, long receivedAt, FirstAnswer firstAnswer)
    {
        lock (_starting)
        {
            if (!_seen.Add(interaction.Id))
            {
                return false;
            }

            // Running from the moment it is seen, so it never looks answered before its handling starts.
            _running[interaction.Id] = Task.CompletedTask;
        }

        var task = HandleAsync(interaction, receivedAt, firstAnswer, lifetime.ApplicationStopping);
        _running[interaction.Id] = task;
        _ = task.ContinueWith(_ => _running.TryRemove(interaction.Id, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return true;
    }

    public void Dispose()
    {
        _work.Dispose();
        _scheduler.Dispose();
    }

    private async Task HandleAsync(Interaction interaction, long receivedAt, FirstAnswer firstAnswer, CancellationToken cancellationToken)
    {
        try
        {
            // Registered before any work starts: the work may queue a song whose notices must wait for this answer.
            acks.Begin(interaction.Id);
            var context = new InteractionContext(interaction, time.GetUtcNow());
            var route = InteractionRouter.Route(context);
            metrics.CommandHandled("discord", route?.Name ?? "unknown");
            var work = route is null
                ? Task.FromResult<InteractionReply>(new InteractionReply.Message(DiscordRenderer.Notice("This command is not known to this bot (yet). Try `/music draft show`."), IsEphemeral: true))
                : route.Defer == DeferKind.None
                    ? RunAsync(route, context, cancellationToken)
                    : Task.Factory.StartNew(() => RunAsync(route, context, cancellationToken), cancellationToken, TaskCreationOptions.DenyChildAttach, _scheduler).Unwrap();
            await responder.RespondAsync(context, route?.Defer ?? DeferKind.None, work, firstAnswer, receivedAt, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: Discord shows the user that the bot did not answer.
        }
        catch (Exception ex)
        {
            LogFailed(ex, interaction.Id);
        }
        finally
        {
            firstAnswer.Abandon();
            acks.Complete(interaction.Id);
        }
    }

    private async Task<InteractionReply> RunAsync(InteractionRoute route, InteractionContext context, CancellationToken cancellationToken)
    {
        // Off the caller's thread at once: the gateway's receive loop must never wait for a database.
        await Task.Yield();

        // A modal must be the first answer, so its (cheap) handler does not queue behind the heavy work.
        var isQueued = route.Defer != DeferKind.None;
        if (isQueued)
        {
            await _work.WaitAsync(cancellationToken);
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = (IInteractionHandler)scope.ServiceProvider.GetRequiredService(route.Handler);
            return await handler.HandleAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(ex, route.Name, context.Interaction.Id);
            return new InteractionReply.Message(DiscordRenderer.Notice("Something went wrong on the bot's side; nothing was charged. Please try again."), IsEphemeral: true);
        }
        finally
        {
            if (isQueued)
            {
                _work.Release();
            }
        }
    }

    [LoggerMessage(EventId = 5311, Level = LogLevel.Warning, Message = "An INTERACTION_CREATE event could not be read")]
    private partial void LogUnreadable(Exception exception);

    [LoggerMessage(EventId = 5312, Level = LogLevel.Error, Message = "Interaction {InteractionId} failed")]
    private partial void LogFailed(Exception exception, string interactionId);

    [LoggerMessage(EventId = 5313, Level = LogLevel.Error, Message = "Handler {Handler} failed for interaction {InteractionId}")]
    private partial void LogHandlerFailed(Exception exception, string handler, string interactionId);
}
