using MusicBot.Discord.Commands;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary><c>/music generate</c> end to end: the real bot, the offline provider, the emulated Discord.</summary>
public sealed class GenerateFlowTests : DiscordScenario
{
    [Fact]
    public async Task Generate_WithStyle_EditsProgressAndPostsBothTracksWithAudio()
    {
        var generate = await Discord.SlashAsync(People.Ian, "music generate", ("style", "lo-fi piano, rain"), ("title", "Rainy **Night** @everyone"));

        var original = await Discord.WaitForReplyAsync(generate);
        Assert.NotNull(original);
        Assert.False(original.IsEphemeral);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(generate).Count == 2 && original.Content?.Contains("is done", StringComparison.Ordinal) == true, "both tracks and the done message");

        // Stages a poll did not catch are skipped (Core's state machine allows it); those seen come in order.
        var progress = original.Versions.Select(v => v["content"]?.GetValue<string>() ?? "").Where(c => c.Length > 0).Select(Stage).ToList();
        Assert.Equal(0, progress[0]);
        Assert.Equal(3, progress[^1]);
        Assert.Equal(progress.Order(), progress);
        Assert.Contains("2 tracks below, 1 credit charged", original.Content, StringComparison.Ordinal);
        Assert.Contains(CustomIds.Regenerate, original.CustomIds().Single(), StringComparison.Ordinal);
        // MP3 when this machine has ffmpeg, else WAV (OfflineAudioTests covers each world on purpose).
        var (extension, magic) = AudioWorld.HasFfmpeg ? (".mp3", "ID3") : (".wav", "RIFF");
        foreach (var track in Discord.FollowUps(generate))
        {
            var attachment = Assert.Single(track.Attachments);
            Assert.EndsWith(extension, attachment.Filename, StringComparison.Ordinal);
            Assert.Equal(magic, System.Text.Encoding.ASCII.GetString(attachment.Bytes, 0, magic.Length));
            Assert.Contains(@"Rainy \*\*Night\*\*", track.Current["embeds"]![0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        Assert.Empty(Discord.Record.Violations);
        Assert.Equal(9, await DatabaseFile.ScalarAsync<long>(Bot.DataDirectory, "SELECT balance FROM credit_accounts"));
    }

    private static int Stage(string content) =>
        content.Contains("queued (position", StringComparison.Ordinal) ? 0
        : content.Contains("lyrics and arrangement written", StringComparison.Ordinal) ? 1
        : content.Contains("first take is ready", StringComparison.Ordinal) ? 2
        : content.Contains("is done", StringComparison.Ordinal) ? 3
        : throw new InvalidOperationException($"Unexpected progress text: {content}");
}
