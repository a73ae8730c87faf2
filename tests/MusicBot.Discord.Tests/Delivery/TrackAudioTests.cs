using MusicBot.Core.Providers;
using MusicBot.Discord.Delivery;
using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Delivery;

/// <summary>How a track's audio travels: attached when it fits the upload limit, else a link (or, for a local file, a note).</summary>
public sealed class TrackAudioTests : IAsyncLifetime
{
    private static readonly byte[] Mp3 = [0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFB];

    private DiscordEmulator _discord = null!;
    private RestHarness _services = null!;

    public async Task InitializeAsync()
    {
        _discord = await DiscordEmulator.StartAsync();
        _services = RestHarness.Create(_discord);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Fact]
    public async Task Prepare_RemoteAudioWithinTheLimit_DownloadedAndAttached()
    {
        var remote = _discord.AddUserFile("take.mp3", "audio/mpeg", Mp3);

        var prepared = await _services.Get<TrackAudio>().PrepareAsync("song-12-take-2", new ProviderTrack { Index = 2, AudioUrl = remote.Url }, 1024, CancellationToken.None);

        Assert.Equal(("song-12-take-2.mp3", "audio/mpeg", 12L), (prepared.File!.FileName, prepared.File.ContentType, prepared.File.Length));
        Assert.Null(prepared.Link);
    }

    [Fact]
    public async Task Prepare_RemoteAudioOverTheLimit_LinkInstead()
    {
        var remote = _discord.AddUserFile("take.mp3", "audio/mpeg", Mp3);

        var prepared = await _services.Get<TrackAudio>().PrepareAsync("song-12-take-1", new ProviderTrack { Index = 1, AudioUrl = remote.Url }, 8, CancellationToken.None);

        Assert.Null(prepared.File);
        Assert.Equal(remote.Url, prepared.Link);
    }

    [Fact]
    public async Task Prepare_StatedLimitAboveTheRequestCap_AudioOver25MiBIsALinkNotAnUploadDiscordWouldRefuse()
    {
        var remote = _discord.AddUserFile("long-take.wav", "audio/wav", new byte[TrackAudio.MaxRequestBytes]);

        var prepared = await _services.Get<TrackAudio>().PrepareAsync("song-7-take-1", new ProviderTrack { Index = 1, AudioUrl = remote.Url }, 100L * 1024 * 1024, CancellationToken.None);

        Assert.Null(prepared.File);
        Assert.Equal(remote.Url, prepared.Link);
    }

    [Fact]
    public async Task Prepare_LocalFileGone_SaysSo()
    {
        var prepared = await _services.Get<TrackAudio>().PrepareAsync("song-3-take-1", new ProviderTrack { Index = 1, AudioUrl = new Uri(Path.Combine(Path.GetTempPath(), "no-such-take.wav")).AbsoluteUri }, 1024, CancellationToken.None);

        Assert.Equal((null, null, "The audio file is no longer on the bot's disk."), (prepared.File, prepared.Link, prepared.Note));
    }
}
