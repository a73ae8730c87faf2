using System.Diagnostics;
using System.Text.Json.Nodes;
using MusicBot.Emulators.Discord.Scripting;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Emulators.Discord;

/// <summary>Acting as Discord users: slash commands, button clicks, modal submits, uploads; and waiting for what the bot does.</summary>
public sealed partial class DiscordEmulator
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    /// <summary>Runs <c>/music draft set</c> (etc.) as <paramref name="user"/>, built from the bot's registered commands.</summary>
    public Task<EmulatedInteraction> SlashAsync(EmulatedUser user, string commandLine, params (string Name, object Value)[] options) =>
        SlashAsync(user, commandLine, inDm: false, options);

    public Task<EmulatedInteraction> SlashAsync(EmulatedUser user, string commandLine, bool inDm, params (string Name, object Value)[] options)
    {
        var scope = inDm || !State.Commands.ContainsKey(Options.GuildId) ? "global" : Options.GuildId;
        var registered = State.Commands.TryGetValue(scope, out var commands) ? commands : throw new InvalidOperationException("The bot has not registered any commands.");
        var data = SlashCommandData.Build(registered, commandLine, options, State, inDm);
        return DispatchAsync(InteractionFactory.Create(Options, Clock, 2, user, data, null, inDm));
    }

    /// <summary>
    /// A slash command that is created and stamped dispatched but never sent to the bot: whoever holds it answers it
    /// through the callback endpoint. A benchmark's floor, the emulator's own round trip with no bot in between.
    /// </summary>
    public EmulatedInteraction CreateUndelivered(EmulatedUser user, string commandLine)
    {
        var registered = State.Commands.TryGetValue(Options.GuildId, out var commands) ? commands : throw new InvalidOperationException("The bot has not registered any guild commands.");
        var interaction = InteractionFactory.Create(Options, Clock, 2, user, SlashCommandData.Build(registered, commandLine, [], State, false), null, inDm: false);
        State.Add(interaction);
        interaction.MarkDispatched();
        return interaction;
    }

    /// <summary>Clicks the button <paramref name="customId"/> on <paramref name="message"/>.</summary>
    public Task<EmulatedInteraction> ClickAsync(EmulatedUser user, EmulatedMessage message, string customId)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.CustomIds().Contains(customId))
        {
            throw new ArgumentException($"Message {message.Id} has no button '{customId}'; it has: {string.Join(", ", message.CustomIds())}.");
        }

        var data = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2, ["id"] = 2 };
        return DispatchAsync(InteractionFactory.Create(Options, Clock, 3, user, data, _context.Render(message), inDm: false));
    }

    /// <summary>Submits the modal that <paramref name="opener"/> was answered with, filling text inputs by custom id.</summary>
    public Task<EmulatedInteraction> SubmitModalAsync(EmulatedUser user, EmulatedInteraction opener, params (string CustomId, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(opener);
        var modal = opener.Modal ?? throw new InvalidOperationException($"Interaction {opener.Id} was not answered with a modal.");
        var components = new JsonArray();
        foreach (var label in (modal["components"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var input = label["component"] ?? (label["components"] as JsonArray)?[0];
            var customId = input?["custom_id"]?.GetValue<string>();
            var value = values.FirstOrDefault(v => v.CustomId == customId).Value ?? "";
            components.Add(new JsonObject { ["type"] = 18, ["id"] = 1, ["component"] = new JsonObject { ["type"] = 4, ["id"] = 2, ["custom_id"] = customId, ["value"] = value } });
        }

        var data = new JsonObject { ["custom_id"] = modal["custom_id"]!.GetValue<string>(), ["components"] = components };
        var source = opener.SourceMessageId is { } id && State.Messages.TryGetValue(id, out var message) ? _context.Render(message) : null;
        return DispatchAsync(InteractionFactory.Create(Options, Clock, 5, user, data, source, inDm: false));
    }

    /// <summary>
    /// Dispatches a complete interaction payload (e.g. one read from a fixture) as <c>INTERACTION_CREATE</c>. A payload
    /// whose id was dispatched before is sent again as the same interaction, as Discord may do (reference A1).
    /// </summary>
    public async Task<EmulatedInteraction> DispatchRawAsync(JsonObject payload, EmulatedUser user)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (State.Interactions.TryGetValue(payload["id"]!.GetValue<string>(), out var existing))
        {
            if (InteractionsEndpointUrl is not null)
            {
                await _http.PostAsync(InteractionsEndpointUrl, existing.Payload, timestamp: null, forge: false);
                return existing;
            }

            await Gateway.DispatchAsync("INTERACTION_CREATE", existing.Payload, () => { });
            return existing;
        }

        var interaction = new EmulatedInteraction(payload["id"]!.GetValue<string>(), payload["token"]!.GetValue<string>(), payload["type"]!.GetValue<int>(), user, payload, Clock.Now);
        return await DispatchAsync(interaction);
    }

    /// <summary>A file a user attached, served from the emulator's CDN route.</summary>
    public StoredAttachment AddUserFile(string filename, string contentType, byte[] bytes)
    {
        var id = Clock.NextSnowflake();
        var file = new StoredAttachment(id, filename, contentType, bytes, $"{BaseUrl}/cdn/attachments/{id}/{Uri.EscapeDataString(filename)}");
        State.Files[id] = file;
        return file;
    }

    public EmulatedMessage? Original(EmulatedInteraction interaction) =>
        interaction.OriginalMessageId is { } id && State.Messages.TryGetValue(id, out var message) ? message : null;

    public IReadOnlyList<EmulatedMessage> FollowUps(EmulatedInteraction interaction) =>
        [.. State.MessagesInOrder.Where(m => m.InteractionId == interaction.Id && m.Origin == "followup")];

    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)((timeout ?? DefaultWait).TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}. Gateway: {string.Join(", ", Record.Gateway.TakeLast(15).Select(e => $"{e.Kind}{(e.Code is null ? "" : $"({e.Code})")}"))}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Set by a harness that runs the bot in the same process: whether the bot has finished answering an interaction.
    /// A private answer after a public "thinking…" takes three calls (edit the original, an ephemeral follow-up, delete
    /// the original), and only the bot knows which call is its last; without this, <see cref="WaitForReplyAsync"/>
    /// takes the answer as it stands once the deferral is filled.
    /// </summary>
    public Func<string, bool>? HasBotAnswered { get; set; }

    /// <summary>Waits until the bot's response to <paramref name="interaction"/> is complete (acknowledged, and filled in if deferred).</summary>
    public async Task<EmulatedMessage?> WaitForReplyAsync(EmulatedInteraction interaction, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        await WaitUntilAsync(() => interaction.IsAcknowledged || interaction.LateBy is not null || interaction.HttpFailure is not null, $"an answer to interaction {interaction.Id}", timeout);
        if (interaction.HttpFailure is { } failure)
        {
            throw new InvalidOperationException($"Interaction {interaction.Id} over HTTP failed: {failure}");
        }

        if (interaction.LateBy is { } late)
        {
            throw new InvalidOperationException($"Interaction {interaction.Id} was acknowledged {late.TotalMilliseconds:0} ms after the deadline.");
        }

        await WaitUntilAsync(() => Original(interaction) is not { IsLoading: true } || FollowUps(interaction).Count > 0, $"the deferred answer to {interaction.Id}", timeout);
        if (HasBotAnswered is { } answered)
        {
            await WaitUntilAsync(() => answered(interaction.Id), $"the bot to finish answering {interaction.Id}", timeout);
        }

        if (FollowUps(interaction).LastOrDefault(m => m.IsEphemeral) is { } ephemeral)
        {
            return ephemeral;
        }

        var followUps = FollowUps(interaction);
        return Original(interaction) is { IsDeleted: false } original ? original : followUps.Count > 0 ? followUps[^1] : null;
    }

    /// <summary>Over the Interactions Endpoint URL when one is saved (in the background, as Discord does), else the gateway.</summary>
    private async Task<EmulatedInteraction> DispatchAsync(EmulatedInteraction interaction)
    {
        State.Add(interaction);
        if (InteractionsEndpointUrl is not null)
        {
            _ = Task.Run(() => _http.DeliverAsync(interaction));
            return interaction;
        }

        await Gateway.DispatchAsync("INTERACTION_CREATE", interaction.Payload, interaction.MarkDispatched);
        return interaction;
    }
}
