using MusicBot.Discord.Rest;

namespace MusicBot.Discord.Tests.Rest;

public sealed class DiscordRouteTests
{
    [Fact]
    public void Create_TokenWithReservedCharacters_EscapedInPathButNotInTemplate()
    {
        var route = DiscordRoute.Patch("/webhooks/{application_id}/{interaction_token}/messages/@original", "110", "a/b+c=");

        Assert.Equal("webhooks/110/a%2Fb%2Bc%3D/messages/@original", route.Path);
        Assert.Equal("PATCH /webhooks/{application_id}/{interaction_token}/messages/@original", route.RouteKey);
        Assert.DoesNotContain("a/b", route.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Callback_IsExemptFromTheGlobalLimitAndNotRetried()
    {
        var route = DiscordRoute.Post("/interactions/{interaction_id}/{interaction_token}/callback", "1", "t");

        Assert.True(route.IsExemptFromGlobalLimit);
        Assert.False(route.IsIdempotent);
        Assert.False(DiscordRoute.Post("/channels/{channel_id}/messages", "9").IsExemptFromGlobalLimit);
    }

    [Fact]
    public void InteractionWebhook_EditAndFollowUp_AreExemptFromTheGlobalLimit()
    {
        Assert.True(DiscordRoute.Patch("/webhooks/{application_id}/{interaction_token}/messages/@original", "1", "t").IsExemptFromGlobalLimit);
        Assert.True(DiscordRoute.Post("/webhooks/{application_id}/{interaction_token}", "1", "t").IsExemptFromGlobalLimit);
        Assert.False(DiscordRoute.Get("/gateway/bot").IsExemptFromGlobalLimit);
    }

    [Fact]
    public void Create_WrongNumberOfValues_Throws() =>
        Assert.Throws<ArgumentException>(() => DiscordRoute.Get("/channels/{channel_id}/messages"));
}
