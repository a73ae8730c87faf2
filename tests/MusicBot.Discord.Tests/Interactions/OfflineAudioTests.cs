using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;
using MusicBot.Emulators.Discord.State;
using MusicBot.Testing;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary>
/// The offline song on Discord in both worlds: with ffmpeg each take is attached as a tagged MP3 (audio/mpeg, which
/// Discord plays inline and which fits the upload limit a long WAV would not) and <c>/music wav</c> attaches the WAV
/// master; without ffmpeg the takes are the WAV masters themselves.
/// </summary>
public sealed class OfflineAudioTests : IAsyncLifetime, IDisposable
{
    private readonly TestDataDirectory _scratch = new();
    private DiscordEmulator _discord = null!;

    public async Task InitializeAsync() => _discord = await DiscordEmulator.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    public void Dispose() => _scratch.Dispose();

    [FfmpegFact]
    public async Task Generate_WithFfmpeg_AttachesTaggedMp3sAndWavAttachesTheMaster()
    {
        await using var bot = await DiscordBotHost.StartAsync(_discord);

        var takes = await GenerateAsync("Rain @everyone");

        Assert.Equal(["song-1-take-1.mp3", "song-1-take-2.mp3"], takes.Select(a => a.Filename));
        var encoder = AudioWorld.Encoder(null);
        for (var i = 0; i < takes.Count; i++)
        {
            Assert.Equal("audio/mpeg", takes[i].ContentType);
            var file = Path.Combine(_scratch.Path, takes[i].Filename);
            await File.WriteAllBytesAsync(file, takes[i].Bytes);
            var info = (await encoder.ProbeAsync(file, CancellationToken.None))!;
            Assert.Equal(("mp3", $"Rain @everyone (take {i + 1})", "MusicBot"), (info.Codec, info.Title, info.Artist));
            Assert.True(info.Duration >= TimeSpan.FromSeconds(8), $"{takes[i].Filename} lasts {info.Duration}");
        }

        var wav = await _discord.SlashAsync(People.Ian, "music wav", ("song", 1), ("take", 2));
        var progress = await _discord.WaitForReplyAsync(wav);
        await _discord.WaitUntilAsync(() => _discord.FollowUps(wav).Count == 1 && progress!.Content!.Contains("is converted to WAV", StringComparison.Ordinal), "the WAV");
        var master = Assert.Single(_discord.FollowUps(wav)[0].Attachments);
        Assert.Equal(("song-2-wav.wav", "audio/wav", "RIFF"), (master.Filename, master.ContentType, System.Text.Encoding.ASCII.GetString(master.Bytes, 0, 4)));
        var masterFile = Directory.GetFiles(Path.Combine(bot.DataDirectory, "tracks"), "*-2.wav").Single();
        Assert.Equal(await File.ReadAllBytesAsync(masterFile), master.Bytes);
        Assert.Empty(_discord.Record.Violations);
    }

    [Fact]
    public async Task Generate_WithoutFfmpeg_AttachesTheWavMasters()
    {
        await using var bot = await DiscordBotHost.StartAsync(_discord, new Dictionary<string, string?>([AudioWorld.WithoutFfmpeg(_scratch.Path)]));

        var takes = await GenerateAsync("Rain");

        Assert.Equal(["song-1-take-1.wav", "song-1-take-2.wav"], takes.Select(a => a.Filename));
        Assert.All(takes, a => Assert.Equal(("audio/wav", "RIFF"), (a.ContentType, System.Text.Encoding.ASCII.GetString(a.Bytes, 0, 4))));
        Assert.Empty(Directory.GetFiles(Path.Combine(bot.DataDirectory, "tracks"), "*.mp3"));
    }

    private async Task<IReadOnlyList<StoredAttachment>> GenerateAsync(string title)
    {
        var generate = await _discord.SlashAsync(People.Ian, "music generate", ("style", "lo-fi piano, rain"), ("title", title));
        var original = await _discord.WaitForReplyAsync(generate);
        await _discord.WaitUntilAsync(
            () => _discord.FollowUps(generate).Count == 2 && original!.Content?.Contains("is done", StringComparison.Ordinal) == true,
            "both takes",
            TimeSpan.FromSeconds(120));
        return [.. _discord.FollowUps(generate).Select(f => Assert.Single(f.Attachments))];
    }
}
