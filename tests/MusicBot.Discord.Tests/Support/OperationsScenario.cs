using Microsoft.Extensions.DependencyInjection;
using MusicBot.Core.Operations;
using MusicBot.Core.Providers;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;

namespace MusicBot.Discord.Tests.Support;

/// <summary>
/// The emulated Discord and the real bot with an <see cref="OperationsProvider"/> next to the offline <c>local</c>
/// one, as the default provider: songs made here can be extended, converted and split.
/// </summary>
public abstract class OperationsScenario : IAsyncLifetime
{
    protected DiscordEmulator Discord { get; private set; } = null!;

    protected DiscordBotHost Bot { get; private set; } = null!;

    protected OperationsProvider Provider { get; private set; } = null!;

    /// <summary>What the provider can run; a test class may offer less.</summary>
    protected virtual IReadOnlySet<OperationKind> Operations => OperationsProvider.Everything;

    protected virtual EmulatorOptions EmulatorOptions => new();

    public async Task InitializeAsync()
    {
        Discord = await DiscordEmulator.StartAsync(EmulatorOptions);
        Provider = new OperationsProvider(Operations, (name, type, bytes) => Discord.AddUserFile(name, type, bytes).Url);
        Bot = await DiscordBotHost.StartAsync(
            Discord,
            new() { ["MusicBot:DefaultProvider"] = ProviderNames.SunoApi },
            services: s => s.AddSingleton<IMusicProvider>(Provider));
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Discord.DisposeAsync();
    }

    /// <summary>Runs <c>/music generate</c> and waits for both takes and the done message.</summary>
    protected async Task<EmulatedInteraction> GenerateAsync(EmulatedUser user, string style, string title)
    {
        var generate = await Discord.SlashAsync(user, "music generate", ("style", style), ("title", title));
        var progress = await Discord.WaitForReplyAsync(generate);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(generate).Count == 2 && progress!.Content!.Contains("is done", StringComparison.Ordinal), "the song");
        return generate;
    }

    protected static string Embed(EmulatedMessage message, string property) => message.Current["embeds"]![0]![property]!.GetValue<string>();

    /// <summary>
    /// Every message the bot created or edited said "mention nobody" (the first version of a deferred response is the
    /// emulator's "thinking…" placeholder, not the bot's).
    /// </summary>
    protected void AssertNoMentionsAnywhere()
    {
        Assert.Empty(Discord.Record.Violations);
        var versions = Discord.State.MessagesInOrder.SelectMany(m => m.Origin == "deferred" ? m.Versions.Skip(1) : m.Versions).ToList();
        Assert.NotEmpty(versions);
        Assert.All(versions, version => Assert.Empty(version["allowed_mentions"]!["parse"]!.AsArray()));
    }
}
