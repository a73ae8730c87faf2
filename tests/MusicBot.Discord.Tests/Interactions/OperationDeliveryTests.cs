using MusicBot.Discord.Tests.Support;
using MusicBot.Emulators.Discord;

namespace MusicBot.Discord.Tests.Interactions;

/// <summary>Operation results larger than the channel's upload limit arrive as links, like songs.</summary>
public sealed class OperationDeliveryTests : OperationsScenario
{
    protected override EmulatorOptions EmulatorOptions => new() { AttachmentSizeLimit = 64 * 1024 };

    [Fact]
    public async Task Wav_LargerThanTheUploadLimit_LinkedInsteadOfAttached()
    {
        Provider.AudioBytes = 100 * 1024;
        await GenerateAsync(People.Ian, "city pop", "Night Drive");

        var wav = await Discord.SlashAsync(People.Ian, "music wav");
        var progress = await Discord.WaitForReplyAsync(wav);
        await Discord.WaitUntilAsync(() => Discord.FollowUps(wav).Count == 1 && progress!.Content!.Contains("is converted to WAV", StringComparison.Ordinal), "the WAV");

        var message = Discord.FollowUps(wav)[0];
        Assert.Empty(message.Attachments);
        var link = message.Current["embeds"]![0]!["url"]!.GetValue<string>();
        Assert.EndsWith(".wav", link, StringComparison.Ordinal);
        Assert.Contains($"▶️ [Listen]({link})", Embed(message, "description"), StringComparison.Ordinal);
        AssertNoMentionsAnywhere();
    }
}
