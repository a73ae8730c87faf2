using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Delivery;

/// <summary>
/// Discord refuses a request over its cap with 413 (code 40005) even when the file is within the upload limit it
/// stated; the track must still arrive, with its link, rather than be given up.
/// </summary>
public sealed class OversizeUploadTests : OperationsScenario
{
    protected override EmulatorOptions EmulatorOptions => new() { MaxRequestBytes = 64 * 1024 };

    [Fact]
    public async Task TrackDelivery_UploadRefusedAsTooLarge_PostsTheTrackWithItsLinkInstead()
    {
        Provider.AudioBytes = 96 * 1024;

        var generate = await GenerateAsync(People.Ian, "lo-fi piano", "Heavy Rain");

        Assert.All(Discord.FollowUps(generate), m =>
        {
            Assert.Empty(m.Attachments);
            Assert.Contains("/cdn/attachments/", Embed(m, "url"), StringComparison.Ordinal);
            Assert.Contains("[Listen](", Embed(m, "description"), StringComparison.Ordinal);
        });
        Assert.Equal(2, Discord.Record.Requests.Count(r => r.Status == 413 && r.Code == 40005));
        AssertNoMentionsAnywhere();
    }
}
