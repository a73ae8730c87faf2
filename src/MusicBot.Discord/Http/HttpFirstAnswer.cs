using System.Text.Json;
using MusicBot.Discord.Interactions;
using MusicBot.Discord.Json;
using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Http;

/// <summary>
/// An interaction that came over HTTP: the answer to Discord's POST is the first answer (reference A4.1, A8), JSON
/// with 200. A first answer carrying files goes through the callback endpoint instead, and the POST gets 202, as
/// the docs allow; nothing the bot sends first has files today, but the path stays whole.
/// </summary>
public sealed class HttpFirstAnswer(DiscordApi api) : FirstAnswer
{
    private readonly TaskCompletionSource<HttpAnswer?> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>What to write back to Discord; null when the interaction ended without an answer.</summary>
    public Task<HttpAnswer?> Answer => _answer.Task;

    public override async Task<DiscordRestResult> SendAsync(Interaction interaction, InteractionResponse response, IReadOnlyList<DiscordFile>? files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (files is { Count: > 0 })
        {
            var result = await api.RespondAsync(interaction.Id, interaction.Token, response, files, cancellationToken);
            _answer.TrySetResult(result.IsSuccess ? HttpAnswer.Accepted : null);
            return result;
        }

        _answer.TrySetResult(new HttpAnswer(200, JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse)));
        return await _written.Task.WaitAsync(cancellationToken)
            ? new DiscordRestResult(200, null, null, null)
            : DiscordRestResult.NetworkFailure("Discord's request ended before the answer was written");
    }

    public override void Abandon() => _answer.TrySetResult(null);

    /// <summary>The endpoint wrote the answer (or could not): the deferred work may now edit the original response.</summary>
    public void Written(bool isWritten) => _written.TrySetResult(isWritten);
}

/// <summary>The HTTP answer to Discord's POST: 200 with an interaction response, or 202 when the callback was used.</summary>
public sealed record HttpAnswer(int Status, byte[]? Json)
{
    public static HttpAnswer Accepted { get; } = new(202, null);
}
