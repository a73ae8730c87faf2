using System.Text.Json;
using MusicBot.Discord.Commands;
using MusicBot.Discord.Gateway;
using MusicBot.Discord.Json;

namespace MusicBot.Discord.Interactions;

/// <summary>Routes gateway events: READY registers the commands, INTERACTION_CREATE goes to the dispatcher; the rest is ignored.</summary>
public sealed class DiscordEventRouter(CommandRegistrar registrar, InteractionDispatcher dispatcher) : IGatewayListener
{
    public void OnReady(int shardId, ReadyEvent ready)
    {
        ArgumentNullException.ThrowIfNull(ready);
        if (ready.Application?.Id is { } applicationId)
        {
            registrar.OnReady(applicationId);
        }
    }

    public void OnDispatch(string eventName, JsonElement data)
    {
        if (eventName == "INTERACTION_CREATE")
        {
            dispatcher.Dispatch(data);
        }
    }
}
