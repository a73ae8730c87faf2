using System.Text.Json;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Gateway;

/// <summary>
/// Receives what a shard reads. Both methods are called on the shard's receive loop and must return quickly: they
/// hand work off and never wait for it.
/// </summary>
public interface IGatewayListener
{
    void OnReady(int shardId, ReadyEvent ready);

    void OnDispatch(string eventName, JsonElement data);
}
